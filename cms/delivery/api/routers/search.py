from math import ceil

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Query, Router
from pydantic import Field

from content_models.models import REVIEWED_MODELS
from search.service import KINDS, search

from .. import serialise
from ..caching import negotiates_language
from ..context import Context, check_audience, resolve_context
from ..errors import ApiError, ErrorOut
from ..params import AUDIENCES, ScopeParams, choices
from ..schemas import SearchPage, SearchResult

router = Router(tags=["Zoeken"])

#: The detail endpoint of each type that has one, as the models declare it.
DETAIL_URLS = {
    model.api_type: f"api-v1:{model.api_detail_url_name}"
    for model in REVIEWED_MODELS
    if model.api_detail_url_name
}


class SearchParams(ScopeParams):
    q: str = Field(..., min_length=1, max_length=200, description="Zoekwoorden, zoals ‘rugzakje’.")
    type: str | None = Field(
        None,
        max_length=20,
        description="item, organisation, route, question of glossary_term.",
        **choices(KINDS),
    )
    audience: str | None = Field(None, max_length=20, **choices(AUDIENCES))
    topic: str | None = Field(None, max_length=120)
    page: int = Field(1, ge=1, le=50)
    page_size: int = Field(10, ge=1, le=50)


def result_url(kind: str, slug: str, context: Context) -> str | None:
    if kind not in DETAIL_URLS:
        return None
    url = reverse(DETAIL_URLS[kind], kwargs={"slug": slug})
    return f"{url}?region={context.regions[0].code}" if context.regions else url


def check_filters(params: SearchParams) -> None:
    if params.type and params.type not in KINDS:
        raise ApiError(
            _("Het soort ‘%(type)s’ kennen we niet. Kies uit: %(choices)s.")
            % {"type": params.type, "choices": ", ".join(KINDS)},
            field="type",
        )
    check_audience(params.audience)


@router.get(
    "/",
    response={200: SearchPage, 400: ErrorOut, 404: ErrorOut},
    url_name="search",
    operation_id="search",
    summary="Zoeken in alles wat gepubliceerd is, met de woorden die ouders gebruiken",
)
def search_view(request: HttpRequest, params: Query[SearchParams]) -> HttpResponse:
    context = resolve_context(
        region=params.region, school=params.school, locale=params.locale, request=request
    )
    check_filters(params)
    found = search(
        params.q,
        locale=context.locale,
        regions=tuple(region.code for region in context.regions),
        audience=params.audience,
        topic=params.topic,
        kind=params.type,
        page=params.page,
        page_size=params.page_size,
    ).results
    regions = {region.code: region for region in context.regions}
    payload = SearchPage(
        query=params.q,
        count=found.total,
        page=params.page,
        page_size=params.page_size,
        pages=max(1, ceil(found.total / params.page_size)),
        locale=context.locale,
        suggestion=found.suggestion,
        results=[
            SearchResult(
                type=hit.kind,
                slug=hit.slug,
                title=hit.title,
                summary=hit.summary,
                highlight=hit.highlight,
                scope=hit.region_code,
                region=serialise.region_ref(regions.get(hit.region_code)),
                locale=hit.locale,
                url=result_url(hit.kind, hit.slug, context),
            )
            for hit in found.hits
        ],
    )
    response = HttpResponse(payload.model_dump_json(), content_type="application/json")
    response["Cache-Control"] = "public, max-age=60"
    response["Content-Language"] = context.locale
    if negotiates_language(request):
        response["Vary"] = "Accept-Language"
    return response
