"""The bundle: what a school or SWV site needs for its menus and lists, in one response.

Its content depends on the SWVs and the language only, so that part (the
*core*) is cached once per SWV set and language and shared by every school of
those SWVs; a school's response is the core with the school's own record put
in front. Article bodies are not in it: a site fetches ``/api/v1/items/<slug>/``
when an article is opened, so the bundle stays small however many articles
there are.
"""

import json

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router
from pydantic_core import to_json

from content_models.models import GlossaryTerm, Organisation, Question

from .. import serialise
from ..caching import Entry, cached_entry, cached_response
from ..context import Context, resolve_context
from ..errors import ApiError, ErrorOut
from ..keys import content_key
from ..merge import all_item_summaries, localised_rows, routes_in_scope
from ..params import ScopeParams
from ..published import in_scope
from ..schemas import Bundle
from ..stored import ShownForms, live_topics
from .topics import topic_tree

router = Router(tags=["Bundel"])


def in_scope_from_forms(model, context: Context, topics: dict[int, dict]) -> dict[int, dict]:
    """Response data of the rows in scope by pk, in order, read as columns and stored forms."""
    shown = localised_rows(in_scope(model, context), context.locale)
    forms = ShownForms(shown, topics)
    return {s.source.pk: forms.row(s) for s in shown}


def build_bundle(context: Context) -> dict:
    """``Bundle`` data of the core for the context's SWVs and language (no school).

    Plain data from the stored forms, made into JSON without building a schema
    object per row (``test_bundle`` checks it against ``Bundle``).
    """
    topics = live_topics()  # once, for every part
    organisations = in_scope_from_forms(Organisation, context, topics)
    return {
        "locale": context.locale,
        "school": None,
        "regions": [serialise.region(region) for region in context.regions],
        "topics": topic_tree(context, topics),
        "items": all_item_summaries(context, topics),
        "routes": routes_in_scope(context, topics, organisations),
        "organisations": list(organisations.values()),
        "glossary": list(in_scope_from_forms(GlossaryTerm, context, topics).values()),
        "questions": list(in_scope_from_forms(Question, context, topics).values()),
    }


def core_prefix(locale: str) -> bytes:
    """How the core's JSON starts: the school comes right after the language."""
    return b'{"locale":' + json.dumps(locale).encode() + b',"school":null,'


def core_json(context: Context) -> tuple[bytes, str]:
    """The core's JSON and its ``Content-Language``."""
    result = build_bundle(context)
    locales = (item["locale"] for item in result["items"])
    body = to_json(result)
    if not body.startswith(core_prefix(context.locale)):
        # bundle_json splices the school in after this prefix: a reordered schema
        # must fail loudly, also under ``python -O``, not serve broken JSON.
        raise RuntimeError("The bundle's JSON no longer starts with locale and school.")
    return body, serialise.content_language(context.locale, locales)


def bundle_core(context: Context) -> Entry:
    """The cached core for the context's SWVs and language, built once for all their schools."""
    codes = ",".join(sorted(region.code for region in context.regions))
    key = content_key("bundle_core", [("regions", codes)], context.locale)

    def make(context: Context, gens: dict[str, str]) -> Entry:
        body, language = core_json(context)
        return Entry.build(body, "application/json", language, gens, compress=False)

    return cached_entry(key, resolve=lambda: context, tags=lambda c: c.tags, make=make)


def bundle_json(context: Context) -> tuple[bytes, str]:
    """The bundle's JSON: the core, with the school's record where it has one.

    Without a school the answer is the core itself, cached as the answer, not
    stored a second time as a shared core.
    """
    if context.school is None:
        return core_json(context)
    core = bundle_core(context)
    prefix = core_prefix(context.locale)
    school = serialise.school(context.school).model_dump_json().encode()
    with_school = prefix.replace(b'"school":null', b'"school":' + school)
    return with_school + core.body[len(prefix) :], core.content_language


def bundle_of(context: Context) -> Bundle:
    """The bundle as a schema (the iframe pages render it)."""
    return Bundle.model_validate_json(bundle_json(context)[0])


def bundle_context(request: HttpRequest, params: ScopeParams) -> Context:
    if not (params.school or params.region):
        raise ApiError(
            _("Geef een school (school=02QZ00) of een samenwerkingsverband (region=PO2001) op."),
            code="missing",
            field="school",
        )
    return resolve_context(**params.dict(), request=request)


@router.get(
    "/",
    response={200: Bundle, 400: ErrorOut, 404: ErrorOut},
    url_name="bundle",
    operation_id="bundle",
    summary="Alles voor de menu's en lijsten van één school of samenwerkingsverband",
    description=(
        "Geef `school` of `region` op; zonder een van beide is het antwoord 400. "
        "De teksten zelf staan er niet in: haal een tekst op met `/api/v1/items/{slug}/` "
        "als iemand hem opent."
    ),
)
def bundle(request: HttpRequest, params: Query[ScopeParams]) -> HttpResponse:
    return cached_response(
        request,
        params=params.dict(),
        resolve=lambda: bundle_context(request, params),
        tags=lambda context: context.tags,
        build=bundle_json,
    )
