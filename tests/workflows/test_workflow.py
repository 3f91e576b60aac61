"""The whole validation workflow, end to end over HTTP with the real database:
draft → readability → ouderpanel by personal link → (jongerenpanel) → eindredactie → live."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import TaskState, WorkflowState

from content_models.models import InformationItem
from workflows.models import PanelInvitation, PanelReviewTaskState, ReadabilityTaskState

from .conftest import article_data

pytestmark = pytest.mark.django_db

HARD = (
    "Teneinde de ondersteuningsbehoefte adequaat te inventariseren, wordt middels een "
    "integrale analyse conform de vigerende procedures een arrangement geïmplementeerd."
)
PLAIN = "Wat er in de regio nieuw is voor ouders. Lees het hier."


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def current_state(item) -> WorkflowState:
    return WorkflowState.objects.for_instance(item).order_by("-created_at").first()


def submit(client, item_url, data, item=None):
    url = item_url("edit", item.pk) if item else item_url("add")
    response = client.post(url, {**data, "action-submit": "1"})
    assert response.status_code == 302, response.context and response.context["form"].errors
    return item or InformationItem.objects.get(slug=data["slug"])


def answer(client, link, decision="approve", **fields):
    data = {"clarity": "ja", "decision": decision, "marked": "[]", **fields}
    return client.post(link, data)


def test_the_whole_flow_from_draft_to_live(client, demo, item_url, links):
    region = demo
    login(client, "po2001")

    # 1. A hard text is sent back by the readability check, with its report.
    item = submit(client, item_url, article_data(region, summary=HARD, audiences=["ouders"]))
    state = current_state(item)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    check = ReadabilityTaskState.objects.get(workflow_state=state)
    assert check.status == TaskState.STATUS_REJECTED
    assert "Nog niet leesbaar" in check.comment
    assert re.search(r"\(score -?\d+,\d\)", check.comment), check.comment  # Dutch decimals
    assert "‘Teneinde’: Ambtelijk of moeilijk woord. Beter: om" in check.comment
    history = client.get(item_url("workflow_history_detail", item.pk, state.pk)).content.decode()
    assert "Nog niet leesbaar genoeg" in history and "Teneinde" in history
    assert {"formal_word", "passive"} <= {f["kind"] for f in check.report["findings"]}
    assert mail.outbox == []

    # 2. The editor fixes the text and resubmits: readability passes, the ouderpanel is invited.
    submit(client, item_url, article_data(region, summary=PLAIN, audiences=["ouders"]), item)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    panel_state = PanelReviewTaskState.objects.get(workflow_state=state)
    assert panel_state.task.name == "Ouderpanel"
    invitations = panel_state.invitations.select_related("member")
    assert len(invitations) == 5
    assert all(region in i.member.regions.all() for i in invitations)
    assert len(mail.outbox) == 5 and mail.outbox[0].subject == "Wil je een tekst voor ons lezen?"
    review_links = links()

    # 3. Panel members read the draft on the review page and approve; the quorum is 3.
    client.logout()
    page = client.get(review_links[0])
    assert page.status_code == 200
    assert "Nieuw in de regio" in page.content.decode()
    assert page["Content-Security-Policy"].startswith("default-src 'self'")
    for link in review_links[:2]:
        assert answer(client, link).status_code == 200
        panel_state.refresh_from_db()
        assert panel_state.status == TaskState.STATUS_IN_PROGRESS
    response = answer(client, review_links[2], hard_words_text="arrangement", marked='["regio"]')
    assert "Dank je wel" in response.content.decode()
    panel_state.refresh_from_db()
    assert panel_state.status == TaskState.STATUS_APPROVED

    # 4. Not for jongeren: the jongerenpanel is skipped. The eindredactie has the last word.
    youth = PanelReviewTaskState.objects.get(workflow_state=state, task__name="Jongerenpanel")
    assert youth.status == TaskState.STATUS_APPROVED and "Overgeslagen" in youth.comment
    assert len(mail.outbox) == 5
    state.refresh_from_db()
    final = state.current_task_state
    assert final.task.name == "Eindredactie"
    item.refresh_from_db()
    assert not item.live

    # Later links of this round now show a friendly page and change nothing.
    assert client.get(review_links[3]).status_code == 409

    login(client, "eindredactie")
    response = client.post(
        item_url("workflow_action", item.pk, "approve", final.pk), {"comment": ""}
    )
    assert response.status_code in (200, 302)
    item.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert item.live
    assert item.live_revision == final.revision
    assert item.summary == PLAIN


def test_youth_content_goes_to_the_youth_panel_too(client, demo, item_url, links):
    login(client, "po2001")
    data = article_data(demo, summary=PLAIN, audiences=["ouders", "jongeren"])
    item = submit(client, item_url, data)
    state = current_state(item)
    client.logout()
    for link in links()[:3]:
        answer(client, link)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Jongerenpanel"
    youth = PanelReviewTaskState.objects.get(pk=state.current_task_state.pk)
    members = [i.member for i in youth.invitations.select_related("member")]
    assert len(members) == 5 and {m.panel for m in members} == {"jongeren"}
    assert len(mail.outbox) == 10


def test_a_request_for_changes_sends_it_back_with_all_comments(client, demo, item_url, links):
    login(client, "po2001")
    item = submit(client, item_url, article_data(demo, summary=PLAIN, audiences=["ouders"]))
    state = current_state(item)
    client.logout()
    first, second, third = links()[:3]
    answer(client, first, clarity="beetje", comment="Prima.")
    refused = answer(client, second, decision="changes", clarity="nee")
    assert refused.status_code == 400, "asking for changes needs a reason"
    assert "Vertel ons wat er beter moet" in refused.content.decode()
    answer(client, second, decision="changes", clarity="nee", comment="Wat is een steunpunt?",
           missing="Een telefoonnummer.", marked='["steunpunt"]')  # fmt: skip
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    comment = PanelReviewTaskState.objects.get(workflow_state=state).comment
    assert "Wat is een steunpunt?" in comment and "Een telefoonnummer." in comment
    assert "Moeilijk: steunpunt" in comment
    assert client.get(third).status_code == 409
    item.refresh_from_db()
    assert not item.live


def test_each_answer_counts_once(client, demo, item_url, links):
    login(client, "po2001")
    item = submit(client, item_url, article_data(demo, summary=PLAIN, audiences=["ouders"]))
    client.logout()
    link = links()[0]
    assert answer(client, link).status_code == 200
    replay = answer(client, link, decision="changes", comment="Toch niet.")
    assert replay.status_code == 409
    answered = PanelInvitation.objects.filter(
        task_state__workflow_state=current_state(item), answered_at__isnull=False
    )
    assert [invitation.decision for invitation in answered] == ["approve"]
    assert current_state(item).status == WorkflowState.STATUS_IN_PROGRESS


def test_regional_editors_cannot_approve_the_final_task(client, demo, item_url, links):
    login(client, "po2001")
    item = submit(client, item_url, article_data(demo, summary=PLAIN, audiences=["ouders"]))
    client.logout()
    for link in links()[:3]:
        answer(client, link)
    state = current_state(item)
    final = state.current_task_state
    assert final.task.name == "Eindredactie"
    login(client, "po2001")
    client.post(item_url("workflow_action", item.pk, "approve", final.pk), {"comment": ""})
    final.refresh_from_db()
    item.refresh_from_db()
    assert final.status == TaskState.STATUS_IN_PROGRESS
    assert not item.live


def test_a_review_link_shows_only_its_own_draft(client, demo, item_url, links):
    """A panel member sees the one draft they were invited for, nothing else."""
    login(client, "po2001")
    submit(client, item_url, article_data(demo, summary=PLAIN, audiences=["ouders"]))
    client.logout()
    page = client.get(links()[0]).content.decode()
    assert "Nieuw in de regio" in page
    assert "Wat is zorgplicht?" not in page
    assert client.get(item_url("list")).status_code == 302  # no admin for panel members
