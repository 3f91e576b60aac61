"""An article body (StreamField) as the API's blocks, through ``get_api_representation``.

Text blocks become their final form here, once, when an item is saved
(``cms.delivery.api.stored``): each block's API representation (as Wagtail's
API v2 gives it) is sanitised and shaped into the API's schema. Blocks that
point at another object (a contact card, a term, a story) stay a reference
``{"type": …, "ref": pk}``: they are read live with the item, so an
organisation that is unpublished or a story whose consent is withdrawn
disappears at once. A block type with no converter here is an error, not a
block that silently vanishes (``tests/cms/delivery/test_stored_forms.py``).
"""

from collections.abc import Callable, Collection
from typing import Any

from django.template.loader import render_to_string
from pydantic import BaseModel
from wagtail.blocks import StreamValue

from . import serialise
from .richtext import links
from .schemas.items import HeadingBlock, ParagraphBlock, Step, StepsBlock, TipBlock


def _paragraph(html: str) -> ParagraphBlock:
    html = serialise.rich_text(html)
    return ParagraphBlock(html=html, links=links(html))


def _steps(steps: list[dict]) -> StepsBlock:
    return StepsBlock(
        steps=[Step(title=s["title"], html=serialise.rich_text(s["text"] or "")) for s in steps]
    )


# Block type: the API block made of its API representation.
TEXT_BLOCKS: dict[str, Callable[[Any], BaseModel]] = {
    "paragraph": _paragraph,
    "heading": lambda text: HeadingBlock(text=text),
    "steps": _steps,
    "tip": lambda tip: TipBlock(title=tip["title"], html=serialise.rich_text(tip["text"])),
}


def body_form(body: StreamValue, references: Collection[str]) -> list[dict]:
    """The blocks of a body, text converted, blocks of the types in ``references`` kept as ids."""
    blocks = []
    for block in body.raw_data:
        kind, value = block["type"], block.get("value")
        if kind in references:
            if isinstance(value, int):
                blocks.append({"type": kind, "ref": value})
            continue
        if kind not in TEXT_BLOCKS:
            raise LookupError(f"No API form for the block type {kind!r}")
        child = body.stream_block.child_blocks[kind]
        representation = child.get_api_representation(child.to_python(value))
        blocks.append(TEXT_BLOCKS[kind](representation).model_dump(mode="json"))
    return blocks


def block_html(block: dict, locale: str | None = None) -> str:
    """A block as HTML; a text block needs no ``locale`` (it is rendered once, when saved)."""
    context = {"block": block, "section": {"locale": locale}}
    return render_to_string(f"api/blocks/{block['type']}.html", context)


def stream_form(body: StreamValue, references: Collection[str]) -> dict:
    """The blocks of a body, with each text block's HTML (``None`` for a reference)."""
    blocks = body_form(body, references)
    return {"blocks": blocks, "html": [None if "ref" in b else block_html(b) for b in blocks]}
