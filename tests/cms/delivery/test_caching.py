"""Server-side cache: invalidated after commit by exactly what a response contains."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from cms.delivery.changes import AfterCommit
from content_models.publishing import publishing_allowed
from tests.factories import InformationItemFactory, SchoolFactory

pytestmark = pytest.mark.django_db


def publish(obj) -> None:
    with publishing_allowed("tests"):
        obj.save_revision().publish()


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_cached_response_needs_no_query(client):
    InformationItemFactory(slug="artikel", publish=True)
    assert queries(client, "/api/v1/items/artikel/") > 0
    assert queries(client, "/api/v1/items/artikel/") == 0


def test_publishing_invalidates_after_commit(client, django_capture_on_commit_callbacks):
    item = InformationItemFactory(slug="artikel", title="Oud", publish=True)
    assert client.get("/api/v1/items/artikel/").json()["title"] == "Oud"
    item.title = "Nieuw"
    with django_capture_on_commit_callbacks(execute=True):
        publish(item)
    assert client.get("/api/v1/items/artikel/").json()["title"] == "Nieuw"


def test_unpublishing_invalidates(client, django_capture_on_commit_callbacks):
    item = InformationItemFactory(slug="artikel", publish=True)
    assert client.get("/api/v1/items/").json()["count"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        item.unpublish()
    assert client.get("/api/v1/items/").json()["count"] == 0


def test_regional_publish_only_touches_that_region(
    client, region_a, region_b, django_capture_on_commit_callbacks
):
    InformationItemFactory(slug="landelijk", publish=True)
    url_a = f"/api/v1/items/?region={region_a.code}"
    url_b = f"/api/v1/items/?region={region_b.code}"
    client.get(url_a), client.get(url_b)
    with django_capture_on_commit_callbacks(execute=True):
        InformationItemFactory(slug="regionaal", region=region_a, publish=True)
    assert queries(client, url_b) == 0  # still served from the cache
    assert queries(client, url_a) > 0
    assert client.get(url_a).json()["count"] == 2


@pytest.mark.django_db(transaction=True)
def test_reference_data_changes_invalidate_once_per_transaction(client, region_a):
    """Real commits: an import of many rows ends with one invalidation."""
    school = SchoolFactory(brin="01AB", vestiging="00", po_region=region_a, name="Oude naam")
    assert client.get("/api/v1/schools/01AB00/").json()["name"] == "Oude naam"
    with transaction.atomic():
        school.name = "Nieuwe naam"
        school.save()
        SchoolFactory(brin="01AC", po_region=region_a)
        pending = transaction.get_connection().run_on_commit
        caches = [c for _, c, _ in pending if isinstance(c, AfterCommit) and c.name == "cache"]
        assert len(caches) == 1
    assert client.get("/api/v1/schools/01AB00/").json()["name"] == "Nieuwe naam"
