from .common import ContentMeta, PageMeta
from .provenance import Provenance


class GlossaryTermOut(ContentMeta, Provenance):
    term: str
    abbreviation: str
    explanation: str
    synonyms: list[str]


class GlossaryPage(PageMeta):
    results: list[GlossaryTermOut]
