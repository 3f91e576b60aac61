"""What a reader reads: the plain text of content, in reading order.

Used by the readability check and by search, which both need text rather
than HTML or StreamField data.
"""

import html
import re

from django.utils.html import strip_tags

BLOCK_END_RE = re.compile(r"</(?:p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(value) -> str:
    """Rich text (a string or Wagtail's RichText) to plain text, one line per block."""
    source = getattr(value, "source", value) or ""
    text = html.unescape(strip_tags(BLOCK_END_RE.sub("\n", str(source))))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def stream_text(stream) -> tuple[list[str], set[str]]:
    """Paragraphs of an article body, and the glossary terms its blocks explain."""
    paragraphs: list[str] = []
    explained: set[str] = set()
    for block in stream:
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            paragraphs.append(html_to_text(value))
        elif kind == "heading":
            paragraphs.append(str(value))
        elif kind == "steps":
            paragraphs.extend(f"{step['title']}\n{html_to_text(step['text'])}" for step in value)
        elif kind == "tip":
            paragraphs.append(f"{value['title']}\n{html_to_text(value['text'])}")
        elif kind == "glossary_term" and value is not None:
            explained.update(t for t in (value.term, value.abbreviation) if t)
    return [p for p in paragraphs if p.strip()], explained
