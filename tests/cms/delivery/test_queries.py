"""SQL queries per request do not grow with the number of results."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_scope_content as make_content

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/items/?region={region}&page_size={n}",
    "/api/v1/items/?region={region}&page_size={n}&locale=en",
    "/api/v1/organisations/?region={region}&page_size={n}",
    "/api/v1/glossary/?page_size={n}",
    "/api/v1/questions/?page_size={n}",
    "/api/v1/stories/?region={region}&page_size={n}",
    "/api/v1/stories/?region={region}&page_size={n}&locale=en",
    "/api/v1/routes/?region={region}&page_size={n}",
    "/api/v1/topics/?region={region}",
    "/api/v1/bundle/?region={region}",
]


def count_queries(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(captured)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_queries_are_constant_in_the_number_of_results(client, region_a, endpoint):
    make_content(1, region_a)
    one = count_queries(client, endpoint.format(region=region_a.code, n=1))
    make_content(12, region_a)
    many = count_queries(client, endpoint.format(region=region_a.code, n=13))
    assert one == many


def test_query_budget_per_request(client, region_a, django_assert_max_num_queries):
    make_content(5, region_a)
    with django_assert_max_num_queries(14):
        client.get(f"/api/v1/items/?region={region_a.code}")
    cache.clear()
    with django_assert_max_num_queries(40):
        client.get(f"/api/v1/bundle/?region={region_a.code}")


def test_an_articles_text_needs_few_queries(client, region_a, django_assert_max_num_queries):
    """The text the bundle leaves out comes from the item endpoint, in a handful of queries."""
    make_content(5, region_a)
    slug = client.get(f"/api/v1/bundle/?region={region_a.code}").json()["items"][0]["slug"]
    cache.clear()
    # Ten with the read count, which goes straight to the database without Redis.
    with django_assert_max_num_queries(10):
        response = client.get(f"/api/v1/items/{slug}/?region={region_a.code}")
    assert response.status_code == 200
