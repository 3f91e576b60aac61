"""Admin viewsets of the delivery side: webhooks and their delivery log."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from content_models.views import HttpsUrlsMixin

from .models import Webhook, WebhookDelivery


class WebhookViewSet(HttpsUrlsMixin, ModelViewSet):
    model = Webhook
    name = "webhooks"
    icon = "link-external"
    menu_label = _("Webhooks")
    list_display = ["name", "url", "is_active", "created_at"]
    form_fields = ["name", "url", "secret", "is_active"]
    inspect_view_enabled = True


class ReadOnlyPolicy(ModelPermissionPolicy):
    """The log is written by the deliveries, never by hand."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    name = "webhook_deliveries"
    icon = "list-ul"
    menu_label = _("Bezorgingen")
    list_display = ["webhook", "event", "status", "attempts", "response_status", "created_at"]
    list_filter = ["status", "event", "webhook"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "webhook",
        "event",
        "status",
        "attempts",
        "response_status",
        "last_error",
        "payload",
        "created_at",
        "delivered_at",
    ]
    form_fields = ["webhook"]


class ConnectionsViewSetGroup(ViewSetGroup):
    menu_label = _("Koppelingen")
    menu_icon = "link"
    menu_order = 900
    items = (WebhookViewSet, WebhookDeliveryViewSet)
