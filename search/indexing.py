"""Everything that is live and searchable, as index entries (for a full rebuild)."""

from collections.abc import Callable, Iterator

from content_models.models import School

from .backends import get_backend
from .extract import SEARCHABLE, Entry, entry_for, school_entry

PREFETCH = {
    "item": ("audiences", "topics"),
    "organisation": ("audiences", "topics", "channels"),
    "route": ("audiences", "topics", "steps"),
    "question": ("audiences", "topics"),
    "glossary_term": ("audiences", "topics"),
}


def live_objects(locale: str):
    for model, kind in SEARCHABLE.items():
        queryset = model.objects.filter(live=True, locale__language_code=locale)
        yield from queryset.select_related("locale", "region").prefetch_related(*PREFETCH[kind])


def entries(locale: str) -> Iterator[Entry]:
    for obj in live_objects(locale):
        entry = entry_for(obj)
        if entry is not None:
            yield entry
    for school in School.objects.iterator():
        yield school_entry(school, locale)


def count(locale: str) -> int:
    return School.objects.count() + sum(
        model.objects.filter(live=True, locale__language_code=locale).count()
        for model in SEARCHABLE
    )


def rebuild(locale: str, progress: Callable[[int], None] = lambda n: None) -> None:
    get_backend().rebuild(locale, entries(locale), progress)
