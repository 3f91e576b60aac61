"""Split text into paragraphs, sentences and words, keeping character offsets.

Written for Dutch; the splitting also works for the scripts of the translations.
"""

import re
from dataclasses import dataclass

# Abbreviations that end in a full stop but do not end a sentence.
ABBREVIATIONS = {
    "bijv",
    "bv",
    "bijvoorbeeld",
    "o.a",
    "oa",
    "d.w.z",
    "dwz",
    "m.b.t",
    "mbt",
    "t.a.v",
    "tav",
    "i.p.v",
    "ipv",
    "incl",
    "excl",
    "ca",
    "nr",
    "tel",
    "e.d",
    "enz",
    "etc",
    "evt",
    "z.s.m",
    "n.a.v",
    "t.o.v",
    "dhr",
    "mevr",
    "mw",
    "jl",
    "o.b.v",
    "vs",
    "t/m",
    "d.m.v",
}

PARAGRAPH_RE = re.compile(r"\S(?:.*?)(?=\n\s*\n|\Z)", re.DOTALL)
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
# A line break ends a sentence (a heading, a list item) unless the text goes on in
# lower case on the next line, as in hard-wrapped text.
SENTENCE_END_RE = re.compile(r"[.!?…؟]+[\"'”’)]*(?=\s+|\Z)|\n(?=[ \t]*[^\sa-zà-ÿ])")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return not self.text[0].isdigit()


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    words: list[Token]
    paragraph: int


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    sentences: list[Sentence]

    @property
    def word_count(self) -> int:
        return sum(len(s.words) for s in self.sentences)


def _sentence_spans(text: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in SENTENCE_END_RE.finditer(text):
        end = match.end()
        if match.group() == "\n":
            end = match.start()
        else:
            before = text[start : match.start()].rsplit(None, 1)
            last = before[-1].lower().rstrip(".") if before else ""
            if match.group().startswith(".") and (last in ABBREVIATIONS or len(last) == 1):
                continue
        if text[start:end].strip():
            spans.append((offset + start, offset + end))
        start = match.end()
    if text[start:].strip():
        spans.append((offset + start, offset + len(text)))
    return spans


def split(text: str) -> list[Paragraph]:
    """Paragraphs are separated by a blank line; sentences end in . ! ? or at a new line."""
    paragraphs = []
    for number, match in enumerate(PARAGRAPH_RE.finditer(text)):
        sentences = []
        for start, end in _sentence_spans(match.group(), match.start()):
            words = [
                Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text, start, end)
            ]
            if words:
                sentences.append(Sentence(words[0].start, end, words, number))
        if sentences:
            paragraphs.append(Paragraph(match.start(), match.end(), sentences))
    return paragraphs
