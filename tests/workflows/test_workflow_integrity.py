"""Validation that cannot be walked around, through the admin and the review page.

The two ways the workflow used to publish text that not every step had approved:
a resubmission resumed at the step that asked for changes (the readability check
and the ouderpanel never saw the new text), and an edited resubmission after
eindredactie asked for changes published the old approved revision.
"""

import pytest
from django.core import mail
from wagtail.models import TaskState, WorkflowState

from content_models.models import InformationItem
from content_models.publishing import PublishNotAllowed, publishing_allowed
from workflows.models import PanelInvitation, ReadabilityTaskState

from .conftest import article_data, make_panel_members
from .test_workflow import answer, current_state, login

pytestmark = pytest.mark.django_db

PLAIN = "Wat er in de regio nieuw is voor ouders. Lees het hier."
PLAIN_AGAIN = "Nieuws uit de regio voor ouders en jongeren. Lees het hier rustig na."
PLAIN_FINAL = "Nieuws uit de regio. Lees hier wat er voor u en uw kind verandert."
JARGON = (
    "Het SWV stelt conform het SOP vast dat middels een TLV en een OPP de "
    "ondersteuningsbehoefte geïnventariseerd wordt, teneinde een arrangement te "
    "realiseren dat door het bevoegd gezag geïmplementeerd dient te worden."
)


@pytest.fixture
def panel_members(region_a):
    """Three parents and three young people who read for SWV A, in Dutch."""
    make_panel_members(region_a)


@pytest.fixture
def flow(client, item_url, links, editors, region_a, panel_members):
    """An article for ouders and jongeren, and the moves of its editor and readers."""

    class Flow:
        item = None

        def submit(self, summary: str):
            login(client, editors["regional_a"].username)
            data = article_data(region_a, summary=summary, audiences=["ouders", "jongeren"])
            response = client.post(
                item_url("edit", self.item.pk) if self.item else item_url("add"),
                {**data, "action-submit": "1"},
                follow=True,
            )
            assert response.status_code == 200
            self.item = self.item or InformationItem.objects.get(slug=data["slug"])
            return [str(m) for m in response.context["messages"]]

        def panel(self, decision: str = "approve", count: int = 3) -> None:
            client.logout()
            state = current_state(self.item).current_task_state.specific
            sent = [link for link in links() if link not in self.answered]
            assert len(sent) == state.invitations.count() == 3
            for link in sent[:count]:
                fields = {"comment": "Wat is een TLV?"} if decision == "changes" else {}
                assert answer(client, link, decision, **fields).status_code == 200
                self.answered.add(link)
            self.answered.update(sent)

        def edit_page(self, user) -> str:
            login(client, user.username)
            return client.get(item_url("edit", self.item.pk)).content.decode()

        def final(self, action: str) -> None:
            login(client, editors["final"].username)
            task_state = current_state(self.item).current_task_state
            assert task_state.task.name == "Eindredactie"
            url = item_url("workflow_action", self.item.pk, action, task_state.pk)
            assert client.post(url, {"comment": "Kan korter."}).status_code in (200, 302)

    flow = Flow()
    flow.answered = set()
    return flow


def test_changed_text_goes_back_to_the_readability_check_first(client, flow, item_url, get_json):
    flow.submit(PLAIN)
    flow.panel()  # the ouderpanel approves
    flow.panel("changes", count=1)  # the jongerenpanel asks for changes
    state = current_state(flow.item)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    invited = PanelInvitation.objects.count()

    messages = flow.submit(JARGON)

    state.refresh_from_db()
    flow.item.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    check = ReadabilityTaskState.objects.filter(workflow_state=state).latest("started_at")
    assert check.status == TaskState.STATUS_REJECTED
    assert check.revision == flow.item.get_latest_revision()
    assert check.comment.startswith(
        "Tekst gewijzigd: opnieuw naar de leesbaarheidscheck. "
        "Daarna lezen opnieuw: Ouderpanel, Jongerenpanel."
    )
    assert "Nog niet leesbaar genoeg" in check.comment
    assert {"abbreviation", "passive"} & {f["kind"] for f in check.report["findings"]}
    assert PanelInvitation.objects.count() == invited, "no panel member reads the jargon"
    assert any("Leesbaarheidscheck stuurde" in m and "meteen terug" in m for m in messages)
    assert not any("ingediend" in m for m in messages)
    history = client.get(item_url("history", flow.item.pk)).content.decode()
    assert "Tekst gewijzigd: opnieuw naar de leesbaarheidscheck" in history
    flow.item.refresh_from_db()
    assert not flow.item.live
    get_json(f"/api/v1/items/{flow.item.slug}/?region={flow.item.region.code}", status=404)


def test_an_edited_resubmission_is_what_goes_live_after_every_step(flow, editors):
    flow.submit(PLAIN)
    flow.panel()
    flow.panel()
    flow.final("reject")
    assert current_state(flow.item).status == WorkflowState.STATUS_NEEDS_CHANGES

    messages = flow.submit(PLAIN_FINAL)
    assert any("Nu aan de beurt: Ouderpanel" in m for m in messages), messages
    flow.panel()  # the new text is new to both panels
    flow.panel()
    page = flow.edit_page(editors["final"])
    side_panel = page.split("data-pi-approvals", 1)[1].split("</section>", 1)[0]
    assert side_panel.count("goedgekeurd (") == 3, "readability and both panels, this version"
    assert "niveau B1, doel B1" in side_panel
    flow.final("approve")

    flow.item.refresh_from_db()
    assert flow.item.live and flow.item.summary == PLAIN_FINAL
    assert flow.item.live_revision == flow.item.get_latest_revision()


def test_an_unchanged_resubmission_carries_earlier_approvals(flow):
    flow.submit(PLAIN)
    flow.panel()
    flow.panel("changes", count=1)
    sent = len(mail.outbox)

    flow.submit(PLAIN)  # the same text again: the ouderpanel's yes still holds

    state = current_state(flow.item)
    assert state.current_task_state.task.name == "Jongerenpanel"
    carried = TaskState.objects.filter(workflow_state=state, task__name="Ouderpanel").latest("pk")
    assert carried.status == TaskState.STATUS_APPROVED
    assert "Al goedgekeurd voor dezelfde tekst" in carried.comment
    assert len(mail.outbox) == sent + 3, "only the jongerenpanel is invited again"


def test_the_gate_refuses_a_revision_not_every_step_approved(flow, editors):
    flow.submit(PLAIN)
    flow.panel()
    flow.panel()
    approved = current_state(flow.item).current_task_state.revision
    flow.item.refresh_from_db()
    flow.item.summary = PLAIN_AGAIN
    newer = flow.item.save_revision(user=editors["superuser"])
    with publishing_allowed("workflow"), pytest.raises(PublishNotAllowed, match="Ouderpanel"):
        newer.publish(user=editors["final"], skip_permission_checks=True)
    with pytest.raises(PublishNotAllowed, match="Eindredactie"), publishing_allowed("workflow"):
        approved.publish(user=editors["final"], skip_permission_checks=True)
    flow.item.refresh_from_db()
    assert not flow.item.live


def test_panel_answers_are_screened_for_personal_data(client, flow, links):
    flow.submit(PLAIN)
    client.logout()
    link = links()[0]
    assert "Schrijf geen namen" in client.get(link).content.decode()
    answer(
        client,
        link,
        "changes",
        comment="Mijn zoon heet Daan, bel me op 06-12345678.",
        missing="Mail naar ouder@example.org",
    )
    stored = PanelInvitation.objects.exclude(answered_at=None).get()
    assert stored.comment == "Mijn zoon heet [naam], bel me op [nummer]."
    assert stored.missing == "Mail naar [e-mailadres]"
    assert "06-12345678" not in current_state(flow.item).current_task_state.comment
