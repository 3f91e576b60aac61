"""With Redis as the shared cache, a write in one process shows in the next request of another.

As in production: the API runs under gunicorn on the test database, and the DUO
import runs in a process of its own (``manage.py import_duo``), as an operator
or a cron job runs it. The server has cached its answers (in Redis and in its
own memory) before the import; the next request must show the import anyway.
"""

import json
import socket
import urllib.error
import urllib.request

import pytest

from tests.factories import RegionFactory
from tests.processes import ProjectProcesses, database_url

from ..conftest import REDIS_LOCATION
from .test_content_changed import region_row, regions_file

pytestmark = pytest.mark.django_db(transaction=True)


def redis_is_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.fixture
def shared_redis(request):
    if not redis_is_up():
        pytest.skip("no Redis on 127.0.0.1:6379: the shared cache is what this test is about")
    request.getfixturevalue("redis_cache")  # emptied before and after
    return {"REDIS_URL": REDIS_LOCATION}


@pytest.fixture
def processes(tmp_path):
    running = ProjectProcesses(tmp_path / "server.log")
    yield running
    running.stop()


def read(base: str, path: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(base + path, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_a_duo_import_in_another_process_shows_in_the_next_request(
    tmp_path, shared_redis, processes
):
    RegionFactory(code="PO2899", name="Oude naam")
    database = database_url(tmp_path)
    base = processes.start(database, env=shared_redis, worker=False)
    for _ in range(3):  # the first answers are cached, the next come from the caches
        status, region = read(base, "/api/v1/regions/PO2899/")
        assert (status, region["name"]) == (200, "Oude naam")
        assert read(base, "/api/v1/regions/PO9999/")[0] == 404
        assert read(base, "/api/v1/items/?region=PO9999")[0] == 404

    rows = region_row("PO2899", "Nieuwe naam"), region_row("PO9999", "Nieuw samenwerkingsverband")
    processes.manage(
        database, "import_duo", "regions", regions_file(tmp_path, *rows), env=shared_redis
    )

    assert read(base, "/api/v1/regions/PO2899/")[1]["name"] == "Nieuwe naam"
    status, region = read(base, "/api/v1/regions/PO9999/")
    assert (status, region["name"]) == (200, "Nieuw samenwerkingsverband")
    status, items = read(base, "/api/v1/items/?region=PO9999")
    # The national texts, as for the other SWV (whatever else the database holds).
    national = read(base, "/api/v1/items/?region=PO2899")[1]["count"]
    assert (status, items["count"]) == (200, national)
