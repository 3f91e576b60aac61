from ninja import Schema

from .common import ContentMeta, PageMeta


class Channel(Schema):
    kind: str
    value: str
    label: str
    opening_hours: str
    href: str


class OrganisationOut(ContentMeta):
    name: str
    kind: str
    kind_label: str
    helps_with: str
    costs: str
    address: str
    channels: list[Channel]


class OrganisationPage(PageMeta):
    results: list[OrganisationOut]
