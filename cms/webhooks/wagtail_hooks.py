from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import WebhookDelivery
from .views import ConnectionsViewSetGroup, ReadOnlyPolicy

register_permission_policy(WebhookDelivery, ReadOnlyPolicy(WebhookDelivery))


@hooks.register("register_admin_viewset")
def register_connections():
    return ConnectionsViewSetGroup()
