"""Search excerpts start and end between words, and say "…" where text is left out."""

import re
from html import unescape

import pytest
from django.utils.html import strip_tags

from search.highlight import highlight, with_ellipsis
from search.models import SearchDocument
from search.text import fold

TEXT = (
    "Elke school heeft zorgplicht. Dat betekent dat de school een passende plek zoekt "
    "voor uw kind. Dat kan op de eigen school zijn, met extra ondersteuning. Het kan ook "
    "op een andere school zijn, als die beter past bij wat uw kind nodig heeft. De "
    "school overlegt daarover met u en met het samenwerkingsverband in de regio."
)


def words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def inner_words(excerpt: str) -> list[str]:
    return re.findall(r"\w+", strip_tags(excerpt).strip("…"))


@pytest.mark.parametrize("query", ["passend", "ondersteuning", "samenwerkingsverband", "regio"])
def test_a_marked_excerpt_cuts_at_word_boundaries(query):
    excerpt = highlight([TEXT], [query])
    assert "<mark>" in excerpt
    assert set(inner_words(excerpt)) <= words_of(TEXT), excerpt
    plain = strip_tags(excerpt)
    assert plain.startswith("…") == (not TEXT.startswith(plain.strip("…")[:20]))
    assert plain.endswith("…") or TEXT.endswith(plain.strip("…")[-10:])


def test_an_unmarked_excerpt_is_the_start_up_to_a_whole_word():
    excerpt = highlight([TEXT], ["fiets"])
    assert excerpt.endswith("…") and not excerpt.startswith("…")
    assert set(inner_words(excerpt)) <= words_of(TEXT)
    assert highlight(["Kort."], []) == "Kort."


def test_one_long_word_is_still_cut():
    assert len(highlight(["x" * 400], [])) <= 161


def test_elasticsearch_fragments_get_an_ellipsis_where_text_is_left_out():
    fragment = "de school een <mark>passende</mark> plek zoekt"
    assert with_ellipsis(fragment, TEXT) == f"…{fragment}…"
    assert with_ellipsis("Kort &amp; <mark>goed</mark>.", "Kort & goed.") == (
        "Kort &amp; <mark>goed</mark>."
    )


@pytest.mark.django_db
@pytest.mark.parametrize("q", ["zorgplicht", "school", "ondersteuning"])
def test_the_search_endpoint_returns_whole_words(demo, get_json, q):
    results = get_json(f"/api/v1/search/?q={q}&page_size=50")["results"]
    assert results
    for result in results:
        docs = SearchDocument.objects.filter(kind=result["type"], slug=result["slug"], locale="nl")
        text = " ".join(f"{doc.summary} {doc.body}" for doc in docs)
        source = words_of(fold(text)) | words_of(text)
        assert set(inner_words(unescape(result["highlight"]))) <= source, result["highlight"]
