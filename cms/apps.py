from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Passend Informatie"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import events
        from .api import cors, stored

        events.connect(self)
        cors.connect()
        stored.connect(self)
