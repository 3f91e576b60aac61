from .common import ContentMeta, PageMeta


class GlossaryTermOut(ContentMeta):
    term: str
    abbreviation: str
    explanation: str
    synonyms: list[str]


class GlossaryPage(PageMeta):
    results: list[GlossaryTermOut]
