from ninja import Schema

from .glossary import GlossaryTermOut
from .items import ItemSummary
from .organisations import OrganisationOut
from .questions import QuestionOut
from .regions import RegionOut, SchoolOut
from .routes import RouteOut
from .topics import TopicOut


class Bundle(Schema):
    """What one school or SWV site needs for its menus and lists, in one response.

    ``items`` are summaries: an article's text comes from its item endpoint.
    """

    locale: str
    school: SchoolOut | None
    regions: list[RegionOut]
    topics: list[TopicOut]
    items: list[ItemSummary]
    routes: list[RouteOut]
    organisations: list[OrganisationOut]
    glossary: list[GlossaryTermOut]
    questions: list[QuestionOut]
