"""The iframe variant, rendered on the server from the same bundle as the API.

An article's page reads the article as the item endpoint does (the bundle
carries only summaries).

It works without JavaScript: navigation is plain links and the feedback is a
plain form. A small script only reports the page height to the host page.
"""

from functools import cache
from pathlib import Path

from csp.decorators import csp
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import JSONCatalog
from pydantic import ValidationError

from content_models.locales import content_languages, text_direction
from content_models.models import InformationItem
from search.service import search

from ..api.caching import cached_response
from ..api.context import Context, read_of, resolve_context, resolve_school
from ..api.errors import ApiError, NotFound
from ..api.merge import item_detail
from ..api.published import live
from ..api.routers.bundle import bundle_of
from ..api.routers.feedback import record_feedback
from ..api.routers.schools import MIN_QUERY_LENGTH, matching_schools
from ..api.schemas import Bundle, FeedbackIn

SCRIPT = Path(__file__).resolve().parent.parent / "static" / "embed" / "embed.js"
VIEWS = {"home", "route", "glossary"}


@cache
def script_source() -> bytes:
    return SCRIPT.read_bytes()


@require_GET
def script(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(script_source(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def catalogue(request: HttpRequest, locale: str) -> HttpResponse:
    """The widget's interface words in one language, as Django's JSON catalogue."""
    if locale not in content_languages():
        raise Http404
    with translation.override(locale):
        response = JSONCatalog.as_view(domain="djangojs", packages=["cms"])(request)
    response["Cache-Control"] = "public, max-age=3600"
    response["Access-Control-Allow-Origin"] = "*"
    return response


def error_page(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return render(
        request, "embed/error.html", {"message": message, "lang": "nl", "dir": "ltr"}, status=status
    )


def topic_and_below(bundle: Bundle, slug: str) -> set[str]:
    found = [slug]
    for current in found:
        found += [t.slug for t in bundle.topics if t.parent == current and t.slug not in found]
    return set(found)


def page_params(request: HttpRequest) -> dict[str, str | None]:
    """What the page shows, each parameter checked: nothing else reaches the cache key."""
    view, thanks = request.GET.get("view"), request.GET.get("thanks")
    return {
        "item": request.GET.get("item") or None,
        "topic": request.GET.get("topic") or None,
        "view": view if view in VIEWS else None,
        "thanks": "1" if thanks == "1" else None,
        "locale": request.GET.get("locale") or None,
    }


def render_page(request: HttpRequest, context: Context, scope: dict) -> bytes:
    bundle = bundle_of(context)
    shown = page_params(request)
    page = {
        "scope": scope,
        "path": request.path,
        "bundle": bundle,
        "lang": context.locale,
        "dir": text_direction(context.locale),
        "view": shown["view"] or "home",
        "thanks": shown["thanks"] == "1",
    }
    slug = shown["item"]
    if slug:
        page["item"] = item_detail(slug, context)
        if page["item"] is None:
            raise NotFound(_("Deze informatie bestaat niet (meer)."))
        page["view"] = "item"
    topic = shown["topic"]
    items = bundle.items
    if topic:
        page["topic"] = next((t for t in bundle.topics if t.slug == topic), None)
        if page["topic"] is None:
            raise NotFound(_("Dit onderwerp bestaat niet (meer)."))
        wanted = topic_and_below(bundle, topic)
        items = [item for item in items if wanted & {t.slug for t in item.topics}]
    page["items"] = items
    # One level of the tree at a time: the topics below the one shown (or the top ones).
    page["child_topics"] = [t for t in bundle.topics if t.parent == topic]
    by_slug = {t.slug: t for t in bundle.topics}
    crumbs = page["topic"].breadcrumbs if topic else []
    page["crumbs"] = [by_slug[crumb.slug] for crumb in crumbs]
    query = request.GET.get("q", "").strip()[:200]
    if query:
        regions = tuple(region.code for region in context.regions)
        page.update(
            view="search",
            q=query,
            results=search(query, locale=context.locale, regions=regions).results,
            item_slugs={item.slug for item in bundle.items},
        )
    return render_to_string("embed/page.html", page, request=request).encode()


def page(request: HttpRequest, **scope: str) -> HttpResponse:
    """The page for a school or SWV, from the same cache (and invalidation) as the API."""

    def build(context: Context) -> tuple[bytes, str]:
        with translation.override(context.locale):
            return render_page(request, context, scope), context.locale

    try:
        if request.GET.get("q"):  # searches are counted, so they skip the cache
            response = HttpResponse(
                build(resolve_context(**scope, request=request))[0],
                content_type="text/html; charset=utf-8",
            )
            response["Cache-Control"] = "private, no-store"
            return response
        item = request.GET.get("item") if "thanks" not in request.GET else None
        return cached_response(
            request,
            params=page_params(request),
            resolve=lambda: resolve_context(**scope, request=request),
            tags=lambda context: context.tags,
            build=build,
            content_type="text/html; charset=utf-8",
            counts_read=lambda context: read_of(item, context, request) if item else None,
        )
    except ApiError as exc:
        return error_page(request, exc.message, exc.status)


@csp(settings.CSP_EMBED_PAGES)
@xframe_options_exempt
@require_GET
def school_page(request: HttpRequest, code: str) -> HttpResponse:
    return page(request, school=code)


@csp(settings.CSP_EMBED_PAGES)
@xframe_options_exempt
@require_GET
def region_page(request: HttpRequest, code: str) -> HttpResponse:
    return page(request, region=code)


@csp(settings.CSP_EMBED_PAGES)
@csrf_exempt
@xframe_options_exempt
@require_POST
def feedback(request: HttpRequest) -> HttpResponse:
    """The iframe's "Was dit nuttig?" form.

    CSRF protection is off on purpose: the form runs inside other sites, where
    the browser does not send our cookies, and the answer is anonymous and
    acts for nobody. The rate limit of the API applies.
    """
    data = request.POST
    back = data.get("next", "")
    if not back.startswith("/embed/") or not url_has_allowed_host_and_scheme(back, None):
        return error_page(request, _("Deze reactie kunnen we niet plaatsen."), 400)
    try:
        payload = FeedbackIn(
            item=data.get("item", ""),
            type=data.get("type") or "item",
            helpful=data.get("helpful") == "ja",
            comment=data.get("comment", ""),
            region=data.get("region") or None,
            school=data.get("school") or None,
            locale=data.get("locale") or None,
        )
        record_feedback(request, payload)
    except ValidationError:
        return error_page(request, _("Uw reactie is te lang. Gebruik hoogstens 1000 tekens."), 400)
    except ApiError as exc:
        return error_page(request, exc.message, exc.status)
    separator = "&" if "?" in back else "?"
    return HttpResponseRedirect(f"{back}{separator}thanks=1#feedback")


DEMO_SCHOOL = "02QZ00"
PICKER_RESULTS = 10


def tested_with() -> list[str]:
    """The panels (``ouders``, ``jongeren``) that read the live articles, from their records.

    Empty unless every live article was read by a panel: the demo page only says the
    texts were tested when the workflow history says so.
    """
    audiences: set[str] = set()
    forms = live(InformationItem, None).values_list("api_form", flat=True)
    for form in forms:
        validation = (form.get("provenance") or {}).get("validation")
        if not validation or validation["forced"] or not validation["panels"]:
            return []
        audiences |= {panel["audience"] for panel in validation["panels"]}
    return [audience for audience in ("ouders", "jongeren") if audience in audiences]


@require_GET
def demo(request: HttpRequest) -> HttpResponse:
    """A made-up school website that shows both ways to embed.

    A webmaster finds their own school (``?q=``) and gets the snippet for it
    (``?school=``); ``picker.js`` does the same while typing, without reloading.
    """
    try:
        chosen = (
            resolve_school(request.GET.get("school", "")) if request.GET.get("school") else None
        )
    except ApiError:
        chosen = None
    q = request.GET.get("q", "").replace("\x00", "").strip()[:100]
    found = list(matching_schools(q)[:PICKER_RESULTS]) if len(q) >= MIN_QUERY_LENGTH else []
    return render(
        request,
        "embed/demo.html",
        {
            "school": chosen.code if chosen else DEMO_SCHOOL,
            "chosen": chosen,
            "q": q,
            "found": found,
            "tested_with": tested_with(),
        },
    )
