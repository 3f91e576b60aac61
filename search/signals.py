"""Keep the index equal to what is live: publish, unpublish, delete, new revision."""

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import published, unpublished

from content_models.loading import in_bulk_load
from content_models.models import GlossaryTerm

from .extract import SEARCHABLE
from .synonyms import forget
from .tasks import rebuild_locale, update_index


def schedule(instance) -> None:
    if type(instance) not in SEARCHABLE or in_bulk_load():
        return  # a bulk load rebuilds the index once at its end
    label, pk = instance._meta.label, instance.pk
    transaction.on_commit(lambda: update_index.enqueue(label, pk))
    if isinstance(instance, GlossaryTerm):
        locale = instance.locale.language_code

        def new_synonyms() -> None:
            forget(locale)
            from .backends import get_backend

            if get_backend().synonyms_in_index:
                rebuild_locale.enqueue(locale)

        transaction.on_commit(new_synonyms)


def on_change(sender, instance, **kwargs) -> None:
    schedule(instance)


def connect() -> None:
    published.connect(on_change, dispatch_uid="search.published")
    unpublished.connect(on_change, dispatch_uid="search.unpublished")
    post_delete.connect(on_change, dispatch_uid="search.deleted")
