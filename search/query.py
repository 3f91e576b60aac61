"""A search query with the glossary's synonyms expanded, for every backend.

``clauses`` must all match (AND); a clause matches when one of its
alternatives does (OR); an alternative is words that must all be there.
"TLV aanvragen" becomes ``[[tlv] | [toelaatbaarheidsverklaring] | …] AND [aanvragen]``.
"""

from dataclasses import dataclass

from .text import STOPWORDS, stem, words

Alternative = tuple[str, ...]
Clause = tuple[Alternative, ...]


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    clauses: tuple[Clause, ...]

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    @property
    def words(self) -> list[str]:
        """Every word the query can match, synonyms included (for highlighting)."""
        return [w for clause in self.clauses for alt in clause for w in alt]


def _stems(phrase: list[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in phrase)


def _content(phrase: list[str]) -> Alternative:
    return tuple(w for w in phrase if w not in STOPWORDS)


def _is_specific(phrase_words: list[str]) -> bool:
    content = _content(phrase_words)
    return len(content) >= 2 or content == tuple(phrase_words)


def parse(text: str, synonym_groups: list[list[str]]) -> ParsedQuery:
    query_words = words(text)[:20]
    phrases = [
        (_stems(words(phrase)), group)
        for group in synonym_groups
        for phrase in group
        if words(phrase)
    ]
    clauses: list[Clause] = []
    position = 0
    while position < len(query_words):
        match = None
        for phrase_stems, group in phrases:
            size = len(phrase_stems)
            window = _stems(query_words[position : position + size])
            if window == phrase_stems and (match is None or size > match[0]):
                match = (size, group)
        if match:
            size, _group = match
            literal = query_words[position : position + size]
            alternatives = {_content(literal)}
            for stems, group in phrases:
                if stems == _stems(literal):
                    # A synonym that leaves one word after its small words ("geen school")
                    # would match far too much on its own: only the reader's own words may
                    # do that. "statement of admission" keeps two and is added.
                    alternatives |= {_content(words(p)) for p in group if _is_specific(words(p))}
            clauses.append(tuple(sorted(alt for alt in alternatives if alt)))
            position += size
            continue
        word = query_words[position]
        if word not in STOPWORDS:
            clauses.append(((word,),))
        position += 1
    return ParsedQuery(text=text, clauses=tuple(c for c in clauses if c))
