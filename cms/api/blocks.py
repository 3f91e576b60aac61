"""An article body (StreamField) as structured blocks, with references loaded in bulk.

Blocks are read from the stored JSON (``raw_data``), never through StreamField's
lazy lookups, so a page of fifty items costs the same queries as one. A block
that points at something not live (a draft organisation, a withdrawn story)
is left out.
"""

from collections.abc import Iterable
from typing import Any

from content_models.models import ExperienceStory, GlossaryTerm, Organisation

from . import serialise
from .published import ORGANISATION_PREFETCH, by_pk
from .richtext import links
from .schemas.items import (
    Block,
    ContactCardBlock,
    ExperienceQuoteBlock,
    GlossaryTermBlock,
    HeadingBlock,
    ParagraphBlock,
    Step,
    StepsBlock,
    TipBlock,
)

REFERENCES = {
    "contact_card": (Organisation, ORGANISATION_PREFETCH),
    "glossary_term": (GlossaryTerm, ("audiences", "topics")),
    "experience_quote": (ExperienceStory, ("audiences", "topics")),
}


def _list_items(value: Any) -> list[dict]:
    """ListBlock values are stored as ``[{"type": "item", "value": …}]`` or plain lists."""
    return [v["value"] if isinstance(v, dict) and "value" in v else v for v in value or []]


class BlockReader:
    """Reads the bodies of many items at once: one query per referenced model."""

    def __init__(self, bodies: Iterable[list[dict]]) -> None:
        wanted: dict[str, set[int]] = {name: set() for name in REFERENCES}
        for raw in bodies:
            for block in raw:
                if block.get("type") in wanted and isinstance(block.get("value"), int):
                    wanted[block["type"]].add(block["value"])
        self.objects = {
            name: by_pk(model, wanted[name], *prefetch)
            for name, (model, prefetch) in REFERENCES.items()
        }

    def read(self, raw: list[dict]) -> list[Block]:
        blocks: list[Block] = []
        for block in raw:
            converted = self._convert(block.get("type", ""), block.get("value"))
            if converted is not None:
                blocks.append(converted)
        return blocks

    def _convert(self, kind: str, value: Any) -> Block | None:
        if kind == "paragraph":
            html = serialise.rich_text(value)
            return ParagraphBlock(html=html, links=links(html))
        if kind == "heading":
            return HeadingBlock(text=str(value))
        if kind == "steps":
            return StepsBlock(
                steps=[
                    Step(title=step.get("title", ""), html=serialise.rich_text(step.get("text")))
                    for step in _list_items(value)
                ]
            )
        if kind == "tip":
            return TipBlock(
                title=value.get("title", ""), html=serialise.rich_text(value.get("text"))
            )
        obj = self.objects.get(kind, {}).get(value)
        if obj is None:
            return None
        shown = serialise.plain(obj)
        if kind == "contact_card":
            return ContactCardBlock(organisation=serialise.organisation(shown))
        if kind == "glossary_term":
            return GlossaryTermBlock(term=serialise.glossary_term(shown))
        return ExperienceQuoteBlock(story=serialise.story(shown))
