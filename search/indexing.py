"""Everything that is live and searchable, as index entries (for a full rebuild)."""

from collections.abc import Callable, Iterator

from .backends import get_backend
from .extract import SEARCHABLE, Entry, entry_for


def live_objects(locale: str):
    for model in SEARCHABLE:
        queryset = model.objects.filter(live=True, locale__language_code=locale)
        related = ("audiences", "topics", *model.search_related)
        yield from queryset.select_related("locale", "region").prefetch_related(*related)


def entries(locale: str) -> Iterator[Entry]:
    for obj in live_objects(locale):
        entry = entry_for(obj)
        if entry is not None:
            yield entry


def count(locale: str) -> int:
    return sum(
        model.objects.filter(live=True, locale__language_code=locale).count()
        for model in SEARCHABLE
    )


def rebuild(locale: str, progress: Callable[[int], None] = lambda n: None) -> None:
    get_backend().rebuild(locale, entries(locale), progress)
