"""A system check: every step of a workflow of reviewed content is a ``ReviewStep``.

Wagtail lets an administrator put any task in a workflow, such as a plain
``GroupApprovalTask``. Such a step neither re-judges changed content nor records
what it approved, so the publish gate refuses at the end of the workflow, inside
Wagtail's ``finish()``, and the approving editor gets a server error. The check
names the workflow and the step before anyone gets there.
"""

from django.core import checks
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from wagtail.models import Task, WorkflowContentType, WorkflowTask

from content_models.models import REVIEWED_MODELS

WRONG_STEP = "workflows.E001"


def foreign_steps(using: str = "default") -> list[Task]:
    """The tasks of active workflows of reviewed content that are not a ``ReviewStep``."""
    from .models import ReviewStep

    reviewed = WorkflowContentType.objects.using(using).filter(
        content_type__app_label="content_models",
        content_type__model__in=[model._meta.model_name for model in REVIEWED_MODELS],
        workflow__active=True,
    )
    links = (
        WorkflowTask.objects.using(using)
        .filter(workflow__in=reviewed.values("workflow"))
        .select_related("task", "workflow")
        .order_by("workflow__name", "sort_order")
    )
    return [
        link.task.specific
        for link in links
        if not issubclass(link.task.specific_class or Task, ReviewStep)
    ]


def migrated(alias: str) -> bool:
    """Every migration of this app applied (``migrate`` runs the checks before migrating)."""
    loader = MigrationLoader(connections[alias])
    ours = [node for node in loader.graph.nodes if node[0] == "workflows"]
    return all(node in loader.applied_migrations for node in ours)


@checks.register(checks.Tags.database)
def check_workflow_steps(databases=None, **kwargs) -> list[checks.CheckMessage]:
    errors = []
    for alias in databases or ():
        if not migrated(alias):
            continue  # the migrations set up (and repair) the default workflow first
        errors += [
            checks.Error(
                f"The step {step.name!r} ({type(step).__name__}) is not a workflows ReviewStep, "
                "so the publish gate refuses every text that reaches its end.",
                hint="Use a Leesbaarheidscheck, a panel step or Eindredactie "
                "(workflows.FinalEditingTask) instead, or take the step out of the workflow.",
                obj=step,
                id=WRONG_STEP,
            )
            for step in foreign_steps(alias)
        ]
    return errors
