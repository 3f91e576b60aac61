"""'Was dit nuttig?' on a route or an organisation, not only on an article."""

import json

import pytest

from cms.signaleren.models import Feedback, FeedbackKind, UsageCount
from tests.factories import (
    InformationItemFactory,
    OrganisationFactory,
    RouteFactory,
)

pytestmark = pytest.mark.django_db


def post(client, payload: dict):
    return client.post("/api/v1/feedback/", json.dumps(payload), content_type="application/json")


@pytest.mark.parametrize(
    ("factory", "kind"),
    [(RouteFactory, FeedbackKind.ROUTE), (OrganisationFactory, FeedbackKind.ORGANISATION)],
)
def test_feedback_on_a_route_or_organisation(client, region_a, factory, kind):
    obj = factory(slug="samen-zoeken", publish=True)
    payload = {"item": "samen-zoeken", "type": kind, "helpful": True, "region": region_a.code}
    response = post(client, payload)
    assert response.status_code == 202, response.content
    feedback = Feedback.objects.get()
    assert (feedback.kind, feedback.item_slug, feedback.item_key) == (
        kind,
        "samen-zoeken",
        obj.translation_key,
    )
    # Counted for the report apart from an article with the same slug.
    assert UsageCount.objects.get().item_slug == f"{kind}:samen-zoeken"


def test_an_article_is_still_the_default_and_slugs_do_not_mix(client, region_a):
    InformationItemFactory(slug="gedeeld", publish=True)
    RouteFactory(slug="gedeeld", publish=True)
    answer = {"item": "gedeeld", "region": region_a.code}
    assert post(client, {**answer, "helpful": False}).status_code == 202
    assert post(client, {**answer, "type": "route", "helpful": True}).status_code == 202
    assert sorted(Feedback.objects.values_list("kind", "helpful")) == [
        ("item", False),
        ("route", True),
    ]
    assert sorted(UsageCount.objects.values_list("item_slug", flat=True)) == [
        "gedeeld",
        "route:gedeeld",
    ]


def test_a_draft_route_unknown_organisation_or_unknown_type_is_refused(client):
    RouteFactory(slug="concept-route")
    draft = post(client, {"item": "concept-route", "type": "route", "helpful": True})
    assert draft.status_code == 404
    assert draft.json()["error"]["message"] == "Er is geen gepubliceerde route ‘concept-route’."
    unknown = post(client, {"item": "nergens", "type": "organisation", "helpful": True})
    assert unknown.status_code == 404 and unknown.json()["error"]["field"] == "item"
    wrong = post(client, {"item": "nergens", "type": "school", "helpful": True})
    assert wrong.status_code == 400
    assert wrong.json()["error"]["message"].startswith("Het soort ‘school’ kennen we niet.")
    assert not Feedback.objects.exists()
