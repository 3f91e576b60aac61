from ninja import Schema
from pydantic import Field

from cms.signaleren.models import FeedbackKind
from content_models.locales import content_languages

from ..params import REGION_PATTERN, SCHOOL_PATTERN, choices


class FeedbackIn(Schema):
    item: str = Field(
        max_length=120,
        description="De korte naam (slug) van de informatie, route of organisatie.",
    )
    type: str = Field(
        default=FeedbackKind.ITEM,
        max_length=20,
        description="Waar de reactie over gaat: item, route of organisation.",
        json_schema_extra={"enum": FeedbackKind.values},
    )
    helpful: bool
    comment: str = Field(default="", max_length=1000)
    region: str | None = Field(
        default=None, max_length=10, json_schema_extra={"pattern": REGION_PATTERN}
    )
    school: str | None = Field(
        default=None, max_length=10, json_schema_extra={"pattern": SCHOOL_PATTERN}
    )
    locale: str | None = Field(default=None, max_length=8, **choices(content_languages()))


class FeedbackAccepted(Schema):
    status: str
    message: str
