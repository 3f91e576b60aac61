"""Cache keys from the validated parameters and the code version; one build per miss."""

import random
import string
import threading

import pytest
from django.test import RequestFactory
from django.urls import resolve

from cms.delivery.api import caching, keys
from tests.factories import InformationItemFactory

pytestmark = pytest.mark.django_db


def stored_keys(redis_cache) -> set[bytes]:
    return set(redis_cache._cache.get_client().keys("*"))


def noise() -> str:
    return "".join(random.choices(string.ascii_lowercase + string.digits, k=12))


def test_unknown_and_wrong_parameters_make_no_entries(client, region_a, redis_cache, settings):
    InformationItemFactory(slug="artikel", publish=True)
    url = f"/api/v1/items/?region={region_a.code}"
    assert client.get(url).status_code == 200
    assert client.get("/api/v1/items/artikel/").status_code == 200
    before = stored_keys(redis_cache)
    code = region_a.code.lower()
    spelled_otherwise = f"{code[:2]} {code[2:4]}.{code[4:]}"
    statuses = set()
    for _ in range(100):
        for variant in (
            f"{url}&{noise()}={noise()}",  # a parameter no endpoint reads
            f"/api/v1/items/artikel/?page={random.randint(2, 10**6)}",  # one this one does not
            f"/api/v1/items/?region={spelled_otherwise}",  # the same SWV
            f"{url}&topic={noise()}",  # no such topic: 404
            f"{url}&page={random.randint(2, 10**6)}",  # past the last page: 404
            f"/api/v1/items/?region=PO{random.randint(0, 9999):04d}x",  # not a code: 400
        ):
            statuses.add(client.get(variant).status_code)
    assert statuses == {200, 400, 404}
    assert stored_keys(redis_cache) == before
    lifetime = settings.API_CACHE_MAX_AGE + settings.API_CACHE_STALE_WHILE_REVALIDATE
    redis = redis_cache._cache.get_client()
    ttls = {redis.ttl(key) for key in before if b"api:gen:" not in key}
    assert ttls and all(0 < ttl <= lifetime for ttl in ttls)


def test_a_new_code_version_never_serves_old_json(client, monkeypatch):
    InformationItemFactory(slug="artikel", title="Titel", publish=True)
    assert client.get("/api/v1/items/artikel/").json()["title"] == "Titel"
    # What the previous release stored under the key of this one.
    key = keys.response_key(
        client.get("/api/v1/items/artikel/").wsgi_request,
        "api-v1:items_detail",
        {"slug": "artikel"},
    )
    old = caching.cache.get(key)
    caching.cache.set(
        key, caching.Entry.build(b'{"oud": true}', old.content_type, "nl", old.generations)
    )
    caching.local_entries.clear()
    assert client.get("/api/v1/items/artikel/").json() == {"oud": True}

    # The new release: new processes, with a new code version.
    monkeypatch.setattr(keys, "code_version", lambda: "nieuwe-release")
    caching.local_entries.clear()
    caching.aliases.clear()
    assert client.get("/api/v1/items/artikel/").json()["title"] == "Titel"


@pytest.mark.parametrize("backend", ["locmem", "redis"])
def test_concurrent_misses_build_once(backend, request):
    if backend == "redis":
        request.getfixturevalue("redis_cache")
    builds: list[int] = []
    started = threading.Barrier(50)
    answers: list[int] = []

    def build(_context: None) -> tuple[bytes, str]:
        builds.append(1)
        started_build.set()
        finished.wait(5)
        return b'{"count": 0}', "nl"

    started_build, finished = threading.Event(), threading.Event()

    def ask() -> None:
        http = RequestFactory().get("/api/v1/regions/")
        http.resolver_match = resolve("/api/v1/regions/")
        started.wait()
        response = caching.cached_response(
            http, params={}, resolve=lambda: None, tags=lambda _c: (), build=build
        )
        answers.append(response.status_code)

    threads = [threading.Thread(target=ask) for _ in range(50)]
    for thread in threads:
        thread.start()
    started_build.wait(5)
    finished.set()
    for thread in threads:
        thread.join(15)
    assert len(builds) == 1
    assert answers == [200] * 50
