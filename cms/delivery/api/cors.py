"""CORS: anyone may read; only known sites may send feedback from a browser.

``CORS_ALLOWED_ORIGINS`` lists extra origins. On top of that, the websites of
the schools and SWVs in the DUO reference data may POST feedback, so the
"Was dit nuttig?" buttons of the script widget work on their own sites
without any set-up. CORS headers only stop a page from *reading* the answer;
``origin_allowed`` is what keeps a page on another site from *sending* one.
"""

from urllib.parse import urlsplit

from corsheaders.signals import check_request_enabled
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from content_models.models import Region, School

from .caching import recent_generations
from .scopes import REFERENCE_TAG

READ_METHODS = {"GET", "HEAD"}


def origin_of(url: str) -> str | None:
    if not url:
        return None
    parts = urlsplit(url if "://" in url else f"https://{url}")
    return parts.hostname.lower() if parts.hostname else None


def known_hosts() -> set[str]:
    """Host names of school and SWV websites, cached until the next DUO import."""
    key = "api:cors-hosts:" + recent_generations([REFERENCE_TAG])[REFERENCE_TAG]
    hosts = cache.get(key)
    if hosts is None:
        urls = [*School.objects.values_list("website", flat=True)]
        urls += Region.objects.values_list("website", flat=True)
        hosts = {host for host in map(origin_of, urls) if host}
        cache.set(key, hosts, timeout=24 * 60 * 60)
    return hosts


def origin_allowed(request: HttpRequest) -> bool:
    """May a browser page with this request's ``Origin`` send us an answer?

    No ``Origin`` header: not a browser page (a server, a script), which CORS
    does not concern. Otherwise our own site, the configured origins and the
    school and SWV websites may; any other site, and the opaque ``null``, may not.
    """
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    host = origin_of(origin) if origin != "null" else None
    if host is None:
        return False
    own = {origin_of(settings.PUBLIC_URL), request.get_host().rsplit(":", 1)[0].lower()}
    configured = {origin_of(url) for url in settings.CORS_ALLOWED_ORIGINS}
    return host in own | configured or host in known_hosts()


def allow_request(sender, request: HttpRequest, **kwargs) -> bool:
    method = request.method
    if method == "OPTIONS":
        method = request.headers.get("Access-Control-Request-Method", "").upper()
    if method in READ_METHODS:
        return True
    return origin_of(request.headers.get("Origin", "")) in known_hosts()


def add_read_headers(request: HttpRequest, response: HttpResponse) -> None:
    """What ``CorsMiddleware`` adds to a cached entry's answer, which leaves before it.

    Anyone may read (``allow_request``), so a browser page of any origin gets
    the answer and may see its ``ETag`` and ``Content-Language``.
    """
    response["Vary"] = f"{response['Vary']}, origin"  # an entry's answer always has a Vary
    origin = request.META.get("HTTP_ORIGIN")
    if origin:
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Expose-Headers"] = ", ".join(settings.CORS_EXPOSE_HEADERS)


def connect() -> None:
    check_request_enabled.connect(allow_request, dispatch_uid="cms.delivery.api.cors")
