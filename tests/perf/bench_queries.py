"""SQL queries per API request at 10 and at 1,000 results: they must be equal.

    python -m tests.perf.bench_queries     (make bench; PostgreSQL with DATABASE_URL)

Fills a throw-away test database with 10 published objects of every kind in
one SWV's scope (items with supplements, contact cards, glossary terms and
stories in their text, organisations, questions, topics, routes), counts the
queries of every endpoint with an empty cache, grows the scope to 1,000 of
each and counts again. The test suite checks the same at 1 and 13.
"""

import os
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from content_models.demo.load_data import wagtail_indexing_deferred  # noqa: E402
from tests.cms.delivery.test_queries import ENDPOINTS  # noqa: E402
from tests.factories import RegionFactory, make_scope_content  # noqa: E402
from tests.perf.testdb import run_in_test_database  # noqa: E402

SMALL, LARGE = 10, int(os.environ.get("BENCH_QUERIES_LARGE", 1_000))
PAGE_SIZE = 100  # the most a list page holds; the bundle has no pages


def count_queries(client: Client, url: str) -> tuple[int, int]:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    body = response.json()
    results = body.get("count", len(body.get("items", body.get("results", []))))
    return len(captured), results


def measure(client: Client, region: str) -> dict[str, dict]:
    return {
        endpoint.split("?")[0] + "?" + "&".join(
            part for part in endpoint.split("?")[1].split("&") if "{" not in part
        ): dict(zip(("queries", "results"), count_queries(
            client, endpoint.format(region=region, n=PAGE_SIZE)
        ), strict=True))
        for endpoint in ENDPOINTS
    }  # fmt: skip


def main() -> dict:
    region = RegionFactory(code="PO9901", name="Samenwerkingsverband A")
    client = Client()
    make_scope_content(SMALL, region)
    small = measure(client, region.code)
    started = time.perf_counter()
    with wagtail_indexing_deferred():
        make_scope_content(LARGE - SMALL, region)
    fill_seconds = time.perf_counter() - started
    large = measure(client, region.code)
    endpoints = {
        name: {
            f"queries_at_{SMALL}": small[name]["queries"],
            f"queries_at_{LARGE}": large[name]["queries"],
            "results": [small[name]["results"], large[name]["results"]],
        }
        for name in small
    }
    return {
        "queries_per_request": {
            "endpoints": endpoints,
            "fill_seconds": round(fill_seconds),
            "meets_target": all(small[n]["queries"] == large[n]["queries"] for n in small),
        }
    }


if __name__ == "__main__":
    run_in_test_database(main)
