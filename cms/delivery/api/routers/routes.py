from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router
from pydantic_core import to_json

from content_models.models import Route

from ..caching import cached_response
from ..context import Context, resolve_context
from ..errors import ErrorOut, NotFound
from ..listing import content_list
from ..merge import localised_rows, route_details, route_details_for
from ..params import ListParams, ScopeParams
from ..published import in_scope
from ..schemas import RouteOut, RoutePage
from ..serialise import content_language

router = Router(tags=["Routes"])


def national_routes(context: Context):
    """Routes to show; a regional supplement is shown inside its national route."""
    return in_scope(Route, context).filter(supplement_to__isnull=True)


@router.get(
    "/",
    response={200: RoutePage, 400: ErrorOut, 404: ErrorOut},
    url_name="routes_list",
    operation_id="routes_list",
    summary="Routes ‘Waar kan je terecht?’ met de stappen van de regio",
)
def routes_list(request: HttpRequest, params: Query[ListParams]) -> HttpResponse:
    return content_list(
        request,
        params,
        model=Route,
        page_schema=RoutePage,
        serialise_page=route_details,
        filter_queryset=lambda queryset, context: queryset.filter(supplement_to__isnull=True),
    )


@router.get(
    "/{slug}/",
    response={200: RouteOut, 400: ErrorOut, 404: ErrorOut},
    url_name="routes_detail",
    operation_id="routes_detail",
    summary="Eén route, met de regionale stappen en contacten op hun plaats",
)
def routes_detail(request: HttpRequest, slug: str, params: Query[ScopeParams]) -> HttpResponse:
    def build(context: Context) -> tuple[bytes, str]:
        shown = localised_rows(national_routes(context).filter(slug=slug), context.locale)
        if not shown:
            raise NotFound(_("Er is geen gepubliceerde route ‘%(slug)s’.") % {"slug": slug})
        route = route_details_for(shown, context)[0]
        return to_json(route), content_language(context.locale, [route["locale"]])

    return cached_response(
        request,
        params=params.dict(),
        resolve=lambda: resolve_context(**params.dict(), request=request),
        tags=lambda context: context.tags,
        build=build,
    )
