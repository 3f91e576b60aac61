"""The Elasticsearch index (elasticsearch-dsl): one index per language behind an alias.

Analysis per language: lower case, ASCII folding (é, ë → e), the language's
stop words and stemmer, and at search time the glossary synonyms of that
language (``synonym_graph``, so "toelaatbaarheidsverklaring" and "TLV" and
"toelating speciaal onderwijs" find each other). A ``compound`` subfield of
4–5 letter grams finds parts of long Dutch compounds ("zorgplicht" in
"zorgplichtregeling"). Synonyms are baked into the index settings; a changed
glossary gets a new index that replaces the old one with an atomic alias swap.
"""

from elasticsearch_dsl import Document, Index, Keyword, Text, analyzer, token_filter

# Stemmer and stop words per content language; None where Elasticsearch has no
# built-in analysis (those languages are folded and lower-cased only).
LANGUAGES: dict[str, tuple[str | None, str | None]] = {
    "nl": ("dutch", "_dutch_"),
    "en": ("english", "_english_"),
    "ar": ("arabic", "_arabic_"),
    "tr": ("turkish", "_turkish_"),
    "pl": (None, None),
    "uk": (None, None),
}

compound_grams = token_filter("compound_grams", "ngram", min_gram=4, max_gram=5)
compounds = analyzer(
    "compounds", tokenizer="standard", filter=["lowercase", "asciifolding", compound_grams]
)


def language_filters(locale: str) -> list:
    stemmer_language, stopwords = LANGUAGES.get(locale, (None, None))
    filters: list = []
    if stopwords:
        filters.append(token_filter(f"{locale}_stop", "stop", stopwords=stopwords))
    if stemmer_language:
        filters.append(token_filter(f"{locale}_stemmer", "stemmer", language=stemmer_language))
    return filters


def content_analyzers(locale: str, synonyms: list[str]):
    """The analyzer for indexing and the one for searching (with the glossary synonyms)."""
    base = ["lowercase", "asciifolding"]
    glossary = token_filter("glossary_synonyms", "synonym_graph", synonyms=synonyms, lenient=True)
    index_analyzer = analyzer(
        "content", tokenizer="standard", filter=[*base, *language_filters(locale)]
    )
    search_analyzer = analyzer(
        "content_search", tokenizer="standard", filter=[*base, glossary, *language_filters(locale)]
    )
    return index_analyzer, search_analyzer


def text_field(**extra) -> Text:
    return Text(
        analyzer="content",
        search_analyzer="content_search",
        fields={"compound": Text(analyzer="compounds"), **extra},
    )


class ContentDocument(Document):
    """One live, searchable object: item, organisation, route, question or glossary term."""

    kind = Keyword()
    slug = Keyword()
    result_key = Keyword()  # kind:slug, so an item and its regional supplement are one result
    locale = Keyword()
    region = Keyword()  # "national" or the SWV code
    audiences = Keyword(multi=True)
    topics = Keyword(multi=True)
    title = text_field(suggest=Text(analyzer="simple"))
    summary = text_field()
    body = text_field()


def build_index(name: str, locale: str, synonyms: list[str]) -> Index:
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0, max_ngram_diff=1)
    for item in (*content_analyzers(locale, synonyms), compounds):
        index.analyzer(item)
    index.document(ContentDocument)
    return index
