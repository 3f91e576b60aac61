"""Signed preview links: the one door for drafts, for editors only, and it expires."""

import pytest
from django.urls import reverse

from cms.delivery.api.preview import preview_token
from tests.factories import InformationItemFactory, RouteFactory, RouteStepFactory

pytestmark = pytest.mark.django_db


def path_for(revision) -> str:
    return reverse("api-v1:preview", kwargs={"token": preview_token(revision)})


def test_a_preview_link_shows_the_draft_revision(client):
    item = InformationItemFactory(slug="artikel", title="Live titel", publish=True)
    item.title = "Concepttitel"
    revision = item.save_revision()
    response = client.get(path_for(revision))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    data = response.json()
    assert data["type"] == "item" and data["revision"] == revision.pk
    assert data["content"]["title"] == "Concepttitel"
    # Everything else still shows the live version.
    assert client.get("/api/v1/items/artikel/").json()["title"] == "Live titel"


def test_a_route_draft_preview_has_its_steps(client):
    route = RouteFactory(slug="route")
    RouteStepFactory(route=route, title="Bel de school")
    revision = route.save_revision()
    data = client.get(path_for(revision)).json()
    assert data["type"] == "route"
    assert [s["title"] for s in data["content"]["steps"]] == ["Bel de school"]


def test_tampered_and_expired_links_are_refused(client, settings):
    item = InformationItemFactory(slug="artikel")
    path = path_for(item.save_revision())
    tampered = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    assert client.get(tampered).status_code == 404
    settings.API_PREVIEW_MAX_AGE_HOURS = -1
    response = client.get(path)
    assert response.status_code == 404
    assert "verlopen" in response.json()["error"]["message"]


def test_editors_find_the_link_in_the_side_panel(client, editors):
    item = InformationItemFactory(slug="artikel")
    item.save_revision()
    client.force_login(editors["national"])
    url = reverse("wagtailsnippets_content_models_informationitem:edit", args=[item.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"/api/v1/preview/" in response.content
