from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Schema
from pydantic import Field

from content_models.models import Region

from .. import serialise
from ..caching import cached_response
from ..context import resolve_postcode, resolve_region
from ..errors import ErrorOut
from ..params import POSTCODE_PATTERN, REGION_CODE, documented
from ..schemas import PostcodeRegions, RegionOut, RegionPage

router = Router(tags=["Samenwerkingsverbanden"])


class RegionParams(Schema):
    postcode: str | None = Field(
        None,
        max_length=10,
        description="Postcode, zoals 9711AA of 9711.",
        **documented(pattern=POSTCODE_PATTERN),
    )


@router.get(
    "/",
    response={200: PostcodeRegions | RegionPage, 400: ErrorOut, 404: ErrorOut},
    url_name="regions_list",
    operation_id="regions_list",
    summary="Samenwerkingsverbanden, of de twee voor één postcode",
)
def regions_list(request: HttpRequest, params: Query[RegionParams]) -> HttpResponse:
    if params.postcode:
        return cached_response(
            request,
            params=params.dict(),
            resolve=lambda: resolve_postcode(params.postcode),
            tags=lambda area: (),
            build=lambda area: (
                PostcodeRegions(
                    postcode=area.pc4,
                    po=area.po_region and serialise.region(area.po_region),
                    vo=area.vo_region and serialise.region(area.vo_region),
                ),
                "nl",
            ),
        )

    def build(_context: None) -> tuple[RegionPage, str]:
        regions = [serialise.region(region) for region in Region.objects.all()]
        return RegionPage(count=len(regions), results=regions), "nl"

    return cached_response(
        request, params={}, resolve=lambda: None, tags=lambda _c: (), build=build
    )


@router.get(
    "/{code}/",
    response={200: RegionOut, 400: ErrorOut, 404: ErrorOut},
    url_name="regions_detail",
    operation_id="regions_detail",
    summary="Eén samenwerkingsverband",
)
def regions_detail(request: HttpRequest, code: str = REGION_CODE) -> HttpResponse:
    return cached_response(
        request,
        params={},
        resolve=lambda: resolve_region(code, field="code"),
        tags=lambda region: (),
        build=lambda region: (serialise.region(region), "nl"),
    )
