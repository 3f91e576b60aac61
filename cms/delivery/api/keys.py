"""Cache keys: the endpoint, its validated parameters in one canonical form, the language and
the version of the code that made the response.

A key never contains the raw query string: a parameter the endpoint does not
read cannot make a new entry, and ``?region=po 20.01`` shares the entry of
``?region=PO2001``. Values the endpoint rejects (an unknown SWV, topic or page)
end in a 4xx, which is never stored, so the number of entries is bounded by the
content there is. A deploy that changes what responses look like starts with
new keys, so no old JSON is served after it.
"""

import hashlib
import json
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.http import HttpRequest

from content_models.locales import accepted_language
from content_models.models import normalise_region_code

from .context import POSTCODE_RE

# Bump when a response changes for a reason outside this package (a serialiser
# in ``content_models``, a library upgrade); changes in this package bump the key
# by themselves (``code_version``).
FORMAT = 1


def _code(value: str) -> str:
    """An SWV code in its one form; anything else (a school's BRIN never looks like one) upper."""
    try:
        return normalise_region_code(value)
    except ValidationError:
        return value.upper()  # a school code, or a wrong code the view rejects (never stored)


def _postcode(value: str) -> str:
    """Only the four digits say which SWVs a postcode belongs to."""
    match = POSTCODE_RE.match(value)
    return match.group(1) if match else value


CANONICAL: dict[str, Callable[[str], str]] = {
    "region": _code,
    "code": _code,
    "school": str.upper,
    "locale": str.lower,
    "postcode": _postcode,
}


@cache
def code_version() -> str:
    """A digest of this package's code and templates, with ``FORMAT``."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(str(FORMAT).encode())
    for folder in ("api", "embed", "templates/api", "templates/embed"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in {".py", ".html", ".js", ".css"}:
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def canonical(params: Mapping[str, object]) -> list[tuple[str, str]]:
    """The parameters an endpoint read, empty ones left out, each in one form."""
    found = []
    for name, value in sorted(params.items()):
        if value is None or value == "":
            continue
        text = str(value).strip()
        found.append((name, CANONICAL.get(name, str)(text)))
    return found


def language_of(request: HttpRequest, params: Mapping[str, object]) -> str:
    """The ``locale`` parameter decides; without it the ``Accept-Language`` header."""
    if params.get("locale"):
        return ""
    return accepted_language(request.headers.get("Accept-Language", "")) or ""


def content_key(endpoint: str, params: list[tuple[str, str]], language: str) -> str:
    """The key of what ``endpoint`` makes from canonical ``params`` in ``language``."""
    text = json.dumps([params, language], ensure_ascii=False)
    digest = hashlib.sha256(text.encode()).hexdigest()[:40]
    return f"api:{code_version()}:{endpoint}:{digest}"


def response_key(request: HttpRequest, endpoint: str, params: Mapping[str, object]) -> str:
    """The key of an endpoint's response (``endpoint``: its URL name) for these parameters."""
    return content_key(endpoint, canonical(params), language_of(request, params))
