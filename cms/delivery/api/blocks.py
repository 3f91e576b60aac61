"""An article body (StreamField) as the API's blocks, made from the stored JSON.

Text blocks become their final form here, once, when an item is saved
(``cms.delivery.api.stored``). Blocks that point at another object (a contact card, a
term, a story) stay a reference ``{"type": …, "ref": pk}``: they are read live
with the item, so an organisation that is unpublished or a story whose consent
is withdrawn disappears at once.
"""

from collections.abc import Collection
from typing import Any

from . import serialise
from .richtext import links
from .schemas.items import HeadingBlock, ParagraphBlock, Step, StepsBlock, TipBlock


def _list_items(value: Any) -> list[dict]:
    """ListBlock values are stored as ``[{"type": "item", "value": …}]`` or plain lists."""
    return [v["value"] if isinstance(v, dict) and "value" in v else v for v in value or []]


def body_form(raw: list[dict], references: Collection[str]) -> list[dict]:
    """The blocks of a body, text converted, blocks of the types in ``references`` kept as ids."""
    blocks = []
    for block in raw:
        kind, value = block.get("type", ""), block.get("value")
        if kind in references:
            if isinstance(value, int):
                blocks.append({"type": kind, "ref": value})
            continue
        converted = _convert_text(kind, value)
        if converted is not None:
            blocks.append(converted.model_dump(mode="json"))
    return blocks


def _convert_text(kind: str, value: Any):
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
        return TipBlock(title=value.get("title", ""), html=serialise.rich_text(value.get("text")))
    return None
