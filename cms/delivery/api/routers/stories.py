from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router
from pydantic_core import to_json

from content_models.models import ExperienceStory

from ..caching import cached_response
from ..context import Context, resolve_context
from ..errors import ErrorOut, NotFound
from ..listing import content_list, from_forms
from ..params import ListParams, ScopeParams
from ..published import in_scope, localise
from ..schemas import StoryOut, StoryPage
from ..serialise import content_language
from ..stored import form_rows

router = Router(tags=["Ervaringen"])


@router.get(
    "/",
    response={200: StoryPage, 400: ErrorOut, 404: ErrorOut},
    url_name="stories_list",
    operation_id="stories_list",
    summary="Ervaringen van ouders en jongeren, alleen met hun toestemming",
)
def stories_list(request: HttpRequest, params: Query[ListParams]) -> HttpResponse:
    return content_list(
        request,
        params,
        model=ExperienceStory,
        page_schema=StoryPage,
        serialise_page=from_forms,
    )


@router.get(
    "/{slug}/",
    response={200: StoryOut, 400: ErrorOut, 404: ErrorOut},
    url_name="stories_detail",
    operation_id="stories_detail",
    summary="Eén ervaring",
)
def stories_detail(request: HttpRequest, slug: str, params: Query[ScopeParams]) -> HttpResponse:
    def build(context: Context) -> tuple[bytes, str]:
        source = in_scope(ExperienceStory, context).filter(slug=slug).first()
        if source is None:
            raise NotFound(_("Er is geen gepubliceerde ervaring ‘%(slug)s’.") % {"slug": slug})
        story = form_rows(localise([source], context.locale))[0]
        return to_json(story), content_language(context.locale, [story["locale"]])

    return cached_response(
        request,
        params=params.dict(),
        resolve=lambda: resolve_context(**params.dict(), request=request),
        tags=lambda context: context.tags,
        build=build,
    )
