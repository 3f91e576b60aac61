from typing import Literal

from pydantic import Field

from .common import ContentMeta, Localised, PageMeta, RegionRef
from .organisations import OrganisationOut
from .provenance import Provenance


class RouteStepOut(Localised):
    number: str = Field(
        description='"3" voor een landelijke stap; een regionale stap erna is "3a", "3b".'
    )
    title: str
    advice_html: str
    scope: Literal["national", "regional"]
    region: RegionRef | None
    organisations: list[OrganisationOut]


class RouteOut(ContentMeta, Provenance):
    title: str
    intro_html: str
    has_regional_supplement: bool
    steps: list[RouteStepOut]


class RoutePage(PageMeta):
    results: list[RouteOut]
