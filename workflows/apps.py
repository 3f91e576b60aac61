from django.apps import AppConfig
from django.db.models.signals import post_migrate


class WorkflowsConfig(AppConfig):
    name = "workflows"
    verbose_name = "Validatie"

    def ready(self) -> None:
        from . import checks  # noqa: F401  (registers the system check)
        from .groups import ensure_workflow_groups

        post_migrate.connect(ensure_workflow_groups, sender=self)
