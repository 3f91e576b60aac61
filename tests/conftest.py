import importlib
import io

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command

from cms.delivery.api.caching import forget_local_state
from content_models.groups import FINAL_EDITORS, NATIONAL_EDITORS
from content_models.models import Region

from .factories import RegionFactory

DEMO_PASSWORD = "demo-wachtwoord"
DEMO_REGION = "PO2001"


def runs_transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return bool(marker and marker.kwargs.get("transaction")) or "transactional_db" in fixtures


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests in the order the database allows them to share it.

    First the tests on an empty database, then those on the demo (committed once,
    each test rolls back), then the transactional tests (their flush empties the
    database), and last the browser tests on the demo site (committed again, kept).
    The sort is stable and pytest-xdist hands each worker its tests in this order.
    """

    def group(item: pytest.Item) -> int:
        fixtures = getattr(item, "fixturenames", ())
        if "demo_site" in fixtures:
            return 3
        if runs_transactional(item):
            return 2
        return 1 if "demo" in fixtures else 0

    items.sort(key=group)


class DemoDatabase:
    """The demo of ``make run``, loaded into the test database once per session.

    A test that changes it rolls back; a transactional test empties the database,
    and the next test that wants the demo loads it again.
    """

    def __init__(self, django_db_blocker) -> None:
        self.blocker = django_db_blocker
        self.output = ""

    def ensure(self) -> None:
        from content_models.models import Audience

        with self.blocker.unblock():
            if not Audience.objects.exists():  # emptied by a transactional test's flush
                rebuild_reference_data()
            if not Region.objects.filter(code=DEMO_REGION, is_example=True).exists():
                out = io.StringIO()
                call_command("load_demo", "--users", "--password", DEMO_PASSWORD, stdout=out)
                self.output = out.getvalue()


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker) -> DemoDatabase:
    """Session scoped, so it loads before any test opens its transaction."""
    database = DemoDatabase(django_db_blocker)
    database.ensure()
    return database


@pytest.fixture
def demo(demo_database: DemoDatabase, db) -> Region:
    """The demo content and accounts (password ``DEMO_PASSWORD``); its first example SWV."""
    demo_database.ensure()  # after a transactional test emptied the database
    return Region.objects.get(code=DEMO_REGION)


@pytest.fixture
def demo_output(demo: Region, demo_database: DemoDatabase) -> str:
    """What ``load_demo --users`` printed."""
    return demo_database.output


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached responses and this process's memos outlive a rolled-back transaction."""
    cache.clear()
    forget_local_state(setting="CACHES")
    yield
    cache.clear()


@pytest.fixture
def region_a(db):
    return RegionFactory(code="PO9901", name="Samenwerkingsverband A")


@pytest.fixture
def region_b(db):
    return RegionFactory(code="VO9902", name="Samenwerkingsverband B")


@pytest.fixture
def make_user(db, django_user_model):
    def make(username: str, *groups: str, superuser: bool = False):
        user = django_user_model.objects.create_user(
            username=username, password="wachtwoord", is_superuser=superuser, is_staff=superuser
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        return user

    return make


@pytest.fixture
def editors(make_user, region_a, region_b):
    """One user per editorial role."""
    return {
        "superuser": make_user("beheerder", superuser=True),
        "final": make_user("eindredacteur", FINAL_EDITORS),
        "national": make_user("landelijk", NATIONAL_EDITORS),
        "regional_a": make_user("regio-a", region_a.editor_group.name),
        "regional_b": make_user("regio-b", region_b.editor_group.name),
    }


def rebuild_reference_data() -> None:
    """What migrations and post_migrate put in an empty database: the default locale,
    the audiences, the default workflow, permissions (with wagtail-localize's
    permission to start a translation) and groups.

    A transactional test (live server, threads) ends with a flush that empties every
    table; the next one starts from this again.
    """
    from django.apps import apps
    from django.conf import settings
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for module, function in (
        ("content_models.migrations.0002_audiences", "create_audiences"),
        ("workflows.migrations.0002_default_workflow", "create_default_workflow"),
        ("workflows.migrations.0004_final_editing_task", "use_final_editing_task"),
        # A permission made by a migration, not by post_migrate: editors may start translations.
        (
            "wagtail_localize.migrations.0006_create_submit_translation_permission",
            "create_submit_translation_permission",
        ),
    ):
        getattr(importlib.import_module(module), function)(apps, None)
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")


@pytest.fixture(autouse=True)
def reference_data_after_flush(request):
    if runs_transactional(request.node):
        request.getfixturevalue("transactional_db")
        from content_models.models import Audience

        # The flush re-emits post_migrate (locales, groups), but not the data migrations.
        if not Audience.objects.exists():
            rebuild_reference_data()


@pytest.fixture
def get_json(client):
    """GET an API URL and return its JSON, checking the status and the content type."""

    def get(url: str, status: int = 200, **headers) -> dict:
        response = client.get(url, headers=headers)
        assert response.status_code == status, response.content[:500]
        assert response["Content-Type"].startswith("application/json")
        return response.json()

    return get


@pytest.fixture
def run_background_tasks(monkeypatch):
    """Work through the "background" queue now, as ``db_worker`` does, inside the test.

    The worker closes "old" connections between tasks; in a test that is the
    connection that holds the test's transaction, so it stays open here.
    """
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run() -> None:
        call_command(
            "db_worker",
            "--batch",
            "--backend=background",
            "--queue-name=*",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )

    return run
