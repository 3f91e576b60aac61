"""Admin views of one piece of reviewed content.

Each view refuses an object outside the editor's scope (``ScopedObjectMixin``);
views that show drafts refuse a regional editor the drafts of national content.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import Button
from wagtail.log_actions import registry as log_registry
from wagtail.models import WorkflowState
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views

from .forms import ReasonForm
from .publishing import force_publish


class ScopedObjectMixin:
    """Refuse an object view when the object is outside the editor's scope.

    ``needs_drafts``: the view shows drafts, revisions or workflow steps, which a
    regional editor may not read of national content (only its live version).
    """

    scope_action = "change"
    needs_drafts = False

    @cached_property
    def scope_policy(self):
        """The model's ``RegionScopePolicy`` (workflow views are not given one)."""
        return policy_registry.get_by_type(self.model)

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        policy, user = self.scope_policy, self.request.user
        if not policy.user_has_permission_for_instance(user, self.scope_action, obj) or (
            self.needs_drafts and not policy.user_can_read_drafts(user, obj)
        ):
            raise PermissionDenied
        return obj


class SidePanelsHookMixin:
    """Let other apps add editor side panels (``construct_reviewed_content_side_panels``)
    without this app importing them."""

    def get_side_panels(self):
        panels = super().get_side_panels()
        instance = getattr(self, "object", None) or self.form.instance
        for construct in hooks.get_hooks("construct_reviewed_content_side_panels"):
            construct(panels, instance, self.request)
        return panels


class SubmitOutcomeMixin:
    """Say what submitting did: an automatic step may send the text straight back.

    Wagtail says "submitted for moderation" whatever happened next; the editor
    needs to know whether the text now waits for a panel or came back at once.
    """

    def submit_action(self):
        response = super().submit_action()
        state = WorkflowState.objects.for_instance(self.object).order_by("-created_at").first()
        task_state = state and state.current_task_state
        if task_state is None:
            return response
        values = {"item": get_latest_str(self.object), "step": task_state.task.name}
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            reason = (task_state.comment or "").strip().split("\n", 1)[0]
            messages.warning(
                self.request,
                _("%(step)s stuurde ‘%(item)s’ meteen terug: %(reason)s")
                % {**values, "reason": reason},
            )
        else:
            messages.success(
                self.request, _("‘%(item)s’ is ingediend. Nu aan de beurt: %(step)s.") % values
            )
        self.submit_message_sent = True
        return response

    def get_success_message(self, *args, **kwargs):
        if getattr(self, "submit_message_sent", False):
            return None
        return super().get_success_message(*args, **kwargs)


class EditView(ScopedObjectMixin, SubmitOutcomeMixin, SidePanelsHookMixin, snippet_views.EditView):
    def get_success_message(self, instance=None):
        """Say what a workflow step did, not Wagtail's general "updated"."""
        if self.action != "workflow-action":
            return super().get_success_message(instance)
        obj = self.object
        if self.workflow_action == "reject":
            return _("Aanpassingen gevraagd: ‘%(item)s’ gaat terug naar de schrijver.") % {
                "item": obj
            }
        # The last approval finishes the workflow, which publishes (after the commit).
        state = WorkflowState.objects.for_instance(obj).order_by("-created_at").first()
        if state is not None and state.status == WorkflowState.STATUS_APPROVED:
            return _("Goedgekeurd en gepubliceerd: ‘%(item)s’ staat nu online.") % {"item": obj}
        return _("Goedgekeurd: ‘%(item)s’ gaat naar de volgende stap.") % {"item": obj}

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.request.user.is_superuser:
            url_name = self.model.snippet_viewset.get_url_name("force_publish")
            buttons.append(
                Button(
                    _("Geforceerd publiceren…"),
                    url=reverse(url_name, args=[self.object.pk]),
                    icon_name="warning",
                    priority=90,
                )
            )
        return buttons


class CreateView(SubmitOutcomeMixin, SidePanelsHookMixin, snippet_views.CreateView):
    pass


class ReadsDraftsMixin(ScopedObjectMixin):
    """A view that shows drafts, revisions or workflow steps of the object."""

    scope_action = "view"
    needs_drafts = True


class CopyView(ScopedObjectMixin, snippet_views.CopyView):
    pass


class DeleteView(ScopedObjectMixin, snippet_views.DeleteView):
    scope_action = "delete"


class UnpublishView(ScopedObjectMixin, snippet_views.UnpublishView):
    pass


class LockView(ScopedObjectMixin, snippet_views.LockView):
    scope_action = "lock"


class UnlockView(ScopedObjectMixin, snippet_views.UnlockView):
    scope_action = "unlock"


class PreviewOnEditView(ScopedObjectMixin, snippet_views.PreviewOnEditView):
    pass


class RevisionsUnscheduleView(ScopedObjectMixin, snippet_views.RevisionsUnscheduleView):
    pass


class WorkflowActionView(ScopedObjectMixin, snippet_views.WorkflowActionView):
    pass


class CollectWorkflowActionDataView(ScopedObjectMixin, snippet_views.CollectWorkflowActionDataView):
    pass


class ConfirmWorkflowCancellationView(
    ScopedObjectMixin, snippet_views.ConfirmWorkflowCancellationView
):
    pass


class WorkflowHistoryView(ReadsDraftsMixin, snippet_views.WorkflowHistoryView):
    pass


class WorkflowHistoryDetailView(ReadsDraftsMixin, snippet_views.WorkflowHistoryDetailView):
    pass


class WorkflowPreviewView(ReadsDraftsMixin, snippet_views.WorkflowPreviewView):
    pass


def published_revision_ids(obj) -> set[int]:
    """The revisions of ``obj`` that readers have seen: the live one and every published one."""
    logged = log_registry.get_logs_for_instance(obj).filter(action="wagtail.publish")
    return {obj.live_revision_id, *logged.values_list("revision_id", flat=True)} - {None}


class LiveVersionMixin(ScopedObjectMixin):
    """An object view that a live-only reader sees as published: no draft title, no draft."""

    scope_action = "view"

    @cached_property
    def reads_drafts(self) -> bool:
        return self.scope_policy.user_can_read_drafts(self.request.user, self.object)

    def may(self, action: str) -> bool:
        return self.scope_policy.user_has_permission_for_instance(
            self.request.user, action, self.object
        )

    def get_page_subtitle(self):
        return super().get_page_subtitle() if self.reads_drafts else str(self.object)


class HistoryView(LiveVersionMixin, snippet_views.HistoryView):
    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self.may("change") else None

    @cached_property
    def header_buttons(self):
        return super().header_buttons if self.may("change") else []

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.reads_drafts:
            return queryset
        return queryset.filter(action__in=["wagtail.publish", "wagtail.unpublish"])


class UsageView(LiveVersionMixin, snippet_views.UsageView):
    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self.may("change") else None

    def get_object(self):
        obj = super().get_object()  # the latest draft, for who may read it
        if self.scope_policy.user_can_read_drafts(self.request.user, obj):
            return obj
        return self.get_base_object_queryset().get(pk=obj.pk)


class InspectView(LiveVersionMixin, snippet_views.InspectView):
    """The row is the live version; show its reader-facing fields in plain words."""

    def get_edit_url(self):
        return super().get_edit_url() if self.may("change") else None

    def get_delete_url(self):
        return super().get_delete_url() if self.may("delete") else None

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return _("Ja") if value else _("Nee")
        return value


class PreviewRevisionView(ScopedObjectMixin, snippet_views.PreviewRevisionView):
    scope_action = "view"

    def get_revision_object(self):
        if not self.scope_policy.user_can_read_drafts(self.request.user, self.object) and int(
            self.revision_id
        ) not in published_revision_ids(self.object):
            raise PermissionDenied
        return super().get_revision_object()


class RevisionsCompareView(LiveVersionMixin, snippet_views.RevisionsCompareView):
    def get_context_data(self, **kwargs):
        if not self.reads_drafts:
            published = {str(pk) for pk in published_revision_ids(self.object)} | {"live"}
            if not {str(self.revision_id_a), str(self.revision_id_b)} <= published:
                raise PermissionDenied
        return super().get_context_data(**kwargs)


class WithdrawConsentView(
    ScopedObjectMixin,
    PermissionCheckedMixin,
    BaseObjectMixin,
    WagtailAdminTemplateMixin,
    TemplateView,
):
    """Take an experience story offline at once, outside the workflow: consent comes first."""

    permission_required = "change"
    template_name = "content_models/withdraw_consent.html"
    page_title = _("Toestemming intrekken")
    index_url_name: str = ""

    def get_page_subtitle(self) -> str:
        return str(self.object)

    def post(self, request, *args, **kwargs):
        self.object.withdraw_consent(user=request.user)
        messages.success(
            request,
            _("De toestemming voor ‘%(story)s’ is ingetrokken. Het verhaal is offline.")
            % {"story": self.object},
        )
        return redirect(self.index_url_name)


class ForcePublishForm(ReasonForm):
    question = _("Waarom kan dit niet via de workflow?")


class ForcePublishView(
    ScopedObjectMixin, PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, FormView
):
    """GOV.UK-style force publish: superusers only, with a written reason that is logged."""

    permission_required = "change"
    form_class = ForcePublishForm
    template_name = "content_models/force_publish.html"
    page_title = _("Geforceerd publiceren")
    index_url_name: str = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return str(self.object)

    def form_valid(self, form):
        force_publish(self.object, user=self.request.user, reason=form.cleaned_data["reason"])
        messages.success(self.request, _("‘%(item)s’ is live.") % {"item": self.object})
        return redirect(self.index_url_name)
