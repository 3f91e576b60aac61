"""Response schemas, one module per resource (as in Wagtail's API v3)."""

from .bundle import Bundle
from .common import ContentMeta, ErrorOut, Localised, PageMeta, RegionRef, TopicRef
from .feedback import FeedbackAccepted, FeedbackIn
from .glossary import GlossaryPage, GlossaryTermOut
from .items import Block, ItemDetail, ItemPage, ItemSummary, Section, StoryOut, StoryPage
from .organisations import Channel, OrganisationOut, OrganisationPage
from .provenance import PanelRound, Provenance, SourceLink, Validation
from .questions import QuestionOut, QuestionPage
from .regions import PostcodeRegions, RegionOut, RegionPage, SchoolOut, SchoolPage
from .routes import RouteOut, RoutePage, RouteStepOut
from .search import SearchPage, SearchResult
from .topics import TopicList, TopicOut

__all__ = [
    "Block",
    "Bundle",
    "Channel",
    "ContentMeta",
    "ErrorOut",
    "FeedbackAccepted",
    "FeedbackIn",
    "GlossaryPage",
    "GlossaryTermOut",
    "ItemDetail",
    "ItemPage",
    "ItemSummary",
    "Localised",
    "OrganisationOut",
    "OrganisationPage",
    "PageMeta",
    "PanelRound",
    "PostcodeRegions",
    "Provenance",
    "QuestionOut",
    "QuestionPage",
    "RegionOut",
    "RegionPage",
    "RegionRef",
    "RouteOut",
    "RoutePage",
    "RouteStepOut",
    "SchoolOut",
    "SchoolPage",
    "SearchPage",
    "SearchResult",
    "Section",
    "SourceLink",
    "StoryOut",
    "StoryPage",
    "TopicList",
    "TopicOut",
    "TopicRef",
    "Validation",
]
