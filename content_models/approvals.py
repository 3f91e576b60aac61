"""Which steps of the validation workflow approved the content of a revision.

A revision may go live only when every active task of its workflow approved it,
or approved another revision with the same reviewed content: the same digest of
everything a reader reads (text, audiences, links, contact cards, sources),
leaving out the bookkeeping Wagtail changes on every save. Both the workflow
tasks (``workflows.models``) and the publish gate (``content_models.publishing``)
read approvals through this one module, so they cannot disagree.
"""

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.core.serializers.json import DjangoJSONEncoder

if TYPE_CHECKING:
    # The publish gate imports this module while Wagtail's models are still loading.
    from wagtail.models import Revision, Task, TaskState, WorkflowState

# Fields of a revision that change without changing what a reader reads.
BOOKKEEPING_FIELDS = frozenset(
    {
        "pk",
        "translation_key",
        "locale",
        "latest_revision",
        "live",
        "live_revision",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "latest_revision_created_at",
        "go_live_at",
        "expire_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "review_by",
        "api_form",
    }
)


def without_block_ids(value):
    """StreamField data without its block ids: a form saved again gives blocks new ids."""
    if isinstance(value, dict):
        return {k: without_block_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [without_block_ids(v) for v in value]
    return value


def content_digest(revision: "Revision") -> str:
    """A fingerprint of what readers will read in ``revision``; equal means the same text."""
    from wagtail.fields import StreamField

    digest = getattr(revision, "_reviewed_digest", None)
    if digest is None:
        model = revision.content_type.model_class()
        content = {k: v for k, v in revision.content.items() if k not in BOOKKEEPING_FIELDS}
        for streamfield in model._meta.get_fields():
            name = streamfield.name
            if isinstance(streamfield, StreamField) and isinstance(content.get(name), str):
                content[name] = without_block_ids(json.loads(content[name]))
        encoded = json.dumps(content, sort_keys=True, cls=DjangoJSONEncoder).encode()
        digest = revision._reviewed_digest = hashlib.sha256(encoded).hexdigest()
    return digest


@dataclass
class Coverage:
    """The approvals in one workflow state that hold for the content of one revision."""

    workflow_state: "WorkflowState"
    revision: "Revision"
    tasks: list["Task"]
    approvals: dict[int, "TaskState"] = field(default_factory=dict)

    @classmethod
    def of(cls, workflow_state: "WorkflowState", revision: "Revision") -> "Coverage":
        from wagtail.models import TaskState

        tasks = list(workflow_state.workflow.tasks.filter(active=True))
        digest = content_digest(revision)
        approvals: dict[int, TaskState] = {}
        states = (
            TaskState.objects.filter(
                workflow_state=workflow_state,
                status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED],
            )
            .select_related("revision")
            .order_by("started_at", "pk")
        )
        for state in states:
            if content_digest(state.revision) == digest:
                approvals.setdefault(state.task_id, state)
        return cls(workflow_state, revision, tasks, approvals)

    def missing(self) -> list["Task"]:
        """The tasks, in workflow order, that did not approve this content."""
        return [task for task in self.tasks if task.pk not in self.approvals]

    def first_missing(self) -> "Task | None":
        return next(iter(self.missing()), None)

    def comes_before(self, task: "Task", other: "Task") -> bool:
        order = [t.pk for t in self.tasks]
        return other.pk not in order or order.index(task.pk) < order.index(other.pk)

    @property
    def complete(self) -> bool:
        return bool(self.tasks) and self.first_missing() is None


def workflow_coverage(obj, revision: "Revision") -> Coverage | None:
    """Coverage of ``revision`` in the object's newest running or approved workflow."""
    from wagtail.models import WorkflowState

    state = (
        WorkflowState.objects.for_instance(obj)
        .filter(status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_APPROVED])
        .select_related("workflow")
        .order_by("-created_at", "-pk")
        .first()
    )
    return None if state is None else Coverage.of(state, revision)
