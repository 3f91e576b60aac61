"""Admin viewsets: the content snippets (scoped per SWV) and the reference data."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import Button, ListingButton
from wagtail.log_actions import registry as log_registry
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowState
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .choosers import ScopedChooserViewSet
from .filters import filterset_for
from .forms import ReasonForm
from .models import (
    ExperienceStory,
    GlossaryTerm,
    InformationItem,
    Organisation,
    PostcodeArea,
    Question,
    Region,
    Route,
    School,
    Topic,
)
from .publishing import force_publish


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


class EditView(SubmitOutcomeMixin, SidePanelsHookMixin, snippet_views.EditView):
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


def scoped(view_class: type, action: str, *, drafts: bool = False) -> type:
    attrs = {"scope_action": action, "needs_drafts": drafts}
    return type(view_class.__name__, (ScopedObjectMixin, view_class), attrs)


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


#: Wagtail's own fields for drafts, locking and revisions: nothing a reader reads.
INTERNAL_FIELDS = [
    "id",
    "translation_key",
    "api_form",
    *(
        f.name
        for mixin in (DraftStateMixin, LockableMixin, RevisionMixin)
        for f in mixin._meta.local_fields
    ),
]


class TranslationStatusColumn(Column):
    """‘Verouderd’ on a live translation whose Dutch source was published after it."""

    cell_template_name = "content_models/translation_status_cell.html"

    def get_value(self, instance):
        return instance.is_outdated_translation(instance.source_published_at)


class YesNoColumn(Column):
    """A yes/no field as "Ja"/"Nee" (Wagtail's BooleanColumn titles its icons True/False)."""

    def get_value(self, instance):
        return _("Ja") if super().get_value(instance) else _("Nee")


class ScopedIndexView(snippet_views.IndexView):
    """Only list what the editor may see: their own SWV and live national content."""

    def get_base_queryset(self):
        visible = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, {"view"}
        )
        sources = self.model.objects.filter(
            translation_key=models.OuterRef("translation_key"),
            locale__language_code=settings.LANGUAGE_CODE,
        )
        return (
            super()
            .get_base_queryset()
            .filter(pk__in=visible.values("pk"))
            .annotate(source_published_at=models.Subquery(sources.values("last_published_at")[:1]))
        )

    def _allows(self, action: str, instance) -> bool:
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, action, instance
        )

    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self._allows("change", instance) else None

    def get_delete_url(self, instance):
        return super().get_delete_url(instance) if self._allows("delete", instance) else None


class ReviewedContentViewSet(SnippetViewSet):
    """Snippet admin of reviewed content, scoped per SWV, with a recorded force publish."""

    index_view_class = ScopedIndexView
    add_view_class = CreateView
    edit_view_class = scoped(EditView, "change")
    copy_view_class = scoped(snippet_views.CopyView, "change")
    delete_view_class = scoped(snippet_views.DeleteView, "delete")
    unpublish_view_class = scoped(snippet_views.UnpublishView, "change")
    lock_view_class = scoped(snippet_views.LockView, "lock")
    unlock_view_class = scoped(snippet_views.UnlockView, "unlock")
    usage_view_class = UsageView
    history_view_class = HistoryView
    inspect_view_class = InspectView
    preview_on_edit_view_class = scoped(snippet_views.PreviewOnEditView, "change")
    revisions_view_class = PreviewRevisionView
    revisions_compare_view_class = RevisionsCompareView
    revisions_unschedule_view_class = scoped(snippet_views.RevisionsUnscheduleView, "change")
    workflow_history_view_class = scoped(snippet_views.WorkflowHistoryView, "view", drafts=True)
    workflow_history_detail_view_class = scoped(
        snippet_views.WorkflowHistoryDetailView, "view", drafts=True
    )
    workflow_action_view_class = scoped(snippet_views.WorkflowActionView, "change")
    collect_workflow_action_data_view_class = scoped(
        snippet_views.CollectWorkflowActionDataView, "change"
    )
    confirm_workflow_cancellation_view_class = scoped(
        snippet_views.ConfirmWorkflowCancellationView, "change"
    )
    workflow_preview_view_class = scoped(snippet_views.WorkflowPreviewView, "view", drafts=True)
    chooser_viewset_class = ScopedChooserViewSet
    inspect_view_fields_exclude = INTERNAL_FIELDS

    title_field = "title"
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = 50

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filterset_class = filterset_for(self.model)

    @property
    def force_publish_view(self):
        return self.construct_view(ForcePublishView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("force-publish/<str:pk>/", self.force_publish_view, name="force_publish"),
        ]

    @property
    def list_display(self):
        return [
            self.title_field,
            Column("scope_label", label=_("Voor")),
            Column("review_by", label=_("Controleren voor")),
            LiveStatusTagColumn(),
            TranslationStatusColumn("translation_status", label=_("Vertaling")),
            UpdatedAtColumn(),
        ]


def _viewset(model, title_field: str, icon: str, search: list[str]) -> type[ReviewedContentViewSet]:
    attrs = {"model": model, "icon": icon, "search_fields": search, "title_field": title_field}
    return type(f"{model.__name__}ViewSet", (ReviewedContentViewSet,), attrs)


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


class StoryIndexView(ScopedIndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.withdrawn and self._allows("change", instance):
            buttons.append(
                ListingButton(
                    _("Toestemming intrekken"),
                    url=reverse(
                        "wagtailsnippets_content_models_experiencestory:withdraw",
                        args=[instance.pk],
                    ),
                    icon_name="cross",
                    priority=40,
                )
            )
        return buttons


class ExperienceStoryViewSet(ReviewedContentViewSet):
    model = ExperienceStory
    icon = "openquote"
    title_field = "title"
    search_fields = ["title", "text"]
    index_view_class = StoryIndexView

    @property
    def list_display(self):
        return [*super().list_display, YesNoColumn("withdrawn", label=_("Ingetrokken"))]

    @property
    def withdraw_view(self):
        return self.construct_view(WithdrawConsentView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("withdraw/<str:pk>/", self.withdraw_view, name="withdraw"),
        ]


class ContentViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Inhoud")
    menu_icon = "doc-full-inverse"
    menu_order = 100
    items = (
        _viewset(InformationItem, "title", "doc-full", ["title", "summary"]),
        _viewset(Route, "title", "arrow-right-full", ["title"]),
        _viewset(Organisation, "name", "group", ["name", "helps_with"]),
        _viewset(Question, "question", "help", ["question"]),
        _viewset(GlossaryTerm, "term", "info-circle", ["term", "abbreviation", "synonyms"]),
        _viewset(Topic, "title", "folder-open-inverse", ["title"]),
        ExperienceStoryViewSet,
    )


class HttpsUrlsMixin:
    """URL fields of admin forms read ``www.example.nl`` as https (Django 6 behaviour)."""

    def formfield_for_dbfield(self, db_field, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")
        return super().formfield_for_dbfield(db_field, **kwargs)


class RegionViewSet(HttpsUrlsMixin, ModelViewSet):
    model = Region
    name = "regions"
    icon = "site"
    list_display = ["name", "code", "sector", "city", "is_example"]
    list_filter = ["sector", "is_example"]
    search_fields = ["name", "code", "city"]
    form_fields = [
        "code",
        "sector",
        "name",
        "address",
        "postcode",
        "city",
        "phone",
        "email",
        "website",
    ]
    inspect_view_enabled = True


class SchoolViewSet(HttpsUrlsMixin, ModelViewSet):
    model = School
    name = "schools"
    icon = "home"
    list_display = ["name", "code", "city", "po_region", "vo_region"]
    search_fields = ["name", "brin", "city", "municipality"]
    form_fields = [
        "brin", "vestiging", "name", "street", "house_number", "postcode", "city",
        "municipality", "website", "po_region", "vo_region",
    ]  # fmt: skip
    inspect_view_enabled = True


class PostcodeAreaViewSet(ModelViewSet):
    model = PostcodeArea
    name = "postcode_areas"
    icon = "pick"
    list_display = ["pc4", "po_region", "vo_region"]
    search_fields = ["pc4"]
    form_fields = ["pc4", "po_region", "vo_region"]


class ReferenceDataViewSetGroup(ModelViewSetGroup):
    menu_label = _("Referentiegegevens")
    menu_icon = "table"
    menu_order = 900
    items = (RegionViewSet, SchoolViewSet, PostcodeAreaViewSet)
