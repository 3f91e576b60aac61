from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    """Signed POSTs to registered URLs on every publish and unpublish, with their delivery log."""

    name = "cms.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"
    default_auto_field = "django.db.models.BigAutoField"
