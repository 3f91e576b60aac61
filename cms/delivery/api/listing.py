"""The shape every content list endpoint shares: scope, filters, page, language."""

from collections.abc import Callable, Sequence

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Schema

from content_models.models import ReviewedContent

from .caching import cached_response
from .context import Context, check_audience, resolve_context
from .pagination import PageParams, paginate
from .published import in_scope, localise
from .routers.topics import topic_with_descendants
from .serialise import content_language
from .stored import form_rows

Filter = Callable[[QuerySet, Context], QuerySet]


def filter_audience_and_topic(
    queryset: QuerySet, context: Context, *, audience: str | None, topic: str | None
) -> QuerySet:
    """``audience`` and ``topic`` work the same on every list; a topic includes its subtopics."""
    check_audience(audience)
    if audience:
        queryset = queryset.filter(audiences__slug=audience)
    if topic:
        queryset = queryset.filter(topics__in=topic_with_descendants(context, topic)).distinct()
    return queryset


def from_forms(sources: list, context: Context) -> list[dict]:
    """A page of rows in the served language, read from their stored forms."""
    return form_rows(localise(sources, context.locale))


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
        queryset = filter_audience_and_topic(
            in_scope(model, context).prefetch_related(*prefetch),
            context,
            audience=getattr(params, "audience", None),
            topic=getattr(params, "topic", None),
        )
        if filter_queryset is not None:
            queryset = filter_queryset(queryset, context)
        sources, page = paginate(queryset, params)
        result = page_schema(
            **page, locale=context.locale, results=serialise_page(sources, context)
        )
        return result, content_language(context.locale, (shown.locale for shown in result.results))

    return cached_response(
        request,
        params=params.dict(),
        resolve=lambda: resolve_context(
            region=getattr(params, "region", None),
            school=getattr(params, "school", None),
            locale=getattr(params, "locale", None),
            request=request,
        ),
        tags=lambda context: context.tags,
        build=build,
    )
