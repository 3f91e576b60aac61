"""GET /api/v1/search/: the service over HTTP, and the count of searches that found nothing."""

import pytest

from search.models import ZeroResultQuery
from tests.factories import InformationItemFactory

pytestmark = pytest.mark.django_db


def test_search_endpoint(demo, client):
    data = client.get("/api/v1/search/?q=tlv+aanvragen&school=02QZ00").json()
    assert data["count"] >= 1 and data["query"] == "tlv aanvragen"
    first = data["results"][0]
    assert first["type"] == "item" and first["slug"] == "extra-ondersteuning-en-tlv"
    assert first["url"] == "/api/v1/items/extra-ondersteuning-en-tlv/?region=PO2001"
    assert "<mark>" in first["highlight"]
    organisations = client.get("/api/v1/search/?q=jeugdsteunpunt&region=PO2001&type=organisation")
    result = organisations.json()["results"][0]
    assert result["scope"] == "PO2001" and result["region"]["code"] == "PO2001"


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/v1/search/", "q"),
        ("/api/v1/search/?q=", "q"),
        ("/api/v1/search/?q=x&type=pagina", "type"),
        ("/api/v1/search/?q=x&audience=opa", "audience"),
        ("/api/v1/search/?q=x&page_size=500", "page_size"),
        ("/api/v1/search/?q=" + "x" * 300, "q"),
    ],
)
def test_bad_searches_are_400(client, url, field):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json()["error"]["field"] == field


def test_unpublished_content_is_never_found(client, run_background_tasks):
    InformationItemFactory(slug="concept", title="Geheimzinnig concept")
    run_background_tasks()
    assert client.get("/api/v1/search/?q=geheimzinnig").json()["count"] == 0


def test_searches_without_results_are_counted_anonymously(demo, client):
    for query in ("Zorgplcht!", "zorgplcht", "  ZORGPLCHT "):
        data = client.get("/api/v1/search/", {"q": query}, REMOTE_ADDR="203.0.113.5").json()
        assert data["count"] == 0 and data["suggestion"] == "zorgplicht"
    client.get("/api/v1/search/?q=zorgplicht")
    row = ZeroResultQuery.objects.get(query="zorgplcht")  # the demo has others
    assert (row.query, row.count, row.locale) == ("zorgplcht", 3, "nl")
    assert {f.name for f in ZeroResultQuery._meta.fields} == {
        "id",
        "date",
        "locale",
        "region_code",
        "query",
        "count",
    }
