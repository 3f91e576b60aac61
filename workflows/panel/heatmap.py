"""The words panel members marked as hard, laid over the text as a heat map."""

import re
from collections import Counter
from collections.abc import Iterable

WORD_RE = re.compile(r"(\w[\w'’-]*)")


def marked_counts(invitations: Iterable) -> Counter:
    """How many members marked each word (a member counts once per word)."""
    counts: Counter = Counter()
    for invitation in invitations:
        words = set()
        for marked in invitation.hard_words or []:
            words.update(w.lower() for w in WORD_RE.findall(marked.get("text", "")))
        counts.update(words)
    return counts


HEAT_LEVELS = 4


def heat_map(text: str, invitations: Iterable) -> list[tuple[str, int, int]]:
    """The text in pieces: (piece, members who marked it, heat level 0–4)."""
    counts = marked_counts(invitations)
    pieces = []
    for piece in WORD_RE.split(text):
        count = counts.get(piece.lower(), 0) if WORD_RE.fullmatch(piece) else 0
        if piece:
            pieces.append((piece, count, min(count, HEAT_LEVELS)))
    return pieces
