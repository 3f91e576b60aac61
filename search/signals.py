"""Keep the index equal to what is live: publish, unpublish, delete.

The delivery app's one entry point for changed content (``cms.delivery.changes``)
calls ``index_changed`` after the transaction commits, isolated from its other
effects; this module connects no signals of its own.
"""

from django.apps import apps

from content_models.loading import in_bulk_load
from content_models.locales import content_languages
from content_models.models import GlossaryTerm

from .extract import SEARCHABLE
from .synonyms import forget
from .tasks import rebuild_locale, update_index


def reference_data_changed() -> None:
    """Schools are searchable: a DUO import, its revert or an edit brings a new index.

    These are rare, whole-file changes; a rebuild per language (built aside,
    then swapped in) keeps the schools in step without a second way to index them.
    """
    if in_bulk_load():
        return
    for locale in content_languages():
        rebuild_locale.enqueue(locale)


def index_changed(label: str, pk: int, locale: str) -> None:
    """Queue the index update of one object; a glossary term also brings new synonyms."""
    model = apps.get_model(label)
    if model not in SEARCHABLE or in_bulk_load():
        return  # a bulk load rebuilds the index once at its end
    update_index.enqueue(label, pk)
    if issubclass(model, GlossaryTerm):
        forget(locale)
        from .backends import get_backend

        if get_backend().synonyms_in_index:
            rebuild_locale.enqueue(locale)
