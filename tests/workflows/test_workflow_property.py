"""Property: whatever editors and panels do, in any order, only approved text goes live.

Hypothesis drives one article for ouders and jongeren through random sequences of
edits (between and during tasks), submit, resubmit, panel answers (approve, ask
for changes), eindredactie's decisions and cancellation, through the same model
calls the admin and the review page make. After every step:

- the live revision's content was approved by every active step of one workflow;
- every panel invitation is for content the readability check approved first;
- the jargon text never goes live.
"""

import contextlib
import itertools

import pytest
from django.contrib.auth.models import Group
from django.test import TestCase
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from wagtail.models import TaskState, Workflow, WorkflowState

from content_models.approvals import Coverage, content_digest
from content_models.groups import FINAL_EDITORS
from content_models.models import InformationItem
from workflows.models import (
    PanelInvitation,
    PanelReviewTaskState,
    ReadabilityTask,
)
from workflows.panel.answers import record_answer
from workflows.panel.tokens import TokenData, TokenError

from ..factories import InformationItemFactory
from .conftest import make_panel_members

pytestmark = pytest.mark.django_db

PLAIN = [
    "Heeft uw kind extra hulp nodig op school? Praat dan eerst met de leraar.",
    "Uw kind heeft recht op een goede plek op school. De school helpt u daarbij.",
    "Twijfelt u over de hulp voor uw kind? Bel ons gerust. Wij denken mee.",
]
JARGON = (
    "Het SWV stelt conform het SOP vast dat middels een TLV en een OPP de "
    "ondersteuningsbehoefte geïnventariseerd wordt, teneinde een arrangement te "
    "realiseren dat door het bevoegd gezag geïmplementeerd dient te worden."
)
counter = itertools.count()
went_live: set[int] = set()  # items that went live, so the test shows it explored publishing


class EditorsAndPanels(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        WorkflowState.objects.all().delete()
        InformationItem.objects.all().delete()
        self.workflow = Workflow.objects.get(name="Validatie")
        self.editor = self.final = None
        from django.contrib.auth import get_user_model

        users = get_user_model().objects
        self.editor = users.get_or_create(username="redacteur", is_superuser=True)[0]
        self.final = users.get_or_create(username="eindredacteur")[0]
        self.final.groups.add(Group.objects.get(name=FINAL_EDITORS))
        self.item = InformationItemFactory(
            slug=f"artikel-{next(counter)}", summary=PLAIN[0], audiences=["ouders", "jongeren"]
        )
        self.item.save_revision(user=self.editor)
        self.jargon_digests: set[str] = set()

    # -- helpers -----------------------------------------------------------------------

    def step(self):
        return TestCase.captureOnCommitCallbacks(execute=True)

    def state(self) -> WorkflowState | None:
        return WorkflowState.objects.active().for_instance(self.item).first()

    def current_task_state(self):
        state = self.state()
        if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
            return None
        return state.current_task_state.specific

    def answer(self, decision: str) -> None:
        task_state = self.current_task_state()
        if not isinstance(task_state, PanelReviewTaskState):
            return
        invitation = task_state.invitations.filter(answered_at=None).first()
        if invitation is None:
            return
        token = TokenData(invitation.pk, invitation.member_id, task_state.pk)
        answer = {"decision": decision, "clarity": "ja", "hard_words": [], "missing": ""}
        answer["comment"] = "Wat betekent dit woord?" if decision != "approve" else ""
        with self.step(), contextlib.suppress(TokenError):
            record_answer(token, answer)

    # -- rules -------------------------------------------------------------------------

    @rule(text=st.sampled_from([*PLAIN, JARGON]))
    def edit(self, text: str) -> None:
        """An edit at any moment (a superuser may edit even while a panel reads)."""
        self.item.refresh_from_db()
        item = self.item.get_latest_revision_as_object()
        item.summary = text
        with self.step():
            revision = item.save_revision(user=self.editor)
        if text == JARGON:
            self.jargon_digests.add(content_digest(revision))

    @rule()
    def submit(self) -> None:
        state = self.state()
        with self.step():
            if state is None:
                self.workflow.start(self.item, self.editor)
            elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(self.editor)

    @rule(answers=st.sampled_from(["quorum", "quorum", "quorum", "one", "changes"]))
    def panel_answers(self, answers: str) -> None:
        """Mostly a whole round approving; sometimes one member, or one asking for changes."""
        if answers == "changes":
            self.answer(PanelInvitation.CHANGES)
        for _ in range({"quorum": 3, "one": 1}.get(answers, 0)):
            self.answer(PanelInvitation.APPROVE)

    @rule(action=st.sampled_from(["approve", "approve", "reject"]))
    def final_editing(self, action: str) -> None:
        task_state = self.current_task_state()
        if task_state is None or task_state.task.name != "Eindredactie":
            return
        with self.step():
            task_state.task.specific.on_action(task_state, self.final, action, comment="")

    @rule()
    def everyone_approves(self) -> None:
        """Every remaining step says yes (a round of panel members, then eindredactie)."""
        for _ in range(4):
            task_state = self.current_task_state()
            if isinstance(task_state, PanelReviewTaskState):
                self.panel_answers("quorum")
            else:
                self.final_editing("approve")

    @precondition(lambda self: self.state() is not None)
    @rule(really=st.integers(0, 3))
    def cancel(self, really: int) -> None:
        if really:  # now and then: a cancelled workflow starts from the top
            return
        with self.step():
            self.state().cancel(user=self.editor)

    # -- invariants ----------------------------------------------------------------------

    @invariant()
    def live_content_was_approved_by_every_step(self) -> None:
        self.item.refresh_from_db()
        if not self.item.live:
            return
        went_live.add(self.item.pk)
        live = self.item.live_revision
        assert content_digest(live) not in self.jargon_digests
        states = WorkflowState.objects.for_instance(self.item).filter(
            status=WorkflowState.STATUS_APPROVED
        )
        assert any(Coverage.of(state, live).complete for state in states), live.content

    @invariant()
    def panels_only_read_what_readability_approved(self) -> None:
        readability = ReadabilityTask.objects.get(workflow_tasks__workflow=self.workflow)
        for invitation in PanelInvitation.objects.select_related("task_state__revision"):
            panel_state = invitation.task_state
            digest = content_digest(panel_state.revision)
            approved = [
                content_digest(state.revision)
                for state in TaskState.objects.filter(
                    workflow_state=panel_state.workflow_state_id,
                    task=readability,
                    status=TaskState.STATUS_APPROVED,
                    started_at__lte=panel_state.started_at,
                ).select_related("revision")
            ]
            assert digest in approved, panel_state.revision.content["summary"]


@pytest.fixture
def panels(db):
    """Three national members in each panel, enough for the default quorum of three."""
    make_panel_members()


def test_only_text_every_step_approved_goes_live(panels):
    EditorsAndPanels.TestCase.settings = settings(
        max_examples=25,
        stateful_step_count=30,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    EditorsAndPanels.TestCase().runTest()
    assert len(went_live) >= 3, "the random walks should publish now and then"
