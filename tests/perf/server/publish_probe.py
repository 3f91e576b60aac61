"""Publish → visible: how long until a new text shows in the running server's API and search.

    python -m tests.perf.server.publish_probe BASE_URL REGION   (prints JSON)

Each round saves a new national text as a draft, publishes it (the revision
publish that final editing does, through the gate) and then polls the list of
the SWV, which was cached just before, and the search, until both show it.
"""

import json
import statistics
import sys
import time
import uuid
from urllib.request import urlopen

import django

django.setup()

from django.db import transaction  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from content_models.models import Audience, InformationItem  # noqa: E402
from content_models.publishing import force_publish  # noqa: E402

ROUNDS = 10
TIMEOUT = 10.0


def get(url: str) -> dict:
    with urlopen(url, timeout=5) as response:
        return json.load(response)


def seconds_until(check, started: float) -> float:
    """Seconds from ``started`` until ``check()`` holds (infinite after the timeout)."""
    while time.perf_counter() - started < TIMEOUT:
        if check():
            return time.perf_counter() - started
        time.sleep(0.01)
    return float("inf")


def one_round(base: str, region: str) -> tuple[float, float]:
    word = f"meting{uuid.uuid4().hex[:8]}"
    item = InformationItem(
        slug=word, locale=Locale.get_default(), live=False,
        title=f"Aandacht voor je kind ({word})", summary="Een tekst om de snelheid te meten.",
    )  # fmt: skip
    item.save()
    item.audiences.set(Audience.objects.filter(slug="ouders"))
    listing = f"{base}/api/v1/items/?region={region}&page_size=5"
    get(listing)  # cached before the publish, so the cache must be invalidated
    started = time.perf_counter()
    with transaction.atomic():
        force_publish(item, user=None, reason="Meting: gepubliceerd tot zichtbaar.")
    try:
        in_api = seconds_until(
            lambda: any(i["slug"] == word for i in get(listing)["results"]), started
        )
        search = f"{base}/api/v1/search/?q={word}"
        in_search = seconds_until(
            lambda: any(r["slug"] == word for r in get(search)["results"]), started
        )
    finally:
        item.delete()  # leaves the list and the index as they were
    return in_api, in_search


def main(base: str, region: str) -> dict:
    one_round(base, region)  # warm up the worker and the server's connections
    api, search = zip(*(one_round(base, region) for _ in range(ROUNDS)), strict=True)
    return {
        "publish_to_visible": {
            "rounds": ROUNDS,
            "api_median_ms": round(statistics.median(api) * 1000, 1),
            "api_max_ms": round(max(api) * 1000, 1),
            "search_median_ms": round(statistics.median(search) * 1000, 1),
            "search_max_ms": round(max(search) * 1000, 1),
            "target_ms": 1000,
            "meets_target": max(*api, *search) < 1.0,
        }
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1].rstrip("/"), sys.argv[2])))
