from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .admin_views import PanelMemberViewSet, ReadabilityOverrideView
from .demo import load_demo_panels, load_demo_translations, review
from .models import CONTENT_CHANGED_ACTION
from .side_panels import ApprovalsSidePanel, PanelSidePanel, ReadabilitySidePanel
from .translations import before_edit_translation
from .views import readability_check


@hooks.register("register_admin_urls")
def register_readability_urls():
    return [
        path(
            "readability/<str:app_label>/<str:model_name>/",
            readability_check,
            name="readability_check",
        ),
        path(
            "readability/<str:app_label>/<str:model_name>/<int:pk>/",
            readability_check,
            name="readability_check",
        ),
        path(
            "readability-override/<str:model_name>/<int:pk>/",
            ReadabilityOverrideView.as_view(),
            name="readability_override",
        ),
    ]


@hooks.register("construct_reviewed_content_side_panels")
def add_readability_panel(panels, instance, request):
    panels.append(ReadabilitySidePanel(instance, request))
    panels.append(ApprovalsSidePanel(instance, request))
    panels.append(PanelSidePanel(instance, request))


@hooks.register("register_admin_viewset")
def register_panel_members():
    return PanelMemberViewSet()


hooks.register("prepare_demo_content", load_demo_panels)
hooks.register("review_demo_content", review)
hooks.register("load_demo_content", load_demo_translations, order=1)
# Before wagtail-localize's hook, which would publish the translation at once.
hooks.register("before_edit_snippet", before_edit_translation, order=-1)


@hooks.register("register_log_actions")
def register_content_changed_log_action(actions):
    @actions.register_action(CONTENT_CHANGED_ACTION)
    class ContentChanged(LogFormatter):
        label = _("Tekst gewijzigd: workflow opnieuw")

        def format_message(self, log_entry):
            return log_entry.data.get("note", "").strip()
