"""Record a panel member's answer exactly once and move the panel round on.

The round's task state is locked while an answer is recorded, so two members who
answer at the same moment are counted one after the other: the quorum is reached
once, and an answer given twice is refused.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import TaskState

from ..models import PanelInvitation, PanelReviewTaskState
from .tokens import TokenData, TokenError


def open_invitation(token: TokenData) -> PanelInvitation:
    """The invitation behind a valid link, or TokenError saying why it cannot be used."""
    invitation = (
        PanelInvitation.objects.select_related("task_state__task", "member")
        .filter(pk=token.invitation, member_id=token.member, task_state_id=token.task_state)
        .first()
    )
    if invitation is None or invitation.member is None or not invitation.member.active:
        raise TokenError("invalid")
    if invitation.answered_at is not None:
        raise TokenError("answered")
    if invitation.task_state.status != TaskState.STATUS_IN_PROGRESS:
        raise TokenError("closed")
    return invitation


def record_answer(token: TokenData, answer: dict) -> PanelInvitation:
    with transaction.atomic():
        state = PanelReviewTaskState.objects.select_for_update().get(pk=token.task_state)
        invitation = open_invitation(token)
        updated = PanelInvitation.objects.filter(pk=invitation.pk, answered_at__isnull=True).update(
            answered_at=timezone.now(), **answer
        )
        if not updated:
            raise TokenError("answered")
        if answer["decision"] == PanelInvitation.CHANGES:
            state.reject(user=None, comment=changes_summary(state))
        elif state.approvals >= state.task.specific.quorum:
            state.approve(user=None, comment=f"{state.approvals} panelleden keurden goed.")
    return invitation


def changes_summary(state: PanelReviewTaskState) -> str:
    """All comments of the round, for the editor who gets the text back."""
    lines = ["Het panel vraagt om aanpassingen."]
    for invitation in state.invitations.exclude(answered_at=None).select_related("member"):
        parts = [
            f"Duidelijk: {invitation.get_clarity_display() or '-'}",
            invitation.comment and f"Opmerking: {invitation.comment}",
            invitation.missing and f"Wat mist: {invitation.missing}",
            invitation.hard_words
            and "Moeilijk: " + ", ".join(w["text"] for w in invitation.hard_words),
        ]
        pseudonym = invitation.member.pseudonym if invitation.member else "?"
        lines.append(f"{pseudonym}: " + "; ".join(p for p in parts if p))
    return "\n".join(lines)
