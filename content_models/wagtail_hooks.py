from django.templatetags.static import static
from django.urls import include, path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from . import localize
from .models import REVIEWED_MODELS
from .permissions import RegionScopePolicy
from .publishing import FORCE_PUBLISH_ACTION
from .views import ContentViewSetGroup, ReferenceDataViewSetGroup

for _model in REVIEWED_MODELS:
    register_permission_policy(_model, RegionScopePolicy(_model), exact_class=True)

register_snippet(ContentViewSetGroup)


@hooks.register("register_admin_viewset")
def register_reference_data_viewsets():
    return ReferenceDataViewSetGroup()


@hooks.register("register_log_actions")
def register_force_publish_log_action(actions):
    @actions.register_action(FORCE_PUBLISH_ACTION)
    class ForcePublish(LogFormatter):
        label = _("Geforceerd gepubliceerd")

        def format_message(self, log_entry):
            return _("Geforceerd gepubliceerd, buiten de workflow. Reden: %(reason)s") % {
                "reason": log_entry.data.get("reason", "")
            }


@hooks.register("construct_snippet_action_menu")
def remove_direct_publish(menu_items, request, context):
    """Reviewed content is published by the workflow's final task, never by a button."""
    if issubclass(context["model"], REVIEWED_MODELS):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("register_admin_urls", order=-1)
def register_scoped_localize_urls():
    """Before wagtail-localize's own URLs (order 0), so these match first."""
    return [path("localize/", include(localize.urlpatterns()))]


@hooks.register("insert_global_admin_js")
def focus_the_error_message():
    return format_html('<script src="{}" defer></script>', static("content_models/error_focus.js"))
