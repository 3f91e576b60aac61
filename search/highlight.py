"""Highlights in Python, so both database flavours mark the same words."""

import difflib
import re
from html import unescape

from django.utils.html import escape, strip_tags

from .text import WORD_RE, fold, stem

WINDOW = 160


def highlight(texts: list[str], query_words: list[str]) -> str:
    """A short, escaped fragment of the first of ``texts`` with a match, matches in ``<mark>``.

    Without any match: the start of the first text.
    """
    wanted = {stem(w) for w in query_words}
    for text in texts:
        fragment = marked_fragment(text, wanted)
        if fragment is not None:
            return fragment
    first = texts[0] if texts else ""
    start, end = word_bounds(first, 0, min(len(first), WINDOW))
    return escape(first[start:end]) + ("…" if end < len(first) else "")


SPACE_RE = re.compile(r"\s+")


def word_bounds(text: str, start: int, end: int, *, keep: int | None = None) -> tuple[int, int]:
    """``start`` and ``end`` moved inward to spaces, so that an excerpt never cuts a word.

    ``start`` moves no further than ``keep`` (the first match, which must stay in).
    Without a space to move to (one very long word), the cut stays where it was.
    """
    if start > 0 and not text[start - 1].isspace():
        space = SPACE_RE.search(text, start, end if keep is None else keep)
        start = space.end() if space else (keep if keep is not None else start)
    if end < len(text) and not text[end].isspace() and not text[end - 1].isspace():
        last = max((m.start() for m in SPACE_RE.finditer(text, start, end)), default=None)
        if last is not None and (keep is None or last > keep):
            end = last
    return start, end


def with_ellipsis(fragment: str, text: str) -> str:
    """An excerpt made elsewhere (Elasticsearch) says "…" where it leaves text out."""
    plain = " ".join(unescape(strip_tags(fragment)).split())
    whole = " ".join(text.split())
    prefix = "" if whole.startswith(plain) else "…"
    suffix = "" if whole.endswith(plain) else "…"
    return prefix + fragment.strip() + suffix


def marked_fragment(text: str, wanted: set[str]) -> str | None:
    folded = fold(text)
    if len(folded) != len(text):  # folding changed the length: mark on the folded text
        text = folded
    matches = [m for m in WORD_RE.finditer(folded) if stem(m.group()) in wanted]
    if not matches:
        return None
    first = matches[0].start()
    start = max(0, first - 40)
    start, end = word_bounds(text, start, min(len(text), start + WINDOW), keep=first)
    parts, position = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        position = match.end()
    parts.append(escape(text[position:end]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + "".join(parts).strip() + suffix


def suggest(query_words: list[str], vocabulary: set[str]) -> str | None:
    """'Bedoelde je …?': the query with each unknown word replaced by the closest known one."""
    changed, suggestion = False, []
    for word in query_words:
        if word in vocabulary:
            suggestion.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        suggestion.append(close[0] if close else word)
        changed = changed or bool(close)
    return " ".join(suggestion) if changed else None
