"""The shared search cases on the database backend (SQLite here, PostgreSQL in CI)."""

import pytest

from search.models import SearchDocument
from search.service import search

from .cases import CASES, NOT_FOUND


def first(case) -> list[str]:
    page = search(case.query, regions=(case.region,) if case.region else (), kind=case.kind)
    return [hit.slug for hit in page.results.hits]


@pytest.mark.parametrize("case", CASES, ids=[c.query for c in CASES])
def test_search_cases(demo, case):
    slugs = first(case)
    assert slugs, f"nothing found for {case.query!r}"
    assert case.holds_for(slugs), slugs


@pytest.mark.parametrize("case", NOT_FOUND, ids=["no region", "other region"])
def test_regional_content_stays_in_its_region(demo, case):
    assert case.first not in first(case)


def test_highlights_mark_the_words(demo):
    hit = search("zorgplicht", kind="item").results.hits[0]
    assert "<mark>" in hit.highlight


def test_did_you_mean(demo):
    results = search("zorgplcht").results
    assert results.total == 0
    assert results.suggestion == "zorgplicht"


def test_filters_on_audience_and_topic(demo):
    everyone = search("school", page_size=50).results
    professionals = search("school", audience="professionals", page_size=50).results
    assert 0 < professionals.total < everyone.total
    docs = SearchDocument.objects.filter(slug__in=[h.slug for h in professionals.hits])
    assert all(" professionals " in doc.audiences for doc in docs)
    items = search("tlv", topic="extra-ondersteuning", kind="item").results.hits
    assert [h.slug for h in items][:1] == ["extra-ondersteuning-en-tlv"]
