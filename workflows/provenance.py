"""What readers are told about how the live text was checked, read from the workflow record.

The API, the widget and the iframe show it ("Gelezen door 3 ouders op 12 november
2026"), so it must be true of the revision that is live and of nothing else: it
is read from the approved workflow whose steps approved that revision's content
(``content_models.approvals.Coverage``), never from a draft's workflow. An
approval carried over from identical content ("Al goedgekeurd voor dezelfde
tekst") counts as the round that gave it: the coverage holds the first approval
of that content, which is the panel round itself, not its copy. Content that went
live without every step approving it (the forced publish) claims no check at all.

Only counts, levels and dates leave: no pseudonyms, no member ids, no comments.
"""

from datetime import datetime

from django.utils import timezone, translation
from pydantic_core import to_jsonable_python
from wagtail.models import TaskState, WorkflowState

from content_models.approvals import Coverage

from .models import Panel, PanelInvitation, PanelReviewTask, ReadabilityTask


def day(moment: datetime | None) -> str | None:
    return None if moment is None else timezone.localdate(moment).isoformat()


def live_coverage(obj) -> Coverage | None:
    """The newest approved workflow of ``obj`` whose steps all approved its live content."""
    revision = obj.live_revision
    if revision is None:
        return None
    states = (
        WorkflowState.objects.for_instance(obj)
        .filter(status=WorkflowState.STATUS_APPROVED)
        .select_related("workflow")
        .order_by("-created_at", "-pk")
    )
    for state in states:
        coverage = Coverage.of(state, revision)
        if coverage.complete:
            return coverage
    return None


def readability(approval: TaskState) -> dict:
    report = approval.specific.report
    return {
        "level": report.get("level"),
        "target": report.get("target"),
        "passed": bool(report.get("meets_target")),
        "date": day(approval.finished_at),
    }


def panel_round(task: PanelReviewTask, approval: TaskState) -> dict | None:
    """A round that members read; ``None`` for a round skipped (a text not meant for youth)."""
    approvals = PanelInvitation.objects.filter(
        task_state_id=approval.pk, decision=PanelInvitation.APPROVE
    ).count()
    if not approvals:
        return None
    with translation.override("nl"):
        label = str(Panel(task.panel).label)
    return {
        "panel": label,
        "audience": task.panel,
        "approvals": approvals,
        "quorum": task.quorum,
        "date": day(approval.finished_at),
    }


def validation(obj) -> dict | None:
    """The ``validation`` of the API for a live ``obj``; ``None`` for a row that is not live."""
    if not obj.live or obj.live_revision is None:
        return None
    # In the API's own JSON form of a datetime, as the rest of the response.
    published_at = to_jsonable_python(obj.last_published_at)
    coverage = live_coverage(obj)
    if coverage is None:
        return {
            "forced": True,
            "readability": None,
            "panels": [],
            "final_editing": None,
            "published_at": published_at,
        }
    result = {"forced": False, "readability": None, "panels": [], "final_editing": None}
    last = coverage.tasks[-1]
    for task in coverage.tasks:
        approval, step = coverage.approvals[task.pk], task.specific
        if isinstance(step, ReadabilityTask):
            result["readability"] = readability(approval)
        elif isinstance(step, PanelReviewTask):
            found = panel_round(step, approval)
            if found is not None:
                result["panels"].append(found)
        elif task.pk == last.pk:
            result["final_editing"] = {"date": day(approval.finished_at)}
    return {**result, "published_at": published_at}


def last_checked(obj, record: dict | None) -> str | None:
    """The day a person last approved the live text (when forced: the day it went live)."""
    if record is None:
        return None
    if record["final_editing"]:
        return record["final_editing"]["date"]
    return day(obj.last_published_at)
