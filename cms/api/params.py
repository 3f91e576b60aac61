"""Query parameters shared by the content endpoints."""

from ninja import Schema
from pydantic import Field

from .pagination import PageParams


class ScopeParams(Schema):
    region: str | None = Field(
        None, max_length=20, description="Code van een samenwerkingsverband, zoals PO2001."
    )
    school: str | None = Field(
        None, max_length=20, description="BRIN en vestiging van een school, zoals 02QZ00."
    )
    locale: str | None = Field(
        None, max_length=10, description="Taal: nl, en, ar, tr, pl of uk. Valt terug op nl."
    )


class ListParams(ScopeParams, PageParams):
    audience: str | None = Field(
        None, max_length=20, description="ouders, jongeren, kinderen of professionals."
    )
    topic: str | None = Field(None, max_length=120, description="Korte naam van een onderwerp.")
