"""Feedback only from our own pages and the sites that embed us, only as JSON
(issue 22, points 7 and 9)."""

import json

import pytest

from cms.signaleren.models import Feedback
from tests.factories import InformationItemFactory, SchoolFactory

pytestmark = pytest.mark.django_db

ANSWER = {"item": "artikel", "helpful": True, "comment": "Duidelijk."}


@pytest.fixture(autouse=True)
def item(db):
    return InformationItemFactory(slug="artikel", publish=True)


def post(client, body, content_type="application/json", **headers):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post("/api/v1/feedback/", data, content_type=content_type, headers=headers)


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "null", "https://school.example.evil.example", "x"]
)
def test_a_foreign_site_is_refused_and_nothing_is_stored(client, origin):
    SchoolFactory(website="https://school.example")
    response = post(client, ANSWER, Origin=origin)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    assert not Feedback.objects.exists()


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_only_json_is_accepted(client, content_type):
    response = post(client, ANSWER, content_type=content_type)
    assert response.status_code == 415
    response = post(client, ANSWER, content_type=content_type, Origin="https://evil.example")
    assert response.status_code in (403, 415)
    assert not Feedback.objects.exists()


def test_known_sites_and_clients_without_origin_may_send(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://steunpunt.example"]
    SchoolFactory(website="www.school.example")
    for origin in ("https://www.school.example", "https://steunpunt.example", "http://testserver"):
        assert post(client, ANSWER, Origin=origin).status_code == 202, origin
    assert post(client, ANSWER).status_code == 202
    assert Feedback.objects.count() == 4


def test_the_iframe_form_refuses_a_foreign_site(client):
    form = {**ANSWER, "helpful": "ja", "next": "/embed/region/PO2001/?item=artikel"}
    response = client.post("/embed/feedback/", form, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert not Feedback.objects.exists()
    response = client.post("/embed/feedback/", form, headers={"Origin": "http://testserver"})
    assert response.status_code == 302
    assert Feedback.objects.count() == 1


def test_broken_json_says_so(client):
    response = post(client, '{"item": "artikel", "helpful": tru')
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Het bericht is geen geldige JSON."
    assert not Feedback.objects.exists()


def test_a_nul_character_is_not_stored(client):
    assert post(client, {**ANSWER, "comment": "Goed\u0000 uitgelegd\u0007."}).status_code == 202
    assert Feedback.objects.get().comment == "Goed uitgelegd."
