"""How a text was checked before it went live, read from the workflow record."""

from datetime import date, datetime

from ninja import Schema
from pydantic import Field


class ReadabilityCheck(Schema):
    level: str | None
    target: str | None
    passed: bool = Field(description="Haalde de tekst het doel voor de doelgroep zelf?")
    date: date | None


class PanelRound(Schema):
    panel: str = Field(examples=["Ouderpanel"])
    audience: str = Field(examples=["ouders"])
    approvals: int = Field(description="Zoveel panelleden keurden deze tekst goed.")
    quorum: int
    date: date | None


class FinalEditing(Schema):
    date: date | None


class Validation(Schema):
    """The checks the live text passed; ``forced`` when it went live without them."""

    forced: bool
    readability: ReadabilityCheck | None = None
    panels: list[PanelRound] = []
    final_editing: FinalEditing | None = None
    published_at: datetime | None = None


class SourceLink(Schema):
    title: str
    url: str | None = None


class Provenance(Schema):
    """Where a text comes from and how it was checked, for readers to trust it."""

    validation: Validation | None = None
    sources: list[SourceLink] = []
    review_by: date | None = Field(None, description="Op deze datum kijkt de redactie opnieuw.")
    last_checked: date | None = None
