"""What the API tells readers about a text's checks equals the workflow history of the live text.

Counts and dates come from the panel rounds that approved the live content (an
approval carried over for identical content counts as its original round), a
draft's running workflow never shows, and a forced publish claims no check.
"""

import datetime
import json

import pytest
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from cms.delivery.api import stored
from content_models.models import InformationItem
from content_models.publishing import force_publish
from workflows.demo import FINAL_EDITING_COMMENT, answer
from workflows.models import PanelInvitation, PanelReviewTaskState, ReadabilityTaskState

from ..factories import InformationItemFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

ROUND_DAY = datetime.date(2026, 11, 12)
BODY = [
    {
        "type": "paragraph",
        "value": "<p>De school helpt je kind. Vraag de leraar om een gesprek.</p>",
    }
]


def readable_item(slug: str, audiences=("ouders",), **fields) -> InformationItem:
    return InformationItemFactory(
        slug=slug,
        title="Hulp van de school",
        summary="Zo helpt de school je kind.",
        body=BODY,
        audiences=list(audiences),
        sources="Ouders & Onderwijs: Waar kan je terecht? https://oudersenonderwijs.nl/waar\n"
        "Kennisbank Ouders & Onderwijs",
        review_by=datetime.date(2027, 6, 1),
        **fields,
    )


def submit(obj) -> WorkflowState:
    obj.save_revision()
    return obj.get_workflow().start(obj, user=None)


def approve_panels(state: WorkflowState) -> None:
    """Members of each panel round answer through the review page's form until the quorum."""
    state.refresh_from_db()
    while isinstance(state.current_task_state.specific, PanelReviewTaskState):
        round_state = state.current_task_state
        for invitation in PanelInvitation.objects.filter(task_state=round_state):
            answer(invitation)
            round_state.refresh_from_db()
            if round_state.status != TaskState.STATUS_IN_PROGRESS:
                break
        state.refresh_from_db()


def final_editing(state: WorkflowState, action: str = "approve") -> None:
    task_state = state.current_task_state
    task_state.task.specific.on_action(
        task_state, user=None, action_name=action, comment=FINAL_EDITING_COMMENT
    )
    state.refresh_from_db()


def date_rounds(state: WorkflowState, day: datetime.date) -> None:
    """Let the panel rounds so far have been held on ``day``."""
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    PanelReviewTaskState.objects.filter(workflow_state=state).update(finished_at=moment)


def detail(get_json, slug: str) -> dict:
    return get_json(f"/api/v1/items/{slug}/")


def test_provenance_is_the_workflow_history_of_the_live_text(demo, get_json):
    item = readable_item("provenance-ouders", audiences=("ouders", "jongeren"))
    state = submit(item)
    approve_panels(state)
    date_rounds(state, ROUND_DAY)
    final_editing(state)
    assert state.status == WorkflowState.STATUS_APPROVED

    data = detail(get_json, item.slug)
    validation = data["validation"]
    readability = ReadabilityTaskState.objects.get(workflow_state=state)
    assert validation["forced"] is False
    assert validation["readability"] == {
        "level": readability.report["level"],
        "target": readability.report["target"],
        "passed": True,
        "date": timezone.localdate(readability.finished_at).isoformat(),
    }
    rounds = PanelReviewTaskState.objects.filter(workflow_state=state).order_by("started_at")
    assert validation["panels"] == [
        {
            "panel": label,
            "audience": audience,
            "approvals": r.invitations.filter(decision=PanelInvitation.APPROVE).count(),
            "quorum": r.task.specific.quorum,
            "date": "2026-11-12",
        }
        for r, (label, audience) in zip(
            rounds, [("Ouderpanel", "ouders"), ("Jongerenpanel", "jongeren")], strict=True
        )
    ]
    assert [p["approvals"] for p in validation["panels"]] == [3, 3]
    final = state.task_states.order_by("started_at").last()
    assert validation["final_editing"] == {
        "date": timezone.localdate(final.finished_at).isoformat()
    }
    assert data["last_checked"] == validation["final_editing"]["date"]
    assert data["review_by"] == "2027-06-01"
    assert data["sources"] == [
        {"title": "Ouders & Onderwijs: Waar kan je terecht?",
         "url": "https://oudersenonderwijs.nl/waar"},
        {"title": "Kennisbank Ouders & Onderwijs", "url": None},
    ]  # fmt: skip
    # Counts and dates only: nothing about who the members are.
    text = json.dumps(data)
    for invitation in PanelInvitation.objects.filter(task_state__workflow_state=state):
        assert invitation.member.pseudonym not in text
        assert invitation.member.email not in text
    assert "member" not in text
    # The summary in the listing says the same.
    listed = get_json("/api/v1/items/?page_size=100")["results"]
    assert next(i for i in listed if i["slug"] == item.slug)["validation"] == validation


def test_a_carried_over_approval_counts_as_its_original_round(demo, get_json):
    item = readable_item("provenance-overgenomen")
    state = submit(item)
    approve_panels(state)
    date_rounds(state, ROUND_DAY)
    final_editing(state, action="reject")
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # The editor saves the same text again and resubmits: the panel's approval is copied.
    item.save_revision()
    state.resume(user=None)
    state.refresh_from_db()
    copies = PanelReviewTaskState.objects.filter(
        workflow_state=state,
        task__name="Ouderpanel",
        comment__contains="Al goedgekeurd voor dezelfde tekst",
    )
    assert copies.count() == 1
    assert copies.get().revision_id == item.latest_revision_id
    assert not copies.get().invitations.exists()
    final_editing(state)
    item.refresh_from_db()
    assert item.live_revision_id == copies.get().revision_id

    [panel] = detail(get_json, item.slug)["validation"]["panels"]
    assert panel == {
        "panel": "Ouderpanel", "audience": "ouders", "approvals": 3, "quorum": 3,
        "date": "2026-11-12",
    }  # fmt: skip


def test_a_drafts_workflow_never_shows(demo, get_json):
    item = readable_item("provenance-concept")
    state = submit(item)
    approve_panels(state)
    date_rounds(state, ROUND_DAY)
    final_editing(state)
    before = detail(get_json, item.slug)["validation"]
    assert before["panels"][0]["date"] == "2026-11-12"

    # A changed draft goes through the panel today but is not approved by final editing.
    item.refresh_from_db()
    item.summary = "Zo helpt de school je kind. Ook met een plan."
    draft = submit(item)
    approve_panels(draft)
    assert draft.status == WorkflowState.STATUS_IN_PROGRESS
    assert detail(get_json, item.slug)["validation"] == before
    # Rebuilt from the record (as migrate does), the live text still has its own history.
    stored.rebuild(InformationItem, everything=True)
    assert detail(get_json, item.slug)["validation"] == before
    assert detail(get_json, item.slug)["summary"] == "Zo helpt de school je kind."


def test_forced_content_claims_no_check(demo, get_json):
    item = readable_item("provenance-geforceerd")
    force_publish(item, user=None, reason="Een noodgeval: de tekst moet nu online.")
    validation = detail(get_json, item.slug)["validation"]
    assert validation["forced"] is True
    assert validation["panels"] == []
    assert validation["readability"] is None and validation["final_editing"] is None
    assert validation["published_at"]


def test_organisations_glossary_and_routes_carry_provenance(demo, get_json):
    organisation = OrganisationFactory(slug="provenance-organisatie")
    state = submit(organisation)
    approve_panels(state)
    final_editing(state)
    organisations = get_json("/api/v1/organisations/?page_size=100")["results"]
    found = next(o for o in organisations if o["slug"] == organisation.slug)
    assert found["validation"]["forced"] is False
    assert found["validation"]["panels"][0]["approvals"] == 3
    terms = get_json("/api/v1/glossary/?page_size=100")["results"]
    route = get_json("/api/v1/routes/waar-kan-je-terecht/")
    for data in (next(t for t in terms if t["abbreviation"] == "TLV"), route):
        assert data["validation"]["forced"] is False
        assert data["validation"]["panels"]
        assert data["review_by"]
