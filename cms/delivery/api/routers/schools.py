from django.http import HttpRequest, HttpResponse
from ninja import Router

from .. import serialise
from ..caching import cached_response
from ..context import resolve_school
from ..errors import ErrorOut
from ..params import SCHOOL_CODE
from ..schemas import SchoolOut

router = Router(tags=["Scholen"])


@router.get(
    "/{code}/",
    response={200: SchoolOut, 400: ErrorOut, 404: ErrorOut},
    url_name="schools_detail",
    operation_id="schools_detail",
    summary="Eén school (BRIN + vestiging, of alleen BRIN) met haar samenwerkingsverbanden",
)
def schools_detail(request: HttpRequest, code: str = SCHOOL_CODE) -> HttpResponse:
    return cached_response(
        request,
        params={},
        resolve=lambda: resolve_school(code, field="code"),
        tags=lambda school: (),
        build=lambda school: (serialise.school(school), "nl"),
    )
