"""``search()``: the one entry point for the API and the widget."""

from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone

from content_models.privacy import looks_personal

from .backends import Filters, Results, get_backend
from .extract import SEARCHABLE
from .models import ZeroResultQuery
from .query import parse
from .synonyms import groups
from .text import normalise_query

KINDS = tuple(SEARCHABLE.values())


@dataclass(frozen=True)
class SearchPage:
    results: Results
    page: int
    page_size: int


def search(
    q: str,
    *,
    locale: str = "nl",
    regions: tuple[str, ...] = (),
    audience: str | None = None,
    topic: str | None = None,
    kind: str | None = None,
    page: int = 1,
    page_size: int = 10,
) -> SearchPage:
    """Live content of ``locale``, national plus ``regions``, best first.

    A search that finds nothing is counted (normalised words, per day) so the
    reports can show what people miss; nothing about the person is kept, and a
    query that looks like a name or a number is not kept at all.
    """
    query = parse(q, groups(locale))
    filters = Filters(
        locale=locale,
        regions=("national", *regions),
        audience=audience,
        topic=topic,
        kind=kind,
    )
    results = get_backend().search(query, filters, (page - 1) * page_size, page_size)
    if results.total == 0 and normalise_query(q):
        count_zero_result(q, locale, regions[0] if regions else "")
    return SearchPage(results, page, page_size)


def count_zero_result(q: str, locale: str, region_code: str) -> None:
    """Count a search that found nothing, unless it could name or identify someone."""
    if looks_personal(q):
        return
    row, _created = ZeroResultQuery.objects.get_or_create(
        date=timezone.localdate(), locale=locale, region_code=region_code, query=normalise_query(q)
    )
    ZeroResultQuery.objects.filter(pk=row.pk).update(count=F("count") + 1)
