from ninja import Schema

from .common import RegionRef


class SearchResult(Schema):
    type: str
    slug: str
    title: str
    summary: str
    highlight: str
    scope: str
    region: RegionRef | None
    locale: str
    url: str | None


class SearchPage(Schema):
    query: str
    count: int
    page: int
    page_size: int
    pages: int
    locale: str
    suggestion: str | None
    results: list[SearchResult]
