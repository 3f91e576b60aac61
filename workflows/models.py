"""The validation workflow: panel members, the workflow tasks and their states.

Built on Wagtail's workflow framework (``Task``/``TaskState``): a task decides
in ``start`` and ``on_action``; Wagtail moves the workflow on.
"""

import random

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState, WorkflowState

from content_models.approvals import Coverage
from content_models.models import Audience

from .readability.content import analyse_content

CONTENT_CHANGED_ACTION = "workflows.content_changed"


class Panel(models.TextChoices):
    OUDERS = "ouders", _("Ouderpanel")
    JONGEREN = "jongeren", _("Jongerenpanel")


class PanelMember(models.Model):
    """An ervaringsdeskundige parent or young person who reads drafts by personal link.

    Minimal data on purpose (members may be minors): a pseudonym, an e-mail address
    for the invitations, the panel, the SWVs they read for and the languages they
    read (a translation goes to members who read its language). No account, no name.
    """

    pseudonym = models.CharField(
        _("schuilnaam"), max_length=60, unique=True, help_text=_("Geen echte naam.")
    )
    email = models.EmailField(_("e-mailadres"), help_text=_("Alleen voor uitnodigingen."))
    panel = models.CharField(_("panel"), max_length=10, choices=Panel.choices)
    regions = models.ManyToManyField(
        "content_models.Region",
        verbose_name=_("samenwerkingsverbanden"),
        blank=True,
        related_name="panel_members",
        help_text=_("Leeg = landelijk panel."),
    )
    languages = models.ManyToManyField(
        "wagtailcore.Locale",
        verbose_name=_("talen"),
        related_name="panel_members",
        help_text=_("Teksten in deze talen kan dit panellid lezen."),
    )
    active = models.BooleanField(_("actief"), default=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        ordering = ["pseudonym"]
        verbose_name = _("panellid")
        verbose_name_plural = _("panelleden")

    def __str__(self) -> str:
        return f"{self.pseudonym} ({self.get_panel_display()})"

    @property
    def region_codes(self) -> str:
        return ", ".join(r.code for r in self.regions.all()) or "Landelijk"

    @property
    def language_codes(self) -> str:
        return ", ".join(sorted(locale.language_code for locale in self.languages.all()))


class ReviewStep(Task):
    """A step that judges the content of the revision just saved, in workflow order.

    Wagtail's ``WorkflowState.resume()`` restarts the step that sent the text back,
    and ``start()`` is where every caller (admin resubmit, scripts, translation
    syncs) arrives. So here: when the content changed since the earlier steps
    approved it, the first of them judges it again (the readability check before
    any panel member is invited); a step that already approved identical content
    in this workflow carries that approval over instead of asking again.
    """

    class Meta:
        abstract = True

    def start(self, workflow_state, user=None):
        return self.start_on_latest(workflow_state, user=user)

    def start_on_latest(self, workflow_state, user=None, note: str = ""):
        obj = workflow_state.content_object
        # A resubmit resumes with an object loaded before the save: reload its latest revision.
        obj.refresh_from_db(fields=["latest_revision"])
        coverage = Coverage.of(workflow_state, obj.latest_revision)
        first = coverage.first_missing()
        if first is not None and first.pk != self.pk and coverage.comes_before(first, self):
            note = content_changed_note(coverage)
            log(
                instance=obj,
                action=CONTENT_CHANGED_ACTION,
                revision=obj.latest_revision,
                user=user,
                data={"note": note},
            )
            step = first.specific
            if isinstance(step, ReviewStep):
                return step.start_on_latest(workflow_state, user=user, note=note)
            return step.start(workflow_state, user=user)
        carried = carry_over(coverage, up_to=self, note=note)
        if carried is not None:
            return carried
        task_state = super().start(workflow_state, user=user)
        self.review(task_state.specific, note=note)
        return task_state

    def review(self, task_state, note: str = "") -> None:
        """Begin judging ``task_state.revision`` (a human step waits for its reviewers)."""


def carry_over(coverage: Coverage, up_to: Task, note: str = "") -> TaskState | None:
    """Copy approvals of identical content onto the revision being judged, in order.

    Wagtail moves on by the approvals of the latest revision; an approval of the
    same content in an earlier revision holds for this one too. Returns the copy
    for ``up_to`` when that step had approved the same content already.
    """
    copy = None
    for task in coverage.tasks:
        earlier = coverage.approvals.get(task.pk)
        if earlier is not None and earlier.revision_id != coverage.revision.pk:
            when = date_format(timezone.localtime(earlier.finished_at or earlier.started_at))
            comment = f"{note}Al goedgekeurd voor dezelfde tekst ({when}). {earlier.comment}"
            copy = earlier.copy(update_attrs={"revision": coverage.revision, "comment": comment})
        elif earlier is not None:
            copy = earlier
        if task.pk == up_to.pk:
            return copy if earlier is not None else None
    return None


def content_changed_note(coverage: Coverage) -> str:
    """What the workflow history says when changed content starts again from the top."""
    again = [t.name for t in coverage.missing() if isinstance(t.specific, PanelReviewTask)]
    first = coverage.first_missing()
    text = f"Tekst gewijzigd: opnieuw naar de {first.name.lower()}."
    if again:
        text += " Daarna lezen opnieuw: " + ", ".join(again) + "."
    return text + " "


class ReadabilityTaskState(TaskState):
    report = models.JSONField(_("leesbaarheidsrapport"), default=dict, blank=True)

    class Meta:
        verbose_name = _("leesbaarheidscheck")


class ReadabilityOverride(models.Model):
    """A written reason to let one revision pass the readability check anyway."""

    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    reason = models.TextField(_("reden"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("leesbaarheid overschreven")

    def __str__(self) -> str:
        return f"{self.revision} – {self.reason[:40]}"


SHOWN_FINDINGS = 8


def rejection_comment(report, summary: str) -> str:
    """The report as the workflow history shows it: the verdict and the first findings."""
    lines = [f"Nog niet leesbaar genoeg. {summary}"]
    for finding in report.findings[:SHOWN_FINDINGS]:
        better = f" Beter: {finding.suggestion}" if finding.suggestion else ""
        lines.append(f"- ‘{finding.quote or finding.text}’: {finding.reason}{better}")
    if len(report.findings) > SHOWN_FINDINGS:
        lines.append(
            f"En nog {len(report.findings) - SHOWN_FINDINGS}; zie het paneel Leesbaarheid."
        )
    return "\n".join(lines)


class ReadabilityTask(ReviewStep):
    """Automatic: approve when the revision meets its audience's target, else send it back."""

    task_state_class = ReadabilityTaskState

    class Meta:
        verbose_name = _("leesbaarheidscheck")
        verbose_name_plural = _("leesbaarheidschecks")
        permissions = [("override_readability", _("Mag de leesbaarheidscheck overschrijven"))]

    def review(self, task_state, note: str = "") -> None:
        report = analyse_content(task_state.revision.as_object())
        task_state.report = report.to_dict()
        task_state.save(update_fields=["report"])
        score = f"{report.score:.1f}".replace(".", ",")  # Dutch decimal comma
        summary = f"Niveau {report.level} (score {score}), doel {report.target}."
        override = ReadabilityOverride.objects.filter(revision=task_state.revision).last()
        if report.meets_target:
            task_state.approve(user=None, update=False, comment=f"{note}Leesbaar. {summary}")
        elif override is not None:
            task_state.approve(
                user=override.user,
                update=False,
                comment=f"{note}Toch goedgekeurd. {summary} Reden: {override.reason}",
            )
        else:
            task_state.reject(
                user=None, update=False, comment=note + rejection_comment(report, summary)
            )

    @classmethod
    def get_description(cls):
        return _("Controleert automatisch of de tekst leesbaar is voor de doelgroep.")


def sent_back_by_readability(obj) -> WorkflowState | None:
    """The item's workflow, if the readability check sent it back (so it may be overridden)."""
    return (
        WorkflowState.objects.for_instance(obj)
        .filter(
            status=WorkflowState.STATUS_NEEDS_CHANGES,
            current_task_state__task__content_type__model=ReadabilityTask._meta.model_name,
        )
        .first()
    )


class PanelReviewTaskState(TaskState):
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    coordinator_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("panelronde")

    @property
    def approvals(self) -> int:
        return self.invitations.filter(decision=PanelInvitation.APPROVE).count()


YOUTH_AUDIENCES = {Audience.JONGEREN, Audience.KINDEREN}


class PanelReviewTask(ReviewStep):
    """Invite panel members by personal link; approve at the quorum, reject on any
    request for changes. The youth panel is skipped for texts not meant for youth."""

    panel = models.CharField(_("panel"), max_length=10, choices=Panel.choices)
    invite_count = models.PositiveSmallIntegerField(_("aantal uitnodigingen"), default=5)
    quorum = models.PositiveSmallIntegerField(_("goedkeuringen nodig"), default=3)
    deadline_days = models.PositiveSmallIntegerField(_("dagen tot de deadline"), default=14)

    admin_form_fields = [
        *Task.admin_form_fields,
        "panel",
        "invite_count",
        "quorum",
        "deadline_days",
    ]
    task_state_class = PanelReviewTaskState

    class Meta:
        verbose_name = _("panelronde")
        verbose_name_plural = _("panelrondes")

    def review(self, task_state, note: str = "") -> None:
        obj = task_state.revision.as_object()
        audiences = {a.slug for a in obj.audiences.all()}
        if self.panel == Panel.JONGEREN and not audiences & YOUTH_AUDIENCES:
            task_state.approve(
                user=None, update=False, comment="Overgeslagen: deze tekst is niet voor jongeren."
            )
            return
        task_state.deadline = timezone.now() + timezone.timedelta(days=self.deadline_days)
        task_state.save(update_fields=["deadline"])
        members = list(self.candidates(obj))
        chosen = random.sample(members, min(self.invite_count, len(members)))
        invitations = PanelInvitation.objects.bulk_create(
            PanelInvitation(task_state=task_state, member=member) for member in chosen
        )
        from .notifications import notify_too_few_members, send_invitations

        transaction.on_commit(lambda: send_invitations([i.pk for i in invitations]))
        if len(chosen) < self.quorum:
            transaction.on_commit(lambda: notify_too_few_members(task_state.pk, len(chosen)))

    def candidates(self, obj):
        """Active members of this panel who read the text's language, for its scope."""
        members = PanelMember.objects.filter(active=True, panel=self.panel, languages=obj.locale_id)
        if obj.region_id is None:
            return members.filter(regions__isnull=True)
        return members.filter(regions=obj.region_id)

    def locked_for_user(self, obj, user):
        """The text stays as the panel reads it; cancel the workflow to change it."""
        return not user.is_superuser

    @classmethod
    def get_description(cls):
        return _("Ouders of jongeren lezen mee via een persoonlijke link.")


class FinalEditingTask(ReviewStep, AbstractGroupApprovalTask):
    """Eindredactie: a group approves the text every earlier step approved, which publishes it."""

    class Meta:
        verbose_name = _("eindredactie")
        verbose_name_plural = _("eindredacties")

    @classmethod
    def get_description(cls):
        return _("De eindredactie keurt de tekst goed; daarmee gaat hij live.")


class PanelInvitation(models.Model):
    """One member's invitation to one panel round, and their answer (given once)."""

    APPROVE = "approve"
    CHANGES = "changes"
    DECISIONS = [(APPROVE, _("Goedgekeurd")), (CHANGES, _("Vraagt om aanpassingen"))]
    CLARITY = [("ja", _("Ja")), ("beetje", _("Een beetje")), ("nee", _("Nee"))]

    task_state = models.ForeignKey(
        PanelReviewTaskState, on_delete=models.CASCADE, related_name="invitations"
    )
    member = models.ForeignKey(
        PanelMember, null=True, on_delete=models.SET_NULL, related_name="invitations"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    decision = models.CharField(max_length=10, choices=DECISIONS, blank=True)
    clarity = models.CharField(max_length=10, choices=CLARITY, blank=True)
    hard_words = models.JSONField(default=list, blank=True)
    missing = models.TextField(blank=True)
    comment = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["task_state", "member"], name="one_invitation_per_round"
            )
        ]

    def __str__(self) -> str:
        return f"{self.member} – {self.task_state.task}"
