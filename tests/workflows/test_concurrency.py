"""Twenty panel answers at the same moment: the quorum is reached once, nobody sees a 500.

On PostgreSQL the answers race inside this process (threads, each with its own
connection). On SQLite they race against the set-up ``make run`` starts: the
development server and the background worker on one database file, while API
reads write usage counts to that same file.
"""

import html
import http.cookiejar
import re
import sqlite3
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client
from wagtail.models import TaskState, Workflow

from workflows.models import PanelInvitation, PanelReviewTaskState
from workflows.panel.tokens import make_token

from ..factories import InformationItemFactory
from ..processes import ProjectProcesses, copy_sqlite
from .conftest import make_panel_members

LINKS, PER_LINK = 5, 4  # 20 answers: every link answered four times at once
CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def open_panel_round(region) -> PanelReviewTaskState:
    """A regional article waiting for five parents (quorum three)."""
    make_panel_members(region, panels=["ouders"], count=LINKS)
    item = InformationItemFactory(
        region=region, summary="Nieuws voor ouders. Lees het hier.", audiences=["ouders"]
    )
    item.save_revision()
    state = Workflow.objects.get(name="Validatie").start(item, None)
    # The demo's texts went through panel rounds of their own.
    return PanelReviewTaskState.objects.get(workflow_state=state, task__name="Ouderpanel")


def review_paths(state: PanelReviewTaskState) -> list[str]:
    return [f"/review/{make_token(i)}/" for i in state.invitations.order_by("pk")]


def answer_form(page: str) -> dict:
    token = html.unescape(CSRF_RE.search(page).group(1))
    return {"csrfmiddlewaretoken": token, "clarity": "ja", "decision": "approve", "marked": "[]"}


def race(calls: list) -> list[int]:
    """Run the calls at the same moment; their HTTP statuses."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        barrier.wait()
        try:
            return call()
        finally:
            connection.close()

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite: see the test below")
def test_twenty_answers_at_once_on_postgresql(region_a):
    state = open_panel_round(region_a)
    calls = []
    for path in review_paths(state):
        for _ in range(PER_LINK):
            client = Client(enforce_csrf_checks=True)
            form = answer_form(client.get(path).content.decode())

            def post(client=client, path=path, form=form):
                return client.post(path, form).status_code

            calls.append(post)
    statuses = Counter(race(calls))

    assert set(statuses) <= {200, 409}, statuses
    assert_one_quorum_transition(state.workflow_state_id, statuses)


def assert_one_quorum_transition(workflow_state_id: int, statuses: Counter) -> None:
    answered = PanelInvitation.objects.filter(task_state__workflow_state=workflow_state_id)
    recorded = answered.exclude(answered_at=None).count()
    assert statuses[200] == recorded >= 3, statuses
    rounds = TaskState.objects.filter(workflow_state=workflow_state_id)
    assert rounds.filter(task__name="Ouderpanel", status="approved").count() == 1
    assert rounds.filter(task__name="Eindredactie").count() == 1


@pytest.fixture
def sqlite_file(tmp_path):
    """The test database copied to a file, as ``make run`` has it."""
    return lambda: copy_sqlite(tmp_path / "db.sqlite3")


@pytest.fixture
def make_run_server(tmp_path):
    """``make run``'s processes on a database file: the web server and the background worker."""
    processes = ProjectProcesses(tmp_path / "server.log")
    yield lambda database: processes.start(f"sqlite:///{database}")
    processes.stop()


def browser(base: str, path: str):
    """A panel member's browser: open the review page, then post the answer with its cookie."""
    cookies = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    form = answer_form(opener.open(base + path, timeout=30).read().decode())

    def post() -> int:
        data = urllib.parse.urlencode(form).encode()
        request = urllib.request.Request(base + path, data=data, headers={"Referer": base + path})
        try:
            return opener.open(request, timeout=60).status
        except urllib.error.HTTPError as error:
            return error.code

    return post


def api_read(base: str, region: str):
    def get() -> int:
        try:
            url = f"{base}/api/v1/items/?region={region}&zz={time.monotonic_ns()}"
            return urllib.request.urlopen(url, timeout=60).status
        except urllib.error.HTTPError as error:
            return error.code

    return get


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the make run set-up is SQLite")
def test_twenty_answers_at_once_on_the_make_run_sqlite_file(region_a, sqlite_file, make_run_server):
    state = open_panel_round(region_a)
    paths = review_paths(state)
    database = sqlite_file()
    base = make_run_server(database)

    answers = [browser(base, path) for path in paths for _ in range(PER_LINK)]
    reads = [api_read(base, region_a.code) for _ in range(10)]
    statuses = race([*answers, *reads])

    answer_statuses = Counter(statuses[: len(answers)])
    assert set(answer_statuses) <= {200, 409}, answer_statuses
    assert set(statuses[len(answers) :]) == {200}
    with sqlite3.connect(database) as db:
        recorded = db.execute(
            "SELECT count(*) FROM workflows_panelinvitation"
            " WHERE answered_at IS NOT NULL AND task_state_id = ?",
            [state.pk],
        ).fetchone()[0]
        approved = db.execute(
            "SELECT t.name, count(*) FROM wagtailcore_taskstate s JOIN wagtailcore_task t"
            " ON t.id = s.task_id WHERE s.workflow_state_id = ? GROUP BY t.name, s.status"
            " HAVING t.name = 'Eindredactie' OR s.status = 'approved'",
            [state.workflow_state_id],
        ).fetchall()
    assert answer_statuses[200] == recorded >= 3, answer_statuses
    expected = {"Leesbaarheidscheck": 1, "Ouderpanel": 1, "Jongerenpanel": 1, "Eindredactie": 1}
    assert dict(approved) == expected
