from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router

from content_models.models import GlossaryTerm, Organisation, Question

from .. import serialise
from ..caching import cached_response
from ..context import Context, resolve_context
from ..errors import ApiError, ErrorOut
from ..merge import item_details, route_details
from ..params import ScopeParams
from ..published import ORGANISATION_PREFETCH, in_scope, localise
from ..schemas import Bundle
from .items import articles
from .routes import national_routes
from .topics import topic_tree

router = Router(tags=["Bundel"])


def each_in_scope(model, context: Context, serialiser, prefetch=("audiences", "topics")) -> list:
    sources = list(in_scope(model, context).prefetch_related(*prefetch))
    return [serialiser(shown) for shown in localise(sources, context.locale, prefetch)]


def build_bundle(context: Context) -> Bundle:
    """Everything a school or SWV site shows; the embed renders exactly this."""
    return Bundle(
        locale=context.locale,
        school=context.school and serialise.school(context.school),
        regions=[serialise.region(region) for region in context.regions],
        topics=topic_tree(context),
        items=item_details(list(articles(context)), context),
        routes=route_details(list(national_routes(context)), context),
        organisations=each_in_scope(
            Organisation, context, serialise.organisation, ORGANISATION_PREFETCH
        ),
        glossary=each_in_scope(GlossaryTerm, context, serialise.glossary_term),
        questions=each_in_scope(Question, context, serialise.question),
    )


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
    summary="Alles voor één school of samenwerkingsverband in één antwoord",
    description="Geef `school` of `region` op; zonder een van beide is het antwoord 400.",
)
def bundle(request: HttpRequest, params: Query[ScopeParams]) -> HttpResponse:
    def build(context: Context) -> tuple[Bundle, str]:
        result = build_bundle(context)
        return result, serialise.content_language(
            context.locale, (item.locale for item in result.items)
        )

    return cached_response(
        request,
        params=params.dict(),
        resolve=lambda: bundle_context(request, params),
        tags=lambda context: context.tags,
        build=build,
    )
