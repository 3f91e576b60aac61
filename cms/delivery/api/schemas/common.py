from datetime import datetime

from ninja import Schema
from pydantic import Field

from ..errors import ErrorDetail, ErrorOut


class RegionRef(Schema):
    code: str
    name: str


class TopicRef(Schema):
    slug: str
    title: str


class Localised(Schema):
    """Fields every piece of content carries about its language."""

    locale: str
    fallback: bool = False
    outdated: bool = Field(
        False, description="Vertaald van een oudere versie van de Nederlandse tekst."
    )


class ContentMeta(Localised):
    slug: str
    scope: str
    region: RegionRef | None = None
    audiences: list[str] = []
    topics: list[TopicRef] = []
    last_published_at: datetime | None = None


class PageMeta(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    locale: str


__all__ = [
    "ContentMeta",
    "ErrorDetail",
    "ErrorOut",
    "Localised",
    "PageMeta",
    "RegionRef",
    "TopicRef",
]
