"""Published means published: the one gate every publish of reviewed content passes.

Content goes live only while a caller has said why it may: the validation
workflow when its final task approves (``workflows.publishing``), or a
superuser's forced publish with a written reason, which is logged. Anything
else that calls ``publish()`` (an edit view, a bulk action, a translation sync,
a script) is refused. Through the workflow's door only a revision whose content
every task of the workflow approved gets through (``content_models.approvals``),
whoever opened the door.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .approvals import workflow_coverage

FORCE_PUBLISH_ACTION = "content_models.force_publish"
WORKFLOW = "workflow"
MIN_REASON_LENGTH = 10

_allowed_because: ContextVar[str | None] = ContextVar("publish_allowed_because", default=None)


class PublishNotAllowed(PermissionDenied):
    pass


@contextmanager
def publishing_allowed(because: str) -> Iterator[None]:
    """Allow publishing inside this block; ``because`` names the door (workflow, force)."""
    token = _allowed_because.set(because)
    try:
        yield
    finally:
        _allowed_because.reset(token)


def check_publish_allowed(obj, revision) -> None:
    because = _allowed_because.get()
    if because is None:
        raise PublishNotAllowed(
            f"{obj} kan alleen live gaan na goedkeuring in de workflow "
            "(of geforceerd door een beheerder, met een reden)."
        )
    if because == WORKFLOW:
        coverage = workflow_coverage(obj, revision)
        if coverage is None or not coverage.complete:
            missing = ", ".join(t.name for t in coverage.missing()) if coverage else "alle stappen"
            raise PublishNotAllowed(
                f"{obj}: deze versie is niet door elke stap van de workflow goedgekeurd "
                f"(ontbreekt: {missing})."
            )


def guard_live_flag(obj, update_fields=None) -> None:
    """``live`` may only become true while publishing is allowed.

    Some code sets the flag directly instead of publishing a revision, for example
    wagtail-localize when it copies a live source into a new translation. A copy
    also carries the source's ``live_revision``: a row that is not live has none.
    """
    if update_fields is not None and "live" not in update_fields:
        return
    if obj.live and _allowed_because.get() is None:
        if obj.pk is not None and type(obj)._default_manager.filter(pk=obj.pk, live=True).exists():
            return
        obj.live = False
    if not obj.live:
        obj.live_revision = None


def rewrites_live_row(obj, update_fields=None) -> bool:
    """Would this save write new content into the row readers see, outside the gate?

    The row of a live object holds its published content; editors change it through
    revisions. wagtail-localize instead saves a live translation's row when a
    translator syncs or "publishes" it. An unpublish also saves the whole row, but it
    clears ``live_revision`` and only takes content away.
    """
    if _allowed_because.get() is not None or update_fields is not None or obj.pk is None:
        return False
    if obj.live_revision_id is None:
        return False
    return type(obj)._default_manager.filter(pk=obj.pk, live=True).exists()


def force_publish(obj, *, user, reason: str):
    """Publish the latest revision outside the workflow, recording who and why."""
    if user is not None and not user.is_superuser:
        raise PermissionDenied("Alleen een beheerder mag geforceerd publiceren.")
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON_LENGTH:
        raise ValidationError(
            _("Schrijf op waarom dit niet via de workflow kan (minstens %(n)s tekens)."),
            params={"n": MIN_REASON_LENGTH},
        )
    revision = obj.get_latest_revision() or obj.save_revision(user=user)
    with publishing_allowed("force"):
        revision.publish(user=user, skip_permission_checks=True)
    log(instance=obj, action=FORCE_PUBLISH_ACTION, user=user, data={"reason": reason})
    return revision
