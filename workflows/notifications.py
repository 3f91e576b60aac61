"""E-mails of the workflow: panel invitations and missed deadlines."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import PanelInvitation, PanelReviewTaskState
from .panel.tokens import make_token

COORDINATORS = "Panelcoördinatie"


def review_url(invitation: PanelInvitation) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "panel_review", args=[make_token(invitation)]
    )


def send_invitations(invitation_ids: list[int]) -> None:
    """Invite the members who have not answered, to a round that is still open."""
    invitations = PanelInvitation.objects.filter(
        pk__in=invitation_ids,
        answered_at__isnull=True,
        task_state__status=PanelReviewTaskState.STATUS_IN_PROGRESS,
    ).select_related("member", "task_state")
    for invitation in invitations:
        context = {
            "invitation": invitation,
            "url": review_url(invitation),
            "days": settings.PANEL_LINK_MAX_AGE_DAYS,
        }
        send_mail(
            subject="Wil je een tekst voor ons lezen?",
            message=render_to_string("workflows/email/invitation.txt", context),
            from_email=None,
            recipient_list=[invitation.member.email],
        )


def coordinator_emails() -> list[str]:
    return list(
        get_user_model()
        .objects.filter(groups__name=COORDINATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def notify_too_few_members(task_state_id: int, invited: int) -> None:
    """A round that cannot reach its quorum waits for the coordinators to add members."""
    state = PanelReviewTaskState.objects.select_related("task", "revision").get(pk=task_state_id)
    recipients = coordinator_emails()
    if recipients:
        context = {"state": state, "item": state.revision.object_str, "invited": invited,
                   "quorum": state.task.specific.quorum}  # fmt: skip
        send_mail(
            subject="Te weinig panelleden voor een tekst",
            message=render_to_string("workflows/email/too_few_members.txt", context),
            from_email=None,
            recipient_list=recipients,
        )


def notify_missed_deadlines(now=None) -> int:
    """Tell the panel coordinators about rounds past their deadline (once per round)."""
    now = now or timezone.now()
    late = PanelReviewTaskState.objects.filter(
        status=PanelReviewTaskState.STATUS_IN_PROGRESS,
        deadline__lt=now,
        coordinator_notified_at__isnull=True,
    ).select_related("workflow_state")
    recipients = coordinator_emails()
    count = 0
    for state in late:
        if recipients:
            context = {"state": state, "item": state.revision.object_str}
            send_mail(
                subject="Een panelronde heeft de deadline gemist",
                message=render_to_string("workflows/email/deadline.txt", context),
                from_email=None,
                recipient_list=recipients,
            )
        state.coordinator_notified_at = now
        state.save(update_fields=["coordinator_notified_at"])
        count += 1
    return count
