from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import WebhookDelivery
from .side_panels import ApiPreviewSidePanel
from .views import ConnectionsViewSetGroup, ReadOnlyPolicy

register_permission_policy(WebhookDelivery, ReadOnlyPolicy(WebhookDelivery))


@hooks.register("register_admin_viewset")
def register_connections():
    return ConnectionsViewSetGroup()


@hooks.register("construct_reviewed_content_side_panels")
def add_api_preview_panel(panels, instance, request):
    panels.append(ApiPreviewSidePanel(instance, request))
