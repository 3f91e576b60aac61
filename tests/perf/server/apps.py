from django.apps import AppConfig


class PerfServerConfig(AppConfig):
    name = "tests.perf.server"
    label = "perf_server"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from .bust import install

        install()
