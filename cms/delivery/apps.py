from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    """The read side: the API, the embed, the response cache and what keeps them current."""

    name = "cms.delivery"
    label = "delivery"
    verbose_name = "Levering"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import changes
        from .api import cors, stored

        changes.connect(self)
        cors.connect()
        stored.connect(self)
