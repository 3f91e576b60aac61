"""Highlights in Python, so both database flavours mark the same words."""

import difflib

from django.utils.html import escape

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
    return escape(first[:WINDOW]) + ("…" if len(first) > WINDOW else "")


def marked_fragment(text: str, wanted: set[str]) -> str | None:
    folded = fold(text)
    if len(folded) != len(text):  # folding changed the length: mark on the folded text
        text = folded
    matches = [m for m in WORD_RE.finditer(folded) if stem(m.group()) in wanted]
    if not matches:
        return None
    start = max(0, matches[0].start() - 40)
    end = min(len(text), start + WINDOW)
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
