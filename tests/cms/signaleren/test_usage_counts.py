"""Reads are counted without a database write per read when the cache is Redis.

The counts go to a Redis buffer (from each process's memory, once a second) and
reach ``UsageCount`` when it is flushed (a background task at most a minute
later, and before every report). These tests use the local Redis server, as a
deployment does (``.ci/run`` makes sure one runs); without one they are skipped.
"""

import os
import time
from collections.abc import Callable

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cms.delivery.api.caching import invalidate
from cms.delivery.api.scopes import NATIONAL_TAG
from cms.signaleren import usage
from cms.signaleren.models import UsageCount
from cms.signaleren.reports.period import parse_period
from cms.signaleren.reports.report import build_report
from content_models.models import InformationItem
from content_models.publishing import publishing_allowed
from tests.factories import InformationItemFactory

pytestmark = pytest.mark.django_db

# A database number of its own per pytest-xdist worker: each test empties it.
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
REDIS_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{13 + WORKER % 3}")
REDIS_CACHE = {"default": {"BACKEND": "cms.redis_cache.ReusingRedisCache", "LOCATION": REDIS_URL}}


@pytest.fixture
def redis_cache():
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.ConnectionError as error:
        pytest.skip(f"no Redis at {REDIS_URL} ({error}); start redis-server, as .ci/run does")
    with override_settings(CACHES=REDIS_CACHE):
        caches["default"].clear()
        yield caches["default"]
        caches["default"].clear()


def within(seconds: float, check: Callable[[], bool]) -> bool:
    """Whether ``check`` comes true before the deadline (polled, not one long sleep)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def read(client, url: str) -> int:
    """Queries of one read of ``url``."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_cached_read_is_counted_without_a_query(client, region_a, redis_cache):
    InformationItemFactory(slug="tlv", publish=True)
    url = f"/api/v1/items/tlv/?region={region_a.code}"
    assert read(client, url) > 0
    assert read(client, url) == 0
    assert read(client, url + "&locale=en") > 0  # another answer, built and counted once
    assert not UsageCount.objects.exists()

    assert usage.flush() == 2
    counts = {row.locale: row.views for row in UsageCount.objects.all()}
    assert counts == {"nl": 2, "en": 1}
    assert {row.region_code for row in UsageCount.objects.all()} == {region_a.code}
    assert usage.flush() == 0  # the buffer was emptied
    read(client, url)
    usage.flush()
    assert UsageCount.objects.get(locale="nl").views == 3


def buffered(cache) -> dict[str, int]:
    """The counts in the Redis buffer, by field."""
    stored = usage._redis().hgetall(cache.make_key(usage.BUFFER_KEY))
    return {field.decode().rsplit("|", 3)[1]: int(value) for field, value in stored.items()}


def test_reads_reach_redis_within_a_second(client, region_a, redis_cache):
    InformationItemFactory(slug="tlv", publish=True)
    url = f"/api/v1/items/tlv/?region={region_a.code}"
    for _ in range(5):
        client.get(url)
    assert buffered(redis_cache) == {}  # still in this process's memory
    assert within(usage.PUSH_SECONDS + 1, lambda: buffered(redis_cache) == {region_a.code: 5})
    client.get(url)
    usage.pending.push()  # what the timer does, and the end of the process
    assert buffered(redis_cache) == {region_a.code: 6}


def test_a_flush_is_scheduled_once_a_minute(client, region_a, redis_cache):
    InformationItemFactory(slug="tlv", publish=True)
    for _ in range(3):
        client.get(f"/api/v1/items/tlv/?region={region_a.code}")
    flushes = DBTaskResult.objects.filter(task_path=usage.flush_usage_counts.module_path)
    assert flushes.count() == 1


def test_reads_without_a_swv_are_not_counted(client, redis_cache):
    InformationItemFactory(slug="tlv", publish=True)
    client.get("/api/v1/items/tlv/")
    assert usage.flush() == 0


def test_a_report_includes_buffered_counts(client, region_a, redis_cache):
    InformationItemFactory(slug="tlv", publish=True)
    client.get(f"/api/v1/items/tlv/?region={region_a.code}")
    report = build_report(region_a, parse_period(timezone.localdate().strftime("%Y-%m")))
    assert report.totals.views == 1


def test_a_fresh_answer_after_publish_on_the_fast_path(
    client, redis_cache, django_capture_on_commit_callbacks
):
    item = InformationItemFactory(slug="tlv", title="Oud", publish=True)
    assert client.get("/api/v1/items/tlv/").json()["title"] == "Oud"
    assert client.get("/api/v1/items/tlv/").json()["title"] == "Oud"  # from memory
    item.title = "Nieuw"
    with django_capture_on_commit_callbacks(execute=True), publishing_allowed("tests"):
        item.save_revision().publish()
    assert client.get("/api/v1/items/tlv/").json()["title"] == "Nieuw"


def test_a_wrong_request_is_never_answered_from_memory(client, redis_cache):
    InformationItemFactory(slug="tlv", publish=True)
    client.get("/api/v1/items/tlv/")
    response = client.get("/api/v1/items/tlv/?region=XX")
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "region"


@pytest.fixture
def memo():
    """Trust the generations read in this process for a while (deployed: a quarter second)."""
    with override_settings(API_GENERATIONS_MEMO_SECONDS=1.0):
        yield 1.0


def test_a_publish_elsewhere_is_seen_within_the_memo_time(client, redis_cache, memo):
    item = InformationItemFactory(slug="tlv", title="Oud", publish=True)
    assert client.get("/api/v1/items/tlv/").json()["title"] == "Oud"
    # Another process publishes: new content, and a new national generation in Redis.
    InformationItem.objects.filter(pk=item.pk).update(title="Nieuw")
    redis_cache.set(f"api:gen:{NATIONAL_TAG}", "from-another-process", timeout=None)
    assert client.get("/api/v1/items/tlv/").json()["title"] == "Oud"  # trusted a moment
    assert within(memo + 1, lambda: client.get("/api/v1/items/tlv/").json()["title"] == "Nieuw")


def test_a_publish_in_this_process_is_seen_at_once(client, redis_cache, memo):
    item = InformationItemFactory(slug="tlv", title="Oud", publish=True)
    assert client.get("/api/v1/items/tlv/").json()["title"] == "Oud"
    InformationItem.objects.filter(pk=item.pk).update(title="Nieuw")
    invalidate([NATIONAL_TAG])
    assert client.get("/api/v1/items/tlv/").json()["title"] == "Nieuw"


def test_the_day_of_a_count_is_the_projects_day():
    """Read once a day, and again when the time zone is another (as in a test)."""
    assert usage.project_day() == timezone.localdate(timezone=timezone.get_default_timezone())
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):  # UTC+14 and UTC-11: a day apart
        with override_settings(TIME_ZONE=zone):
            assert usage.project_day() == timezone.localdate(
                timezone=timezone.get_default_timezone()
            )
