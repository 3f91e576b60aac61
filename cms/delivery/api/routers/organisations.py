from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router
from pydantic import Field

from content_models.models import Organisation, OrganisationKind

from ..context import Context
from ..errors import ApiError, ErrorOut
from ..listing import content_list, from_forms
from ..params import ListParams, choices
from ..schemas import OrganisationPage

router = Router(tags=["Organisaties"])


class OrganisationParams(ListParams):
    kind: str | None = Field(
        None,
        max_length=30,
        description="Soort organisatie, zoals steunpunt.",
        **choices(OrganisationKind.values),
    )


def filter_organisations(queryset: QuerySet, context: Context, params: OrganisationParams):
    if params.kind:
        if params.kind not in OrganisationKind.values:
            raise ApiError(
                _("De soort ‘%(kind)s’ kennen we niet. Kies uit: %(choices)s.")
                % {"kind": params.kind, "choices": ", ".join(OrganisationKind.values)},
                field="kind",
            )
        queryset = queryset.filter(kind=params.kind)
    return queryset


@router.get(
    "/",
    response={200: OrganisationPage, 400: ErrorOut, 404: ErrorOut},
    url_name="organisations_list",
    operation_id="organisations_list",
    summary="Organisaties die helpen, landelijk en in de regio",
)
def organisations_list(request: HttpRequest, params: Query[OrganisationParams]) -> HttpResponse:
    return content_list(
        request,
        params,
        model=Organisation,
        page_schema=OrganisationPage,
        serialise_page=from_forms,
        filter_queryset=lambda queryset, context: filter_organisations(queryset, context, params),
    )
