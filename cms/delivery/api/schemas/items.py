from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field

from .common import ContentMeta, PageMeta, RegionRef
from .glossary import GlossaryTermOut
from .organisations import OrganisationOut
from .provenance import Provenance


class Link(Schema):
    """A link in rich text; ``item`` is the slug when it points at another item."""

    text: str
    href: str
    item: str | None = None


class ParagraphBlock(Schema):
    type: Literal["paragraph"] = "paragraph"
    html: str
    links: list[Link] = []


class HeadingBlock(Schema):
    type: Literal["heading"] = "heading"
    text: str


class Step(Schema):
    title: str
    html: str


class StepsBlock(Schema):
    type: Literal["steps"] = "steps"
    steps: list[Step]


class TipBlock(Schema):
    type: Literal["tip"] = "tip"
    title: str
    html: str


class ContactCardBlock(Schema):
    type: Literal["contact_card"] = "contact_card"
    organisation: OrganisationOut


class GlossaryTermBlock(Schema):
    type: Literal["glossary_term"] = "glossary_term"
    term: GlossaryTermOut


class StoryOut(ContentMeta):
    title: str
    text: str
    teller: str


class ExperienceQuoteBlock(Schema):
    type: Literal["experience_quote"] = "experience_quote"
    story: StoryOut


Block = Annotated[
    ParagraphBlock
    | HeadingBlock
    | StepsBlock
    | TipBlock
    | ContactCardBlock
    | GlossaryTermBlock
    | ExperienceQuoteBlock,
    Field(discriminator="type"),
]


class Section(Schema):
    """A run of blocks from one source: the national text or one SWV's supplement."""

    scope: Literal["national", "regional"]
    region: RegionRef | None
    heading: str | None
    source: str
    locale: str
    fallback: bool
    outdated: bool = False
    blocks: list[Block]


class ItemSummary(ContentMeta, Provenance):
    title: str
    summary: str
    has_regional_supplement: bool
    url: str


class ItemDetail(ItemSummary):
    sections: list[Section]
    html: str


class ItemPage(PageMeta):
    results: list[ItemSummary]


class StoryPage(PageMeta):
    results: list[StoryOut]
