"""One entry point for changed content: every write path reaches the API, isolated effects."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from reversion.models import Revision

from cms.webhooks.models import Webhook, WebhookDelivery
from content_models.publishing import publishing_allowed
from tests.factories import InformationItemFactory, RegionFactory

pytestmark = pytest.mark.django_db

REGIONS_HEADER = "ADMINISTRATIENUMMER;SAMENWERKINGSVERBAND;ADRES;POSTCODE;PLAATSNAAM;INTERNETADRES"


@pytest.fixture
def import_duo(django_capture_on_commit_callbacks):
    """``manage.py import_duo`` with its arguments, committed."""

    def run(*args: str) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            call_command("import_duo", *args, stdout=io.StringIO(), verbosity=0)

    return run


def regions_file(tmp_path: Path, *rows: str) -> str:
    path = tmp_path / "regions.csv"
    path.write_text("\n".join([REGIONS_HEADER, *rows]) + "\n", encoding="utf-8")
    return str(path)


def region_row(code: str, name: str) -> str:
    return f"{code};{name};Hoofdstraat 1;9711 AA;Groningen;https://swv.example"


def test_a_duo_import_reaches_the_api(
    client, get_json, redis_cache, import_duo, tmp_path, django_capture_on_commit_callbacks
):
    """``bulk_update`` sends no signals: the importer says itself that content changed."""
    with django_capture_on_commit_callbacks(execute=True):
        RegionFactory(code="PO2001", name="Oude naam")
    assert get_json("/api/v1/regions/PO2001/")["name"] == "Oude naam"
    import_duo("regions", regions_file(tmp_path, region_row("PO2001", "Nieuwe naam")))
    assert get_json("/api/v1/regions/PO2001/")["name"] == "Nieuwe naam"

    import_duo("--revert", str(Revision.objects.latest("pk").pk))
    assert get_json("/api/v1/regions/PO2001/")["name"] == "Oude naam"


def test_a_code_asked_before_it_existed_is_found_after_the_import(
    client, get_json, redis_cache, import_duo, tmp_path
):
    get_json("/api/v1/regions/PO9999/", status=404)
    get_json("/api/v1/items/?region=PO9999", status=404)
    new_region = region_row("PO9999", "Nieuw samenwerkingsverband")
    import_duo("regions", regions_file(tmp_path, new_region))
    assert get_json("/api/v1/regions/PO9999/")["name"] == "Nieuw samenwerkingsverband"
    assert get_json("/api/v1/items/?region=PO9999")["count"] == 0


def publish(obj) -> None:
    with publishing_allowed("tests"):
        obj.save_revision().publish()


def test_redis_down_during_a_publish(
    client,
    get_json,
    flaky_redis,
    settings,
    django_capture_on_commit_callbacks,
    run_background_tasks,
):
    """The publish succeeds, the webhooks still go out, the cache catches up when Redis is back."""
    settings.CONTENT_CHANGED_RETRY_DELAYS = [0, 0]
    Webhook.objects.create(name="Site", url="http://127.0.0.1:9/hook")
    item = InformationItemFactory(slug="artikel", title="Oud", publish=True)
    assert get_json("/api/v1/items/artikel/")["title"] == "Oud"

    flaky_redis.cut()
    item.title = "Nieuw"
    with django_capture_on_commit_callbacks(execute=True):
        publish(item)  # no exception reaches the editor
    assert WebhookDelivery.objects.filter(event="published").count() == 1
    # Readers get an answer without the cache meanwhile, not an error.
    assert get_json("/api/v1/items/artikel/")["title"] == "Nieuw"

    flaky_redis.restore()
    assert get_json("/api/v1/items/artikel/")["title"] == "Oud"  # not invalidated yet
    run_background_tasks()  # the retry of the invalidation
    assert get_json("/api/v1/items/artikel/")["title"] == "Nieuw"


def test_rebuilding_the_stored_forms_makes_responses_fresh(
    client, get_json, django_capture_on_commit_callbacks
):
    item = InformationItemFactory(slug="artikel", title="Oud", publish=True)
    assert get_json("/api/v1/items/artikel/")["title"] == "Oud"
    type(item).objects.filter(pk=item.pk).update(title="Nieuw")  # a write without signals
    assert get_json("/api/v1/items/artikel/")["title"] == "Oud"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("rebuild_api_forms", "--all", stdout=io.StringIO())
    assert get_json("/api/v1/items/artikel/")["title"] == "Nieuw"
