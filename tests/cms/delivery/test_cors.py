"""CORS: open for reading, closed for POST except known and configured sites."""

import pytest

from tests.factories import SchoolFactory

pytestmark = pytest.mark.django_db


def preflight(client, origin: str, method: str):
    return client.options(
        "/api/v1/feedback/",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "content-type",
        },
    )


def test_any_site_may_read(client):
    response = client.get("/api/v1/regions/", headers={"Origin": "https://random.example"})
    assert response["Access-Control-Allow-Origin"] == "https://random.example"
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_unknown_sites_may_not_post(client):
    response = preflight(client, "https://random.example", "POST")
    assert "Access-Control-Allow-Origin" not in response


def test_school_websites_and_configured_origins_may_post(client, settings, region_a):
    SchoolFactory(website="https://www.deschool.example/", po_region=region_a)
    response = preflight(client, "https://www.deschool.example", "POST")
    assert response["Access-Control-Allow-Origin"] == "https://www.deschool.example"
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    response = preflight(client, "https://partner.example", "POST")
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"
