"""One rule for every link that leaves this system: only schemes a reader can follow safely.

School and SWV websites show our links inside their own pages, so a ``javascript:``
or ``data:`` link would run on their domain. The same function checks a URL when an
editor or an import stores it (``validate_web_url``) and when the API, the templates
and the widget put it in a page (``safe_url``; ``cms/static/embed/embed.js`` repeats
the rule in its ``safeHref``). ``tel:`` and ``mailto:`` links are never typed in: the
code builds them from a phone number or an e-mail address.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

WEB_SCHEMES = frozenset({"http", "https"})
LINK_SCHEMES = WEB_SCHEMES | {"mailto", "tel"}

# Browsers drop tabs and newlines anywhere in a URL and control characters and spaces
# around it before they read the scheme: "\tjava\nscript:" is still javascript.
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_AROUND = "".join(chr(c) for c in range(0x21))
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# "javascript:alert(1)", "data:text/html,…": a scheme followed by something.
_SCHEMED_TOKEN = re.compile(r"(?<![\w.+-])([a-z][a-z0-9+.-]*):\S", re.IGNORECASE)


def safe_url(value: str | None, schemes: frozenset[str] = LINK_SCHEMES) -> str:
    """``value`` as a browser would read it if its scheme is in ``schemes``, else ``""``."""
    url = _IGNORED_BY_BROWSERS.sub("", value or "").strip(_AROUND)
    if not url or _CONTROL.search(url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in schemes:
        return ""
    if parts.scheme.lower() in WEB_SCHEMES and not parts.netloc:
        return ""
    return url


def validate_web_url(value: str) -> None:
    """Only a complete http(s) address may be stored as a link to a website."""
    if not safe_url(value, WEB_SCHEMES):
        raise ValidationError(
            _("Vul een volledig webadres in dat begint met https:// (of http://)."),
            code="unsafe_url",
        )
    URLValidator(schemes=list(WEB_SCHEMES))(value.strip())


def validate_sources(value: str) -> None:
    """Sources are text, one per line; a link in them must be an http(s) address."""
    for number, line in enumerate((value or "").splitlines(), start=1):
        for match in _SCHEMED_TOKEN.finditer(_IGNORED_BY_BROWSERS.sub("", line)):
            if match.group(1).lower() not in WEB_SCHEMES:
                raise ValidationError(
                    _("Regel %(line)s: een link in de bronnen moet beginnen met https://."),
                    params={"line": number},
                    code="unsafe_url",
                )


_WEB_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)
_TITLE_PUNCTUATION = " \t-–—:|,;()<>"


def source_links(value: str) -> list[dict[str, str | None]]:
    """The sources field, one source a line, as ``{"title", "url"}`` for readers.

    A line may name its address anywhere ("Kennisbank O&O: https://…"); the rest of
    the line is the title. A line without a safe address keeps ``url`` empty.
    """
    links = []
    for line in (value or "").splitlines():
        found = _WEB_ADDRESS.search(line)
        url = safe_url(found.group(0).rstrip(".,;)"), WEB_SCHEMES) if found else ""
        title = (_WEB_ADDRESS.sub(" ", line) if found else line).strip(_TITLE_PUNCTUATION)
        title = " ".join(title.split())
        if title or url:
            links.append({"title": title or url, "url": url or None})
    return links
