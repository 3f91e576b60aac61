"""The "Leesbaarheid" side panel of the content editor."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.side_panels import BaseSidePanel
from wagtail.models import WorkflowState

from content_models.approvals import Coverage

from .models import PanelReviewTaskState, sent_back_by_readability
from .panel.heatmap import heat_map
from .readability.content import content_text


class ReadabilitySidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Leesbaarheid tonen of verbergen")
        icon_name = "pilcrow"
        has_counter = False

    name = "readability"
    title = _("Leesbaarheid")
    template_name = "workflows/side_panels/readability.html"
    order = 350

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        opts = self.model._meta
        args = [opts.app_label, opts.model_name]
        if self.object.pk:
            args.append(self.object.pk)
        context["check_url"] = reverse("readability_check", args=args)
        if (
            self.object.pk
            and self.request.user.has_perm("workflows.override_readability")
            and sent_back_by_readability(self.object) is not None
        ):
            context["override_url"] = reverse(
                "readability_override", args=[opts.model_name, self.object.pk]
            )
        return context


class PanelSidePanel(BaseSidePanel):
    """Who was invited, who answered, the quorum, the comments and a heat map of hard words."""

    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Panels tonen of verbergen")
        icon_name = "group"
        has_counter = False

    name = "panels"
    title = _("Panels")
    template_name = "workflows/side_panels/panels.html"
    order = 360

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        rounds = []
        if self.object.pk:
            states = WorkflowState.objects.for_instance(self.object).values_list("pk", flat=True)
            recent = (
                PanelReviewTaskState.objects.filter(workflow_state__in=list(states))
                .exclude(invitations=None)
                .select_related("task", "revision")
                .order_by("-started_at")[:3]
            )
            for state in recent:
                invitations = list(state.invitations.select_related("member").order_by("pk"))
                answered = [i for i in invitations if i.answered_at]
                rounds.append({
                    "state": state,
                    "quorum": state.task.specific.quorum,
                    "approvals": sum(i.decision == i.APPROVE for i in answered),
                    "invitations": invitations,
                    "answered": answered,
                    "heat_map": heat_map(content_text(state.revision.as_object()), answered),
                })  # fmt: skip
        context["rounds"] = rounds
        return context


class ApprovalsSidePanel(BaseSidePanel):
    """Which steps approved the very version the workflow is judging now.

    Eindredactie publishes the revision of its own task; this panel shows the
    readability verdict and the panel rounds that hold for that content, not for
    an earlier version.
    """

    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Goedkeuringen tonen of verbergen")
        icon_name = "tasks"
        has_counter = False

    name = "approvals"
    title = _("Goedkeuringen")
    template_name = "workflows/side_panels/approvals.html"
    order = 355

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        state = self.object.pk and self.object.current_workflow_state
        context["steps"] = []
        if state and state.current_task_state:
            coverage = Coverage.of(state, state.current_task_state.revision)
            context["revision"] = coverage.revision
            context["steps"] = [
                {"task": task, "approval": (a := coverage.approvals.get(task.pk)) and a.specific}
                for task in coverage.tasks
            ]
        return context
