"""Dutch text analysis in Python, the same at index and at query time.

Used by the SQLite full-text index (which has no Dutch stemmer of its own) and
by the highlighter, so that both backends mark the same words.
"""

import re
import unicodedata
from functools import cache

import snowballstemmer

WORD_RE = re.compile(r"[0-9a-z]+")

# Snowball's Dutch stop words (the list PostgreSQL and Elasticsearch use as well).
STOPWORDS = frozenset(
    [
        *"""
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
    dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun
    iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar
    niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit
    uw van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich
    zij zijn zo zonder zou
    """.split(),
        # Words parents put in questions that carry no subject ("mijn kind mag niet…").
        *["mag", "mogen", "gaat", "gaan", "kun", "kunt", "krijg", "krijgt", "hoe", "waar"],
    ]
)


def fold(text: str) -> str:
    """Lower case without accents: ``Coöperatie`` → ``cooperatie``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return WORD_RE.findall(fold(text))


@cache
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


@cache
def _stemmer():
    return snowballstemmer.stemmer("dutch")


def terms(text: str) -> list[str]:
    """The stems of the words that carry meaning, in order."""
    return [stem(word) for word in words(text) if word not in STOPWORDS]


def normalise_query(text: str) -> str:
    """A query as it is counted for the reports: folded, words only, single spaces."""
    return " ".join(words(text))[:200]
