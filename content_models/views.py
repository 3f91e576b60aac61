"""Admin viewsets: the content snippets (scoped per SWV) and the reference data."""

from django.conf import settings
from django.db import models
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import ListingButton
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import filters, object_views
from .choosers import ScopedChooserViewSet
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
    add_view_class = object_views.CreateView
    edit_view_class = object_views.EditView
    copy_view_class = object_views.CopyView
    delete_view_class = object_views.DeleteView
    unpublish_view_class = object_views.UnpublishView
    lock_view_class = object_views.LockView
    unlock_view_class = object_views.UnlockView
    usage_view_class = object_views.UsageView
    history_view_class = object_views.HistoryView
    inspect_view_class = object_views.InspectView
    preview_on_edit_view_class = object_views.PreviewOnEditView
    revisions_view_class = object_views.PreviewRevisionView
    revisions_compare_view_class = object_views.RevisionsCompareView
    revisions_unschedule_view_class = object_views.RevisionsUnscheduleView
    workflow_history_view_class = object_views.WorkflowHistoryView
    workflow_history_detail_view_class = object_views.WorkflowHistoryDetailView
    workflow_action_view_class = object_views.WorkflowActionView
    collect_workflow_action_data_view_class = object_views.CollectWorkflowActionDataView
    confirm_workflow_cancellation_view_class = object_views.ConfirmWorkflowCancellationView
    workflow_preview_view_class = object_views.WorkflowPreviewView
    chooser_viewset_class = ScopedChooserViewSet
    inspect_view_fields_exclude = INTERNAL_FIELDS

    title_field = "title"
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = 50

    @property
    def force_publish_view(self):
        return self.construct_view(object_views.ForcePublishView)

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


class InformationItemViewSet(ReviewedContentViewSet):
    model = InformationItem
    icon = "doc-full"
    search_fields = ["title", "summary"]
    filterset_class = filters.InformationItemFilterSet


class RouteViewSet(ReviewedContentViewSet):
    model = Route
    icon = "arrow-right-full"
    search_fields = ["title"]
    filterset_class = filters.RouteFilterSet


class OrganisationViewSet(ReviewedContentViewSet):
    model = Organisation
    icon = "group"
    title_field = "name"
    search_fields = ["name", "helps_with"]
    filterset_class = filters.OrganisationFilterSet


class QuestionViewSet(ReviewedContentViewSet):
    model = Question
    icon = "help"
    title_field = "question"
    search_fields = ["question"]
    filterset_class = filters.QuestionFilterSet


class GlossaryTermViewSet(ReviewedContentViewSet):
    model = GlossaryTerm
    icon = "info-circle"
    title_field = "term"
    search_fields = ["term", "abbreviation", "synonyms"]
    filterset_class = filters.GlossaryTermFilterSet


class TopicViewSet(ReviewedContentViewSet):
    model = Topic
    icon = "folder-open-inverse"
    search_fields = ["title"]
    filterset_class = filters.TopicFilterSet


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
    search_fields = ["title", "text"]
    filterset_class = filters.ExperienceStoryFilterSet
    index_view_class = StoryIndexView

    @property
    def list_display(self):
        return [*super().list_display, YesNoColumn("withdrawn", label=_("Ingetrokken"))]

    @property
    def withdraw_view(self):
        return self.construct_view(object_views.WithdrawConsentView)

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
        InformationItemViewSet,
        RouteViewSet,
        OrganisationViewSet,
        QuestionViewSet,
        GlossaryTermViewSet,
        TopicViewSet,
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
