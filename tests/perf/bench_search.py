"""Search latency on 10,000 items, against a primary-key lookup in the same run.

    python -m tests.perf.bench_search          (make bench; PostgreSQL with DATABASE_URL)

Builds a throw-away test database, indexes N generated items through the
configured backend (the database backend unless ELASTICSEARCH_URL is set),
then times the service for parent-like queries. Prints JSON: p50/p95 in ms,
and the ratio of the search p95 to the p95 of fetching one row by key.
Target: p95 under 50 ms on PostgreSQL.
"""

import os
import random
import statistics
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402

from content_models.demo.articles import ARTICLES  # noqa: E402
from content_models.demo.glossary import GLOSSARY  # noqa: E402
from search.backends import get_backend  # noqa: E402
from search.extract import Entry  # noqa: E402
from search.models import SearchDocument  # noqa: E402
from search.service import search  # noqa: E402
from search.synonyms import CACHE_KEY  # noqa: E402
from search.text import fold  # noqa: E402
from tests.perf.testdb import analyse, run_in_test_database  # noqa: E402

ITEMS = int(os.environ.get("BENCH_SEARCH_ITEMS", 10_000))
QUERIES = [
    "rugzakje",
    "TLV",
    "tlv aanvragen",
    "thuiszitter",
    "klacht school",
    "mijn kind mag niet naar school",
    "zorgplicht",
    "ondersteuningsplan",
    "extra hulp op school",
    "onderwijsconsulent",
]
TARGET_P95_MS = 50


def vocabulary() -> list[str]:
    text = " ".join(str(value) for article in ARTICLES for value in article.values())
    text += " ".join(" ".join(map(str, term)) for term in GLOSSARY)
    return [word for word in text.split() if word.isalpha()]


def generated_entries(count: int):
    words = vocabulary()
    rng = random.Random(20261123)
    regions = ["national"] * 3 + [f"PO{n:04d}" for n in range(20, 170)]
    for n in range(count):
        yield Entry(
            kind=rng.choice(["item", "item", "organisation", "question", "route"]),
            object_id=n + 1,
            slug=f"item-{n}",
            locale="nl",
            region_code=rng.choice(regions),
            audiences=rng.sample(["ouders", "jongeren", "kinderen", "professionals"], 2),
            topics=[],
            title=" ".join(rng.choices(words, k=6)),
            summary=" ".join(rng.choices(words, k=25)),
            body=" ".join(rng.choices(words, k=250)),
        )


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def timed(function, repeat: int) -> list[float]:
    function()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def demo_synonyms() -> None:
    """The demo glossary's synonym groups, as ``search.synonyms`` caches them."""
    groups = [
        [fold(p) for p in (term, abbreviation, *synonyms.split(",")) if p.strip()]
        for _slug, term, abbreviation, _text, synonyms in GLOSSARY
    ]
    cache.set(CACHE_KEY.format(locale="nl"), [[p.strip() for p in g] for g in groups], None)


def main() -> dict:
    demo_synonyms()
    started = time.perf_counter()
    backend = get_backend()
    batch: list[Entry] = []
    for entry in generated_entries(ITEMS):
        batch.append(entry)
        if len(batch) == 500:
            backend.index(batch)
            batch = []
    backend.index(batch)
    indexing_seconds = time.perf_counter() - started
    analyse()

    search_ms = []
    for query in QUERIES:
        search_ms += timed(lambda q=query: search(q, regions=("PO0042",)), repeat=10)
    some_pk = SearchDocument.objects.values_list("pk", flat=True)[ITEMS // 2]
    lookup_ms = timed(lambda: SearchDocument.objects.get(pk=some_pk), repeat=100)
    result = {
        "search": {
            "backend": type(backend).__name__,
            "database": connection.vendor,
            "items": ITEMS,
            "queries": len(search_ms),
            "index_items_per_second": round(ITEMS / indexing_seconds),
            "p50_ms": round(statistics.median(search_ms), 2),
            "p95_ms": round(percentile(search_ms, 0.95), 2),
            "baseline_pk_lookup_p95_ms": round(percentile(lookup_ms, 0.95), 3),
            "p95_ratio_to_pk_lookup": round(
                percentile(search_ms, 0.95) / percentile(lookup_ms, 0.95), 1
            ),
            "target_p95_ms": TARGET_P95_MS,
        }
    }
    result["search"]["meets_target"] = result["search"]["p95_ms"] < TARGET_P95_MS
    return result


if __name__ == "__main__":
    run_in_test_database(main)
