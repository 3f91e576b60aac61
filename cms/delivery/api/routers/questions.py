from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from content_models.models import Question

from ..errors import ErrorOut
from ..listing import content_list, from_forms
from ..params import ListParams
from ..schemas import QuestionPage

router = Router(tags=["Vragen"])


@router.get(
    "/",
    response={200: QuestionPage, 400: ErrorOut, 404: ErrorOut},
    url_name="questions_list",
    operation_id="questions_list",
    summary="Vragen die ouders vaak stellen, met een kort antwoord",
)
def questions_list(request: HttpRequest, params: Query[ListParams]) -> HttpResponse:
    return content_list(
        request,
        params,
        model=Question,
        page_schema=QuestionPage,
        serialise_page=from_forms,
    )
