from ninja import Schema

from .glossary import GlossaryTermOut
from .items import ItemDetail
from .organisations import OrganisationOut
from .questions import QuestionOut
from .regions import RegionOut, SchoolOut
from .routes import RouteOut
from .topics import TopicOut


class Bundle(Schema):
    """Everything one school or SWV site shows, in one response."""

    locale: str
    school: SchoolOut | None
    regions: list[RegionOut]
    topics: list[TopicOut]
    items: list[ItemDetail]
    routes: list[RouteOut]
    organisations: list[OrganisationOut]
    glossary: list[GlossaryTermOut]
    questions: list[QuestionOut]
