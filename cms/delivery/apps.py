from django.apps import AppConfig, apps


class DeliveryConfig(AppConfig):
    """The read side: the API, the embed, the response cache and what keeps them current."""

    name = "cms.delivery"
    label = "delivery"
    verbose_name = "Levering"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import changes
        from .api import cors, stored

        # ``post_migrate`` is sent only for apps with models, which this one has not:
        # the content's own app stands in, so ``migrate`` rebuilds forms and clears caches.
        content = apps.get_app_config("content_models")
        changes.connect(content)
        cors.connect()
        stored.connect(content)
