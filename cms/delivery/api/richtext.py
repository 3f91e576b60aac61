"""Rich text as the API delivers it: expanded, sanitised, with item links marked."""

import re

import nh3
from django.utils.html import strip_tags
from wagtail.rich_text import expand_db_html

from .schemas.items import Link

ALLOWED_TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ul", "ol", "li", "h2", "h3", "h4"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# A link to another item: /items/<slug>/ in the API, or an item link on a site.
ITEM_PATH_RE = re.compile(r"/items/(?P<slug>[-a-z0-9]+)/?(?:[?#].*)?$")
ANCHOR_RE = re.compile(r'<a\b[^>]*?\bhref="(?P<href>[^"]*)"[^>]*>(?P<text>.*?)</a>', re.DOTALL)


def sanitise(db_html: str) -> str:
    """Expand Wagtail's database HTML and keep only the tags a reader needs."""
    return nh3.clean(
        expand_db_html(db_html or ""),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener",
    )


def item_slug(href: str) -> str | None:
    match = ITEM_PATH_RE.search(href)
    return match.group("slug") if match else None


def links(html: str) -> list[Link]:
    return [
        Link(
            text=strip_tags(m.group("text")), href=m.group("href"), item=item_slug(m.group("href"))
        )
        for m in ANCHOR_RE.finditer(html)
    ]


def mark_item_links(html: str) -> str:
    """Add ``data-item="<slug>"`` to links that point at another item."""

    def mark(match: re.Match) -> str:
        slug = item_slug(match.group("href"))
        if slug is None:
            return match.group(0)
        return match.group(0).replace("<a ", f'<a data-item="{slug}" ', 1)

    return ANCHOR_RE.sub(mark, html)
