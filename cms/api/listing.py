"""The shape every content list endpoint shares: scope, filters, page, language."""

from collections.abc import Callable, Sequence

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Schema

from content_models.models import ReviewedContent

from .caching import cached_response
from .context import Context, resolve_context
from .pagination import PageParams, paginate
from .published import in_scope, localise
from .serialise import content_language

Filter = Callable[[QuerySet, Context], QuerySet]


def each(serialiser: Callable, prefetch: Sequence = ()) -> Callable[[list, Context], list]:
    """Serialise every object on its own, after swapping in its translation."""
    return lambda sources, context: [
        serialiser(shown) for shown in localise(sources, context.locale, prefetch)
    ]


def content_list(
    request: HttpRequest,
    params: PageParams,
    *,
    model: type[ReviewedContent],
    page_schema: type[Schema],
    serialise_page: Callable[[list, Context], list],
    prefetch: Sequence = (),
    filter_queryset: Filter | None = None,
) -> HttpResponse:
    def build(context: Context) -> tuple[Schema, str]:
        queryset = in_scope(model, context).prefetch_related(*prefetch)
        if filter_queryset is not None:
            queryset = filter_queryset(queryset, context)
        sources, page = paginate(queryset, params)
        results = serialise_page(sources, context)
        return (
            page_schema(**page, locale=context.locale, results=results),
            content_language(context.locale, results),
        )

    return cached_response(
        request,
        resolve=lambda: resolve_context(
            region=getattr(params, "region", None),
            school=getattr(params, "school", None),
            locale=getattr(params, "locale", None),
        ),
        tags=lambda context: context.tags,
        build=build,
    )
