from typing import Literal

from ninja import Schema

from .common import ContentMeta, PageMeta, RegionRef
from .organisations import OrganisationOut


class RouteStepOut(Schema):
    number: int
    title: str
    advice_html: str
    scope: Literal["national", "regional"]
    region: RegionRef | None
    organisations: list[OrganisationOut]


class RouteOut(ContentMeta):
    title: str
    intro_html: str
    has_regional_supplement: bool
    steps: list[RouteStepOut]


class RoutePage(PageMeta):
    results: list[RouteOut]
