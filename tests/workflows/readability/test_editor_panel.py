"""The live "Leesbaarheid" panel: its JSON endpoint over HTTP and its place in the editor."""

import pytest
from django.urls import reverse

from content_models.models import InformationItem, Question

from ...content_models.forms import form_data
from ...factories import QuestionFactory

pytestmark = pytest.mark.django_db

HARD = (
    "Teneinde de ondersteuningsbehoefte adequaat te inventariseren, wordt middels een "
    "integrale analyse een arrangement geïmplementeerd."
)


def check_url(model, pk=None):
    args = [model._meta.app_label, model._meta.model_name] + ([pk] if pk else [])
    return reverse("readability_check", args=args)


def test_the_editor_shows_the_panel(client, editors):
    question = QuestionFactory()
    client.force_login(editors["national"])
    html = client.get(
        reverse(Question.snippet_viewset.get_url_name("edit"), args=[question.pk])
    ).content.decode()
    assert "data-pi-readability" in html
    assert check_url(Question, question.pk) in html
    add = client.get(reverse(Question.snippet_viewset.get_url_name("add"))).content.decode()
    assert check_url(Question) in add


def test_the_unsaved_form_is_analysed(client, editors):
    client.force_login(editors["national"])
    data = form_data(InformationItem, slug="nieuw", summary=HARD)
    response = client.post(check_url(InformationItem), data)
    assert response.status_code == 200
    report = response.json()
    assert report["is_valid"] and not report["meets_target"]
    assert HARD in report["text"]
    kinds = {f["kind"] for f in report["findings"]}
    assert {"formal_word", "passive"} <= kinds
    for finding in report["findings"]:
        assert report["text"][finding["start"] : finding["end"]] == finding["text"]


def test_audiences_in_the_form_set_the_target(client, editors):
    from content_models.models import Audience

    client.force_login(editors["national"])
    kinderen = str(Audience.objects.get(slug="kinderen").pk)
    data = form_data(Question, slug="vraag", audiences=[kinderen])
    assert client.post(check_url(Question), data).json()["target"] == "A2"


def test_other_regions_are_refused(client, editors, region_b):
    question = QuestionFactory(region=region_b)
    client.force_login(editors["regional_a"])
    response = client.post(check_url(Question, question.pk), form_data(Question, slug="x"))
    assert response.status_code == 403
    assert "error" in response.json()


def test_bad_requests_get_clear_answers(client, editors):
    client.force_login(editors["national"])
    assert client.get(check_url(Question)).status_code == 405
    assert client.post(reverse("readability_check", args=["auth", "user"])).status_code == 404
    incomplete = client.post(check_url(InformationItem), {"title": "Zonder stream"})
    assert incomplete.status_code == 200
    assert incomplete.json()["is_valid"] is False and incomplete.json()["errors"]


def test_missing_fields_are_named_as_in_the_form(client, editors):
    """The panel names a missing field by its label, also a group of boxes without one
    ``<label for>`` ("Doelgroepen", not "audiences")."""
    client.force_login(editors["national"])
    data = form_data(InformationItem, slug="nieuw")
    data.pop("audiences", None)
    report = client.post(check_url(InformationItem), data).json()
    assert not report["is_valid"] and "audiences" in report["errors"]
    assert report["labels"]["audiences"] == "Doelgroepen"


def test_anonymous_users_are_sent_to_the_login(client):
    response = client.post(check_url(Question), {})
    assert response.status_code == 302 and "/login/" in response.url
