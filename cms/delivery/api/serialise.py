"""Content objects to response schemas, shared by every router, the bundle and the embed."""

from collections.abc import Callable, Iterable

from django.urls import reverse

from content_models.models import (
    Region,
    ReviewedContent,
    School,
)
from content_models.safe_urls import WEB_SCHEMES, safe_url, source_links
from workflows.provenance import last_checked, validation

from .published import Shown
from .richtext import mark_item_links, sanitise
from .schemas import (
    RegionOut,
    SchoolOut,
)


def region_ref(region: Region | None) -> dict | None:
    """``RegionRef`` data (plain dicts, so that lists and the bundle need no schema objects)."""
    return None if region is None else {"code": region.code, "name": region.name}


def meta(
    shown: Shown, audiences: list[str] | None = None, topics: list[dict] | None = None
) -> dict:
    """The fields of ``ContentMeta``. Scope, audiences and topics come from the original.

    Callers that read a stored API form pass its ``audiences`` and ``topics``.
    """
    source: ReviewedContent = shown.source
    if audiences is None:
        audiences = [audience.slug for audience in source.audiences.all()]
    if topics is None:
        topics = [{"slug": t.slug, "title": t.title} for t in source.topics.all() if t.live]
    return {
        "slug": source.slug,
        "locale": shown.locale,
        "fallback": shown.fallback,
        "outdated": shown.outdated,
        "scope": source.scope,
        "region": region_ref(source.region),
        "audiences": audiences,
        "topics": topics,
        "last_published_at": shown.obj.last_published_at,
    }


def provenance_fields(obj: ReviewedContent) -> dict:
    """How the live text was checked, where its facts come from, when it is checked again.

    Read from the workflow record when the row is published and stored in its API
    form (``stored.build``), so reading it costs no queries.
    """
    record = validation(obj)
    return {
        "validation": record,
        "sources": source_links(obj.sources),
        "review_by": str(obj.review_by) if obj.review_by else None,
        "last_checked": last_checked(obj, record),
    }


def rich_text(db_html: str) -> str:
    return mark_item_links(sanitise(db_html))


def region(obj: Region) -> RegionOut:
    return RegionOut(
        code=obj.code,
        sector=obj.sector,
        name=obj.name,
        address=obj.address,
        postcode=obj.postcode,
        city=obj.city,
        phone=obj.phone,
        email=obj.email,
        website=safe_url(obj.website, WEB_SCHEMES),
    )


def school(obj: School) -> SchoolOut:
    return SchoolOut(
        code=obj.code,
        brin=obj.brin,
        vestiging=obj.vestiging,
        name=obj.name,
        street=obj.street,
        house_number=obj.house_number,
        postcode=obj.postcode,
        city=obj.city,
        municipality=obj.municipality,
        website=safe_url(obj.website, WEB_SCHEMES),
        regions=[region(r) for r in obj.regions],
    )


def item_urls() -> Callable[[str], str]:
    """The item endpoint's URL for any slug, from one ``reverse`` (a list has hundreds)."""
    head, _placeholder, tail = reverse("api-v1:items_detail", kwargs={"slug": "-"}).rpartition("-")
    return lambda slug: f"{head}{slug}{tail}"


def content_language(requested: str, locales: Iterable[str]) -> str:
    """The ``Content-Language`` of a response: the requested language, plus Dutch on fallback."""
    languages = [requested]
    for locale in locales:
        if locale not in languages:
            languages.append(locale)
    return ", ".join(languages)
