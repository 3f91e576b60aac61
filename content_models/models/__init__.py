"""The domain: reviewed content (snippets) and DUO reference data."""

from .base import NATIONAL, Audience, ReviewedContent, StoredApiForm, SupplementMixin
from .glossary import GlossaryTerm
from .items import InformationItem
from .organisations import ChannelKind, ContactChannel, Organisation, OrganisationKind
from .questions import Question
from .reference import PostcodeArea, Region, School, Sector, normalise_region_code
from .routes import Route, RouteStep
from .stories import ExperienceStory
from .topics import Topic

REVIEWED_MODELS = (
    Topic,
    InformationItem,
    Organisation,
    Route,
    Question,
    GlossaryTerm,
    ExperienceStory,
)

__all__ = [
    "NATIONAL",
    "REVIEWED_MODELS",
    "Audience",
    "ChannelKind",
    "ContactChannel",
    "ExperienceStory",
    "GlossaryTerm",
    "InformationItem",
    "Organisation",
    "OrganisationKind",
    "PostcodeArea",
    "Question",
    "Region",
    "ReviewedContent",
    "Route",
    "RouteStep",
    "School",
    "Sector",
    "StoredApiForm",
    "SupplementMixin",
    "Topic",
    "normalise_region_code",
]
