import re

from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router
from pydantic import Field

from content_models.models import School

from .. import serialise
from ..caching import cached_response
from ..context import POSTCODE_RE, SCHOOL_RE, resolve_school
from ..errors import ApiError, ErrorOut
from ..pagination import PageParams, paginate
from ..params import SCHOOL_CODE, documented
from ..schemas import SchoolOut, SchoolPage

router = Router(tags=["Scholen"])

MIN_QUERY_LENGTH = 2
WORD_RE = re.compile(r"\w+")


class SchoolParams(PageParams):
    q: str = Field(
        ...,
        max_length=100,
        description="Naam, plaats, postcode of BRIN-code van de school, zoals ‘Wilgen Groningen’.",
        # At least two letters or digits; checked in ``check_query`` with a plain message.
        **documented(pattern=r"\S.*\S"),
    )


def matching_schools(q: str) -> QuerySet[School]:
    """Schools whose name, place, postcode or code match every word of ``q``.

    A postcode (``9712 AB`` or ``9712``) or a school code (``02QZ00``) is read as
    a whole first, because its parts alone would match far too much.
    """
    schools = School.objects.select_related("po_region", "vo_region")
    if postcode := POSTCODE_RE.match(q):
        return schools.filter(postcode__startswith="".join(filter(None, postcode.groups())).upper())
    if code := SCHOOL_RE.match(q):
        found = schools.filter(brin__iexact=code.group(1))
        if code.group(2):
            found = found.filter(vestiging=code.group(2))
        if found.exists():
            return found
    for word in WORD_RE.findall(q):
        schools = schools.filter(
            Q(name__icontains=word)
            | Q(city__icontains=word)
            | Q(municipality__icontains=word)
            | Q(postcode__istartswith=word)
            | Q(brin__iexact=word)
        )
    return schools


def check_query(q: str) -> str:
    text = q.replace("\x00", "").strip()
    if len(text) < MIN_QUERY_LENGTH:
        raise ApiError(
            _(
                "Zoek een school met ‘q’: een deel van de naam, de plaats of de postcode, "
                "zoals ?q=Wilgen. Gebruik minstens %(min)s tekens."
            )
            % {"min": MIN_QUERY_LENGTH},
            field="q",
        )
    return text


@router.get(
    "/",
    response={200: SchoolPage, 400: ErrorOut, 404: ErrorOut},
    url_name="schools_list",
    operation_id="schools_list",
    summary="Scholen zoeken op naam, plaats of postcode, om de schoolcode te vinden",
)
def schools_list(request: HttpRequest, params: Query[SchoolParams]) -> HttpResponse:
    def build(q: str) -> tuple[SchoolPage, str]:
        schools, page = paginate(matching_schools(q), params)
        return SchoolPage(**page, results=[serialise.school(s) for s in schools]), "nl"

    return cached_response(
        request,
        params=params.dict(),
        resolve=lambda: check_query(params.q),
        tags=lambda q: (),
        build=build,
    )


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
