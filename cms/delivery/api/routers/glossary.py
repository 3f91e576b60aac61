from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from content_models.models import GlossaryTerm

from ..errors import ErrorOut
from ..listing import content_list, from_forms
from ..params import ListParams
from ..schemas import GlossaryPage

router = Router(tags=["Begrippen"])


@router.get(
    "/",
    response={200: GlossaryPage, 400: ErrorOut, 404: ErrorOut},
    url_name="glossary_list",
    operation_id="glossary_list",
    summary="Begrippen uit passend onderwijs, gewoon uitgelegd",
)
def glossary_list(request: HttpRequest, params: Query[ListParams]) -> HttpResponse:
    return content_list(
        request,
        params,
        model=GlossaryTerm,
        page_schema=GlossaryPage,
        serialise_page=from_forms,
    )
