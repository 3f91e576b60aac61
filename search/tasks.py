"""Index updates in the background (django-tasks), retried when a backend is down."""

import logging
from datetime import timedelta

from django.apps import apps
from django.utils import timezone
from django_tasks import task

from .backends import get_backend
from .extract import SEARCHABLE, entry_for

logger = logging.getLogger(__name__)
RETRY_DELAYS = [5, 30, 120, 600]


@task(backend="background")
def update_index(label: str, pk: int, attempt: int = 0) -> None:
    """Index the object as it is now: a live object is (re)indexed, anything else removed.

    A national item or route also re-indexes its supplements, which are found
    only while the national original is live.
    """
    model = apps.get_model(label)
    kind = SEARCHABLE[model]
    try:
        obj = model.objects.filter(pk=pk).first()
        objects = [obj, *obj.supplements.all()] if obj and hasattr(obj, "supplements") else [obj]
        backend = get_backend()
        for current in filter(None, objects):
            entry = entry_for(current)
            if entry is None:
                backend.remove(kind, [current.pk])
            else:
                backend.index([entry])
        if obj is None:
            backend.remove(kind, [pk])
    except Exception:
        if attempt >= len(RETRY_DELAYS):
            raise
        logger.warning("Search index update of %s %s failed; retrying", label, pk, exc_info=True)
        run_after = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt])
        update_index.using(run_after=run_after).enqueue(label, pk, attempt + 1)


@task(backend="background")
def rebuild_locale(locale: str) -> None:
    """A new index for one language (new synonyms): built aside, then swapped in."""
    from .indexing import rebuild

    rebuild(locale)
