"""'Was dit nuttig?': anonymous, validated and rate limited."""

import json

import pytest

from cms.signaleren.models import Feedback
from tests.factories import InformationItemFactory

pytestmark = pytest.mark.django_db


def post(client, payload: dict, **extra):
    return client.post(
        "/api/v1/feedback/", json.dumps(payload), content_type="application/json", **extra
    )


def test_feedback_is_stored_without_anything_personal(client, region_a):
    InformationItemFactory(slug="artikel", publish=True)
    response = post(
        client,
        {"item": "artikel", "helpful": False, "comment": " Te moeilijk. ", "region": "PO9901"},
        REMOTE_ADDR="203.0.113.9",
        HTTP_USER_AGENT="Mozilla/5.0 test",
        HTTP_COOKIE="sessionid=cookie-of-the-reader",
    )
    assert response.status_code == 202
    assert response.json()["status"] == "accepted"
    assert "Set-Cookie" not in response
    feedback = Feedback.objects.get()
    assert (feedback.item_slug, feedback.helpful, feedback.comment) == (
        "artikel",
        False,
        "Te moeilijk.",
    )
    assert feedback.region_code == "PO9901" and feedback.locale == "nl"
    stored = json.dumps([str(getattr(feedback, f.attname)) for f in Feedback._meta.fields])
    # A value that cannot turn up by chance in a stored UUID (the item's key).
    assert "203.0.113" not in stored and "Mozilla" not in stored
    assert "cookie-of-the-reader" not in stored
    assert {f.name for f in Feedback._meta.fields} == {
        "id",
        "date",
        "kind",
        "item_slug",
        "item_key",
        "region_code",
        "locale",
        "helpful",
        "comment",
    }


def test_feedback_on_a_draft_or_unknown_item_is_refused(client):
    InformationItemFactory(slug="concept")
    for slug in ("concept", "bestaat-niet"):
        response = post(client, {"item": slug, "helpful": True})
        assert response.status_code == 404
        assert response.json()["error"]["field"] == "item"
    assert not Feedback.objects.exists()


def test_feedback_is_rate_limited_per_client(client, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_MINUTE = 2
    InformationItemFactory(slug="artikel", publish=True)
    statuses = [
        post(client, {"item": "artikel", "helpful": True}, REMOTE_ADDR="198.51.100.1").status_code
        for _ in range(3)
    ]
    assert statuses == [202, 202, 429]
    other = post(client, {"item": "artikel", "helpful": True}, REMOTE_ADDR="198.51.100.2")
    assert other.status_code == 202
    assert Feedback.objects.count() == 3
