from ninja import Schema
from pydantic import Field


class FeedbackIn(Schema):
    item: str = Field(max_length=120, description="De korte naam (slug) van de informatie.")
    helpful: bool
    comment: str = Field(default="", max_length=1000)
    region: str | None = Field(default=None, max_length=10)
    school: str | None = Field(default=None, max_length=10)
    locale: str | None = Field(default=None, max_length=8)


class FeedbackAccepted(Schema):
    status: str
    message: str
