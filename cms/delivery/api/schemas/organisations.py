from ninja import Schema

from .common import ContentMeta, PageMeta
from .provenance import Provenance


class Channel(Schema):
    kind: str
    value: str
    label: str
    opening_hours: str
    href: str


class OrganisationOut(ContentMeta, Provenance):
    name: str
    kind: str
    kind_label: str
    helps_with: str
    costs: str
    address: str
    channels: list[Channel]


class OrganisationPage(PageMeta):
    results: list[OrganisationOut]
