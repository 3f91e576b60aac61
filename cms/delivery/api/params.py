"""Query parameters shared by the content endpoints.

The patterns and choices below are published in the OpenAPI schema for the
people who build against it; the checks themselves are in ``context.py``, so a
wrong value gets a plain Dutch message instead of a generic validation error.
"""

from ninja import Path, Schema
from pydantic import Field

from content_models.locales import content_languages
from content_models.models import Audience

from .pagination import PageParams

# An empty value (``?school=``) counts as not given.
REGION_PATTERN = r"^(\s*[PpVv][Oo][\s._-]*[0-9]{2}[\s._-]*[0-9]{2}\s*)?$"
SCHOOL_PATTERN = r"^(\s*[0-9A-Za-z]{4}([0-9]{2})?\s*)?$"
POSTCODE_PATTERN = r"^(\s*[0-9]{4}\s*([A-Za-z]{2})?\s*)?$"
AUDIENCES = [Audience.OUDERS, Audience.JONGEREN, Audience.KINDEREN, Audience.PROFESSIONALS]


def documented(**schema) -> dict:
    """Describe a constraint in the schema without letting pydantic enforce it."""
    return {"json_schema_extra": schema}


def choices(values) -> dict:
    """A documented choice; the empty value means "not given", as for every parameter."""
    return documented(enum=["", *values])


# Path parameters cannot carry documentation-only constraints: these are checked.
REGION_CODE = Path(..., description="Zoals PO2001.", pattern=REGION_PATTERN.replace(")?$", ")$"))
SCHOOL_CODE = Path(
    ..., description="Zoals 02QZ00 of 02QZ.", pattern=SCHOOL_PATTERN.replace(")?$", ")$")
)


class ScopeParams(Schema):
    region: str | None = Field(
        None,
        max_length=20,
        description="Code van een samenwerkingsverband, zoals PO2001.",
        **documented(pattern=REGION_PATTERN),
    )
    school: str | None = Field(
        None,
        max_length=20,
        description="BRIN en vestiging van een school, zoals 02QZ00.",
        **documented(pattern=SCHOOL_PATTERN),
    )
    locale: str | None = Field(
        None,
        max_length=10,
        description=(
            "Taal, zoals nl, en of ar. Zonder locale kiest de API de taal uit de "
            "Accept-Language-header. Een tekst die nog niet vertaald is, komt in het "
            "Nederlands (fallback: true)."
        ),
        **choices(content_languages()),
    )


class ListParams(ScopeParams, PageParams):
    audience: str | None = Field(
        None,
        max_length=20,
        description="ouders, jongeren, kinderen of professionals.",
        **choices(AUDIENCES),
    )
    topic: str | None = Field(None, max_length=120, description="Korte naam van een onderwerp.")
