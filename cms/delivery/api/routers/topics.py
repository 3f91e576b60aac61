from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router

from content_models.models import Topic

from ..caching import cached_response
from ..context import Context, resolve_context
from ..errors import ErrorOut, NotFound
from ..merge import localised_rows
from ..params import ScopeParams
from ..published import in_scope
from ..schemas import TopicList
from ..stored import ShownForms

router = Router(tags=["Onderwerpen"])


def topic_tree(context: Context, topics: dict[int, dict] | None = None) -> list[dict]:
    """``TopicOut`` data of the live topics in tree order, with children and breadcrumbs.

    A topic whose parent is not live hangs at the top, so an unpublished
    parent never shows up in a breadcrumb. ``topics``: the live topics, if the
    caller read them already (``stored.live_topics``).
    """
    localised = localised_rows(in_scope(Topic, context), context.locale)
    forms = ShownForms(localised, topics)
    shown = {s.source.pk: s for s in localised}
    parent_of = {
        pk: s.source.parent_id if s.source.parent_id in shown else None for pk, s in shown.items()
    }

    def crumbs(pk: int) -> list[dict]:
        chain: list[int] = []
        while pk is not None and pk not in chain:
            chain.insert(0, pk)
            pk = parent_of[pk]
        return [{"slug": shown[p].source.slug, "title": shown[p].obj.title} for p in chain]

    return [
        {
            **forms.meta(s),
            "title": s.obj.title,
            "description": s.obj.description,
            "parent": shown[parent_of[pk]].source.slug if parent_of[pk] else None,
            "children": [shown[c].source.slug for c, p in parent_of.items() if p == pk],
            "breadcrumbs": crumbs(pk),
        }
        for pk, s in shown.items()
    ]


def topic_with_descendants(context: Context, slug: str) -> list[int]:
    """The ids of a topic and every topic below it, for filtering items."""
    topics = list(in_scope(Topic, context).values_list("pk", "parent_id", "slug"))
    start = next((pk for pk, _parent, s in topics if s == slug), None)
    if start is None:
        raise NotFound(_("Er is geen onderwerp ‘%(slug)s’.") % {"slug": slug}, field="topic")
    found = [start]
    for pk in found:
        found += [child for child, parent, _s in topics if parent == pk and child not in found]
    return found


@router.get(
    "/",
    response={200: TopicList, 400: ErrorOut, 404: ErrorOut},
    url_name="topics_list",
    operation_id="topics_list",
    summary="De boom van onderwerpen, met kruimelpad",
)
def topics_list(request: HttpRequest, params: Query[ScopeParams]) -> HttpResponse:
    return cached_response(
        request,
        params=params.dict(),
        resolve=lambda: resolve_context(**params.dict(), request=request),
        tags=lambda context: context.tags,
        build=lambda context: (
            TopicList(locale=context.locale, results=topic_tree(context)),
            context.locale,
        ),
    )
