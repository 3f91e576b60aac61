"""Abbreviations and jargon, and whether the text itself explains them.

A term counts as explained anywhere in the text once one of its occurrences is
explained, as in "toelaatbaarheidsverklaring (TLV)", "de TLV (een besluit …)",
"TLV: een besluit …", "Dat heet een samenwerkingsverband" or
"Een onderwijsconsulent is iemand die …". A reader who met the explanation once
can look back to it.
"""

import re
from dataclasses import dataclass

from . import lexicon
from .tokens import Token

ABBREVIATION_RE = re.compile(r"^[A-Z][A-Z0-9']{1,5}$|^[A-Z][a-z]?[A-Z][A-Za-z']*$")
# Abbreviations this common (Zipf) need no explanation, as "ICT".
KNOWN_ABBREVIATION_ZIPF = 4.0
EXPLAINED_AFTER_RE = re.compile(
    r"(?:[-'’]\w+)?\s*(?:\(|:\s"
    r"|,?\s+(?:dat is|dat betekent|dat wil zeggen|oftewel|ofwel)\b"
    r"|,\s+(?:de|het|een)\s"  # an apposition: "het UWV, de organisatie voor werk"
    r"|\s+(?:betekent|betekenen|heet|heten|is een|is de|is het|zijn mensen|staat voor"
    r"|wil zeggen)\b)",
    re.IGNORECASE,
)
EXPLAINED_BEFORE_RE = re.compile(
    r"(?:\(\s*|\b(?:heet|heten|noemen we|noemen wij|noemt men|noem je|noemen)"
    r"(?:\s+(?:dat|dit|die|dan|ook|het|dat een|dit een))?\s+(?:een\s+|de\s+|het\s+)?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Term:
    """One occurrence of an abbreviation or term: a word or a part of a hyphenated word."""

    key: str
    start: int
    end: int
    is_abbreviation: bool


def parts(word: Token):
    """The word and, for "TLV-aanvraag" or "IB'er", its parts with their offsets."""
    yield word.text, word.start
    if "-" in word.text or "'" in word.text or "’" in word.text:
        offset = word.start
        for part in re.split(r"([-'’])", word.text):
            if part and part not in "-'’":
                yield part, offset
            offset += len(part)


def find(text: str, words: list[Token], glossary_terms, glossary_abbreviations) -> list[Term]:
    """Abbreviations and glossary terms, also inside hyphenated words and as phrases
    ("ouder- en jeugdsteunpunt"). Letters glued to a number ("PO20.01") are a code."""
    found = []
    lower = text.lower()
    for term in glossary_terms:
        if " " in term:
            found.extend(
                Term(term, m.start(), m.end(), False)
                for m in re.finditer(rf"\b{re.escape(term)}\b", lower)
            )
    for word in words:
        for part, start in parts(word):
            end = start + len(part)
            if ABBREVIATION_RE.match(part):
                if not text[end : end + 1].isdigit() and (
                    part in glossary_abbreviations
                    or lexicon.zipf(part.lower()) < KNOWN_ABBREVIATION_ZIPF
                ):
                    found.append(Term(part, start, end, True))
                break
            if part.lower() in glossary_terms:
                found.append(Term(part.lower(), start, end, False))
                break
    return found


def inside(term: Term, spans: list[Term]) -> bool:
    return any(s.start <= term.start and term.end <= s.end for s in spans)


def is_explained_here(text: str, term: Term) -> bool:
    if EXPLAINED_AFTER_RE.match(text, term.end, term.end + 40):
        return True
    return bool(EXPLAINED_BEFORE_RE.search(text[max(0, term.start - 24) : term.start]))


def explained_keys(text: str, terms: list[Term], full_forms: dict[str, str]) -> set[str]:
    """Keys explained somewhere in the text. ``full_forms`` maps an abbreviation to its
    written-out term; an abbreviation is explained where that term is in the text too."""
    lower = text.lower()
    explained = {t.key for t in terms if is_explained_here(text, t)}
    explained.update(a for a, term in full_forms.items() if term.lower() in lower)
    return explained
