"""Security headers, framing rules and admin login throttling, over real HTTP."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from content_models.publishing import publishing_allowed
from tests.factories import InformationItemFactory

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split(" ", 1)[1] for part in header.split("; ")}


def test_the_iframe_pages_allow_only_their_own_scripts_and_any_framing(client, demo):
    for response in (
        client.get("/embed/region/PO2001/"),
        client.get("/embed/school/ZZZZ99/"),  # the friendly error page too
    ):
        policy = directives(response)
        assert policy["default-src"] == "'self'"
        assert policy["frame-ancestors"] == "*"
        assert policy["object-src"] == "'none'" and policy["base-uri"] == "'none'"
        assert "X-Frame-Options" not in response
        assert response["X-Content-Type-Options"] == "nosniff"


def test_the_review_page_may_not_be_framed(client):
    response = client.get(reverse("panel_review", args=["niet-geldig"]))
    assert response.status_code in (400, 403, 404)
    assert directives(response)["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_the_api_says_nosniff_and_has_no_page_policy(client, demo):
    response = client.get("/api/v1/regions/PO2001/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" not in response


def test_hsts_on_secure_requests_only(client, settings, demo):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    secure = client.get("/api/v1/regions/PO2001/", secure=True)
    assert secure["Strict-Transport-Security"] == "max-age=31536000"
    assert "Strict-Transport-Security" not in client.get("/api/v1/regions/PO2001/")


def test_admin_login_is_locked_after_five_wrong_passwords(client, django_user_model, settings):
    cache.clear()
    django_user_model.objects.create_superuser("beheer", "b@voorbeeld.example", "juist-wachtwoord")
    login = reverse("wagtailadmin_login")
    for attempt in range(1, settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(login, {"username": "beheer", "password": "fout"})
        # The form again with an error, until the last allowed attempt locks the name.
        assert response.status_code == (429 if attempt == settings.AXES_FAILURE_LIMIT else 200)
    response = client.post(login, {"username": "beheer", "password": "juist-wachtwoord"})
    assert response.status_code == 429
    assert "Te vaak een verkeerd wachtwoord" in response.content.decode()
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # not logged in
    # Another username is not affected: the lock is per username, not per address.
    django_user_model.objects.create_superuser("ander", "a@voorbeeld.example", "ook-juist")
    assert client.post(login, {"username": "ander", "password": "ook-juist"}).status_code == 302


HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>\"'>"


def test_hostile_text_is_escaped_everywhere_it_is_shown(client, demo):
    """An editor's (or attacker's) markup in plain fields and a reader's query never run."""
    item = InformationItemFactory(slug="aanval", title=HOSTILE, summary=HOSTILE)
    with publishing_allowed("tests"):
        item.save_revision().publish()
    cache.clear()
    pages = [
        client.get("/embed/region/PO2001/"),
        client.get("/embed/region/PO2001/?item=aanval"),
        client.get("/embed/region/PO2001/", {"q": HOSTILE}),
    ]
    for page in pages:
        html = page.content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    found = client.get("/api/v1/search/", {"q": "alert script", "region": "PO2001"}).json()
    for hit in found["results"]:
        assert "<script" not in hit["highlight"] and "<img" not in hit["highlight"]
    detail = client.get("/api/v1/items/aanval/?region=PO2001").json()
    assert detail["title"] == HOSTILE  # JSON carries the text; the widget escapes it
    assert "<script" not in detail["html"]
