from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router
from pydantic_core import to_json

from content_models.models import InformationItem

from .. import merge
from ..caching import cached_response
from ..context import Context, read_of, resolve_context
from ..errors import ErrorOut, NotFound
from ..listing import content_list
from ..merge import item_summaries
from ..params import ListParams, ScopeParams
from ..published import in_scope
from ..schemas import ItemDetail, ItemPage
from ..serialise import content_language

router = Router(tags=["Informatie"])


def articles(context: Context):
    """National and regional items; supplements appear inside their national item."""
    return in_scope(InformationItem, context).filter(supplement_to__isnull=True)


@router.get(
    "/",
    response={200: ItemPage, 400: ErrorOut, 404: ErrorOut},
    url_name="items_list",
    operation_id="items_list",
    summary="Informatie, landelijk en van het samenwerkingsverband",
)
def items_list(request: HttpRequest, params: Query[ListParams]) -> HttpResponse:
    return content_list(
        request,
        params,
        model=InformationItem,
        page_schema=ItemPage,
        serialise_page=item_summaries,
        filter_queryset=lambda queryset, context: queryset.filter(supplement_to__isnull=True),
    )


def item_detail(context: Context, slug: str) -> dict:
    """``ItemDetail`` data from the stored forms, made into JSON without another validation."""
    detail = merge.item_detail(slug, context)
    if detail is None:
        raise NotFound(_("Er is geen gepubliceerde informatie ‘%(slug)s’.") % {"slug": slug})
    return detail


@router.get(
    "/{slug}/",
    response={200: ItemDetail, 400: ErrorOut, 404: ErrorOut},
    url_name="items_detail",
    operation_id="items_detail",
    summary="Eén onderwerp uitgelegd, met de aanvulling van het samenwerkingsverband",
)
def items_detail(request: HttpRequest, slug: str, params: Query[ScopeParams]) -> HttpResponse:
    def build(context: Context) -> tuple[bytes, str]:
        detail = item_detail(context, slug)
        return to_json(detail), content_language(context.locale, [detail["locale"]])

    return cached_response(
        request,
        params=params.dict(),
        resolve=lambda: resolve_context(**params.dict(), request=request),
        tags=lambda context: context.tags,
        build=build,
        counts_read=lambda context: read_of(slug, context, request),
    )
