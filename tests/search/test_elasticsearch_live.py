"""The shared search cases on a real Elasticsearch cluster, when ``ELASTICSEARCH_URL`` is set."""

import os

import pytest
from django.conf import settings as django_settings

from search.backends import get_backend
from search.service import search

from .cases import CASES, NOT_FOUND

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"), reason="set ELASTICSEARCH_URL for the live tests"
    ),
    pytest.mark.django_db,
]


@pytest.fixture
def elasticsearch(settings):
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_INDEX_PREFIX = "pi-test"
    settings.SEARCH_BACKEND = "search.backends.elasticsearch.ElasticsearchBackend"
    get_backend.cache_clear()
    yield get_backend()
    get_backend.cache_clear()
    get_backend().client.indices.delete(index="pi-test-*", ignore_unavailable=True)


@pytest.fixture
def indexed(elasticsearch, demo):
    """The demo load hook rebuilt the index through the Elasticsearch backend."""
    return elasticsearch


@pytest.mark.parametrize("case", CASES, ids=[c.query for c in CASES])
def test_search_cases(indexed, case):
    regions = (case.region,) if case.region else ()
    slugs = [h.slug for h in search(case.query, regions=regions, kind=case.kind).results.hits]
    assert case.holds_for(slugs), slugs


@pytest.mark.parametrize("case", NOT_FOUND, ids=["no region", "other region"])
def test_regional_content_stays_in_its_region(indexed, case):
    regions = (case.region,) if case.region else ()
    slugs = [h.slug for h in search(case.query, regions=regions, kind=case.kind).results.hits]
    assert case.first not in slugs


def test_rebuild_swaps_the_alias(indexed):
    from search.indexing import rebuild

    client = indexed.client
    before = set(client.indices.get_alias(name="pi-test-nl"))
    rebuild("nl")
    after = set(client.indices.get_alias(name="pi-test-nl"))
    assert len(after) == 1 and after != before
    assert django_settings.SEARCH_BACKEND.endswith("ElasticsearchBackend")
