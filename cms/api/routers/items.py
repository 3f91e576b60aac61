from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router

from content_models.models import Audience, InformationItem

from ...usage import count_view
from ..caching import cached_response
from ..context import Context, resolve_context
from ..errors import ApiError, ErrorOut, NotFound
from ..listing import content_list
from ..merge import ITEM_PREFETCH, item_details, item_summaries
from ..params import ListParams, ScopeParams
from ..published import in_scope
from ..schemas import ItemDetail, ItemPage
from ..serialise import content_language
from .topics import topic_with_descendants

router = Router(tags=["Informatie"])


def articles(context: Context):
    """National and regional items; supplements appear inside their national item."""
    return in_scope(InformationItem, context).filter(supplement_to__isnull=True)


def filter_items(queryset, context: Context, *, audience: str | None, topic: str | None):
    if audience:
        known = list(Audience.objects.values_list("slug", flat=True))
        if audience not in known:
            raise ApiError(
                _("De doelgroep ‘%(audience)s’ kennen we niet. Kies uit: %(choices)s.")
                % {"audience": audience, "choices": ", ".join(known)},
                field="audience",
            )
        queryset = queryset.filter(audiences__slug=audience)
    if topic:
        queryset = queryset.filter(topics__in=topic_with_descendants(context, topic)).distinct()
    return queryset


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
        prefetch=ITEM_PREFETCH,
        filter_queryset=lambda queryset, context: filter_items(
            queryset.filter(supplement_to__isnull=True),
            context,
            audience=params.audience,
            topic=params.topic,
        ),
    )


def item_detail(context: Context, slug: str) -> ItemDetail:
    source = articles(context).filter(slug=slug).first()
    if source is None:
        raise NotFound(_("Er is geen gepubliceerde informatie ‘%(slug)s’.") % {"slug": slug})
    return item_details([source], context)[0]


@router.get(
    "/{slug}/",
    response={200: ItemDetail, 400: ErrorOut, 404: ErrorOut},
    url_name="items_detail",
    operation_id="items_detail",
    summary="Eén onderwerp uitgelegd, met de aanvulling van het samenwerkingsverband",
)
def items_detail(request: HttpRequest, slug: str, params: Query[ScopeParams]) -> HttpResponse:
    def build(context: Context) -> tuple[ItemDetail, str]:
        detail = item_detail(context, slug)
        return detail, content_language(context.locale, [detail])

    response = cached_response(
        request,
        resolve=lambda: resolve_context(**params.dict()),
        tags=lambda context: context.tags,
        build=build,
    )
    count_view(slug, region=params.region, school=params.school, locale=params.locale)
    return response
