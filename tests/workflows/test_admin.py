"""What editors and coordinators see in the admin: panel progress, heat map, members,
and the readability override with a written reason."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, WorkflowState

from workflows.models import PanelMember, PanelReviewTaskState
from workflows.panel.heatmap import heat_map, marked_counts

from .test_workflow import (
    HARD,
    PLAIN,
    answer,
    article_data,
    current_state,
    login,
    submit,
)

pytestmark = pytest.mark.django_db


def test_heat_map_counts_each_member_once():
    class Answer:
        def __init__(self, *words):
            self.hard_words = [{"text": w} for w in words]

    answers = [Answer("TLV", "tlv", "moeilijke zin"), Answer("TLV"), Answer()]
    assert marked_counts(answers) == {"tlv": 2, "moeilijke": 1, "zin": 1}
    pieces = heat_map("De TLV is een zin.", answers)
    assert ("TLV", 2, 2) in pieces and ("zin", 1, 1) in pieces and ("De", 0, 0) in pieces


def test_editors_see_invitations_answers_and_the_heat_map(client, demo, item_url, links):
    login(client, "po2001")
    item = submit(client, item_url, article_data(demo, summary=PLAIN, audiences=["ouders"]))
    client.logout()
    first, second = links()[:2]
    answer(client, first, marked='["steunpunt", "mailen"]', comment="Heel duidelijk.")
    answer(client, second, marked='["steunpunt"]')
    login(client, "po2001")
    html = client.get(item_url("edit", item.pk)).content.decode()
    state = PanelReviewTaskState.objects.filter(task__name="Ouderpanel").latest("pk")
    for invitation in state.invitations.select_related("member"):
        assert invitation.member.pseudonym in html
    assert "2 van de 3 goedkeuringen binnen" in html
    assert "Heel duidelijk." in html
    assert (
        '<mark class="pi-heat pi-heat--2" title="2 panelleden vonden dit moeilijk">steunpunt</mark>'
        in html
    )


def test_coordinators_manage_panel_members(client, make_user, region_a):
    coordinator = make_user("coordinator", "Panelcoördinatie")
    client.force_login(coordinator)
    form = client.get(reverse("panel_members:add")).context["form"]
    dutch, arabic = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="ar")
    assert form.initial["languages"] == [dutch.pk]
    response = client.post(
        reverse("panel_members:add"),
        {"pseudonym": "Zonnebloem", "email": "z@voorbeeld.example", "panel": "jongeren",
         "regions": [region_a.pk], "languages": [dutch.pk, arabic.pk], "active": "on"},
    )  # fmt: skip
    assert response.status_code == 302
    member = PanelMember.objects.get(pseudonym="Zonnebloem")
    assert list(member.regions.all()) == [region_a]
    assert member.language_codes == "ar, nl"
    assert b"Zonnebloem" in client.get(reverse("panel_members:index")).content


def test_editors_cannot_manage_panel_members(client, editors):
    client.force_login(editors["regional_a"])
    response = client.get(reverse("panel_members:index"))
    assert response.status_code in (302, 403)


def test_the_readability_check_can_be_overridden_only_with_a_reason(client, demo, item_url):
    login(client, "po2001")
    item = submit(client, item_url, article_data(demo, summary=HARD, audiences=["ouders"]))
    state = current_state(item)
    url = reverse("readability_override", args=["informationitem", item.pk])
    assert client.get(url).status_code in (302, 403), "regional editors may not override"

    login(client, "eindredactie")
    assert url in client.get(item_url("edit", item.pk)).content.decode()
    short = client.post(url, {"reason": "kort"})
    assert short.status_code == 200
    assert "Waarom mag deze tekst toch door?" in short.content.decode()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    reason = "Het woord arrangement is nodig: zo heet het in de brief van de school."
    assert client.post(url, {"reason": reason}).status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    check = state.task_states.filter(task__name="Leesbaarheidscheck").order_by("-pk").first()
    assert check.status == "approved" and reason in check.comment
    assert check.finished_by == get_user_model().objects.get(username="eindredactie")
    assert state.current_task_state.task.name == "Ouderpanel"


def test_the_final_approval_says_it_was_published(client, demo, item_url, links):
    """Not Wagtail's general "bijgewerkt": the editor reads what the step did."""
    login(client, "po2001")
    data = article_data(demo, summary=PLAIN, audiences=["ouders"])
    item = submit(client, item_url, data)
    client.logout()
    for link in links()[:3]:
        answer(client, link)
    assert current_state(item).current_task_state.task.name == "Eindredactie"
    login(client, "eindredactie")
    response = client.post(
        item_url("edit", item.pk),
        {**data, "action-workflow-action": "1", "workflow-action-name": "approve"},
        follow=True,
    )
    item.refresh_from_db()
    assert item.live
    shown = [str(message) for message in response.context["messages"]]
    assert len(shown) == 1
    assert shown[0].startswith(f"Goedgekeurd en gepubliceerd: ‘{item.title}’ staat nu online.")
