"""The demo set that ``make run`` loads: complete, published, idempotent, browsable."""

import io

import pytest
from django.core.management import call_command
from django.http import HttpRequest
from django.urls import reverse

from content_models.models import (
    REVIEWED_MODELS,
    GlossaryTerm,
    InformationItem,
    Organisation,
    PostcodeArea,
    Region,
    Route,
    School,
    Topic,
)

from ..conftest import DEMO_PASSWORD
from .forms import form_data


def log_in_as_admin(client) -> bool:
    """With the printed demo password (django-axes wants the request to count attempts)."""
    return client.login(request=HttpRequest(), username="admin", password=DEMO_PASSWORD)


pytestmark = pytest.mark.django_db


def test_demo_has_the_national_set(demo):
    assert Organisation.objects.filter(region=None).count() >= 15
    assert GlossaryTerm.objects.count() >= 20
    assert {"TLV", "OPP", "SOP", "OPR"} <= set(
        GlossaryTerm.objects.values_list("abbreviation", flat=True)
    )
    article = InformationItem.objects.get(
        slug="wat-is-een-samenwerkingsverband", locale__language_code="nl"
    )
    assert {t.slug for t in Topic.objects.get(slug="samenwerkingsverband").topics.all()} == {
        "ondersteuningsplan", "zorgplicht", "opp", "extra-ondersteuning", "opr",
    }  # fmt: skip
    assert {b.block_type for b in article.body} >= {
        "paragraph",
        "heading",
        "steps",
        "tip",
        "contact_card",
    }
    route = Route.objects.get(slug="waar-kan-je-terecht", locale__language_code="nl")
    assert route.steps.count() == 9
    assert route.steps.first().title == "Praat met de school"
    assert InformationItem.objects.filter(audiences__slug="jongeren").count() >= 3


def test_demo_has_two_example_regions_with_supplements(demo):
    regions = Region.objects.filter(is_example=True)
    assert sorted(r.code for r in regions) == ["PO2001", "VO2708"]
    for region in regions:
        supplemented = InformationItem.objects.filter(region=region)
        assert {item.supplement_to.slug for item in supplemented} == {
            "wat-is-een-samenwerkingsverband", "leerlingenvervoer", "ziek-en-toch-naar-school",
        }  # fmt: skip
        route = Route.objects.get(region=region)
        assert route.supplement_to.slug == "waar-kan-je-terecht"
        assert all(step.insert_after is not None for step in route.steps.all())
        assert Organisation.objects.filter(region=region).count() == 5
    assert School.objects.get(brin="02QZ", vestiging="00").po_region.code == "PO2001"
    assert PostcodeArea.objects.filter(po_region__code="PO2001").exists()


def test_all_demo_content_is_published_with_a_revision(demo):
    for model in REVIEWED_MODELS:
        assert model.objects.exists(), model
        assert not model.objects.filter(live=False).exists(), model
        assert not model.objects.filter(live_revision=None).exists(), model


def test_demo_content_went_through_the_workflow_not_around_it(demo):
    from wagtail.models import ModelLogEntry, WorkflowState

    from content_models.publishing import FORCE_PUBLISH_ACTION
    from workflows.models import PanelInvitation
    from workflows.provenance import live_coverage

    assert not ModelLogEntry.objects.filter(action=FORCE_PUBLISH_ACTION).exists()
    for model in REVIEWED_MODELS:
        for obj in model.objects.all():
            assert live_coverage(obj) is not None, obj
    assert not WorkflowState.objects.exclude(status=WorkflowState.STATUS_APPROVED).exists()
    # Members answered as on the review page, and only until the quorum.
    answered = PanelInvitation.objects.exclude(answered_at=None)
    assert answered.exists()
    assert set(answered.values_list("decision", flat=True)) == {PanelInvitation.APPROVE}
    assert all(i.task_state.approvals == 3 for i in answered.select_related("task_state"))


def test_load_demo_is_idempotent(demo):
    counts = {m: m.objects.count() for m in (*REVIEWED_MODELS, Region, School, PostcodeArea)}
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "0 nieuwe items" in out.getvalue()
    assert counts == {m: m.objects.count() for m in counts}


def test_demo_prints_logins_that_work(demo_output, client):
    assert "admin" in demo_output and DEMO_PASSWORD in demo_output
    assert log_in_as_admin(client)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_demo_links_name_the_address_the_server_runs_on(demo_output):
    assert "Inloggen op http://127.0.0.1:8000/admin/" in demo_output
    out = io.StringIO()
    call_command("load_demo", "--users", "--url", "http://0.0.0.0:9000/", stdout=out)
    assert "Inloggen op http://0.0.0.0:9000/admin/" in out.getvalue()
    assert "API en documentatie:  http://0.0.0.0:9000/api/v1/docs/" in out.getvalue()


@pytest.mark.parametrize("model", REVIEWED_MODELS, ids=lambda m: m.__name__)
def test_admin_list_edit_and_preview_render_for_every_model(demo, client, model):
    log_in_as_admin(client)
    viewset = model.snippet_viewset
    response = client.get(reverse(viewset.get_url_name("list")))
    assert response.status_code == 200
    obj = model.objects.first()
    assert client.get(reverse(viewset.get_url_name("edit"), args=[obj.pk])).status_code == 200
    preview_url = reverse(viewset.get_url_name("preview_on_edit"), args=[obj.pk])
    data = form_data(model, slug=obj.slug)
    assert client.post(preview_url, data).json()["is_valid"]
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert preview["Content-Type"].startswith("text/html")
    assert b'<html lang="nl"' in preview.content


def test_admin_filters_by_region_audience_and_overdue_review(demo, client):
    log_in_as_admin(client)
    url = reverse(InformationItem.snippet_viewset.get_url_name("list"))
    region = Region.objects.get(code="PO2001")
    listed = client.get(url, {"region": region.pk}).context["object_list"]
    assert [item.region for item in listed] == [region] * 3
    national = client.get(url, {"region": "null"}).context["object_list"]
    assert national and all(item.region is None for item in national)
    jongeren = client.get(url, {"audiences": 2}).context["object_list"]
    assert jongeren and all("jongeren" in [a.slug for a in i.audiences.all()] for i in jongeren)
    InformationItem.objects.filter(slug="zorgplicht").update(review_by="2020-01-01")
    overdue = client.get(url, {"review_overdue": "true"}).context["object_list"]
    assert [item.slug for item in overdue] == ["zorgplicht"]
    found = client.get(url, {"q": "samenwerkingsverband"}).context["object_list"]
    assert "wat-is-een-samenwerkingsverband" in [item.slug for item in found]


def test_reference_data_admin_lists_regions_and_schools(demo, client):
    log_in_as_admin(client)
    assert b"PO2001" in client.get(reverse("regions:index")).content
    assert b"02QZ00" in client.get(reverse("schools:index")).content


def test_article_preview_shows_the_text_as_a_school_site_would(demo, client):
    log_in_as_admin(client)
    article = InformationItem.objects.get(
        slug="wat-is-een-samenwerkingsverband", locale__language_code="nl"
    )
    preview = client.get(
        reverse(InformationItem.snippet_viewset.get_url_name("revisions_view"),
                args=[article.pk, article.latest_revision_id])
    )  # fmt: skip
    html = preview.content.decode()
    assert "<h1>Wat is een samenwerkingsverband?</h1>" in html
    assert "Ouders &amp; Onderwijs" in html and 'href="tel:0886050101"' in html
    assert "<h2>Het ondersteuningsplan</h2>" in html
