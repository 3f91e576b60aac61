"""One entry point for "content changed": ``content_changed(scopes)``.

Every write path calls it: Wagtail's ``published`` and ``unpublished`` signals
(the workflow, consent withdrawal and every other way to go live or away),
deletes, edits of the DUO reference data, bulk writes that send no model
signals (the DUO importer and its revert send ``content_models.signals.content_changed``),
rebuilds of the stored API forms and ``post_migrate``.

Its effects (response cache, CDN purge, search index, webhooks) run after the
transaction commits, so nobody is told about, or caches, something that was
rolled back; each runs on its own, so one that fails does not stop the others
and never reaches the editor who published. A failed effect is logged and
tried again later by a background task (``retry_effect``).

A webhook event names what changed and where to read it (never the content).
"""

import logging
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils import timezone
from django_tasks import task
from wagtail.signals import published, unpublished

from content_models import signals as content_signals
from content_models.models import (
    PostcodeArea,
    Region,
    ReviewedContent,
    School,
)

from ..webhooks.tasks import notify_webhooks
from .api.caching import invalidate
from .api.scopes import EVERYTHING, NATIONAL_TAG, region_tag
from .urls_for import detail_path, public_urls

logger = logging.getLogger(__name__)

REFERENCE_MODELS = (Region, School, PostcodeArea)


def webhook_event(instance: ReviewedContent, event: str) -> dict:
    """The payload of a webhook: what changed and where to read it, never the content."""
    path = detail_path(instance)
    return {
        "event": event,
        "type": instance.api_type,
        "slug": instance.slug,
        "locale": instance.locale.language_code,
        "scope": instance.scope,
        "url": settings.PUBLIC_URL + path if path else None,
        "occurred_at": timezone.now().isoformat(),
    }


def scopes_of(instance: ReviewedContent) -> set[str]:
    """The cache scopes whose responses can show ``instance``."""
    if instance.region_id is None:
        return {NATIONAL_TAG}
    scopes = {region_tag(instance.region.code)}
    if not instance.region_only:
        scopes.add(NATIONAL_TAG)
    return scopes


@dataclass(frozen=True)
class Change:
    """What changed, as plain data: a retry task carries it as JSON."""

    scopes: list[str]
    # The public paths that show the content (CDN purge).
    paths: list[str] = field(default_factory=list)
    # The webhook event (``webhook_event``), for a publish or unpublish.
    event: dict | None = None
    # (model label, pk, language) of the object whose search entry changed.
    indexed: tuple[str, int, str] | None = None
    # DUO reference data (schools, SWVs) changed: the schools in the search index follow.
    # Not set by ``migrate`` or a rebuild of the stored forms: they touch no school, and a
    # whole-index rebuild per language on every deploy would queue ahead of every publish.
    reference_data: bool = False


def purge_cdn(change: Change) -> None:
    """Ask the CDN to drop the public URLs that show this content."""
    if not change.paths or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache([settings.PUBLIC_URL + path for path in change.paths])


def update_search(change: Change) -> None:
    from search.signals import index_changed, reference_data_changed

    if change.indexed is not None:
        index_changed(*change.indexed)
    elif change.reference_data:
        reference_data_changed()


def notify(change: Change) -> None:
    if change.event is not None:
        notify_webhooks(change.event)


EFFECTS: dict[str, Callable[[Change], None]] = {
    "cache": lambda change: invalidate(change.scopes),
    "cdn": purge_cdn,
    "search": update_search,
    "webhooks": notify,
}


def apply_effect(name: str, change: dict, attempt: int = 0) -> None:
    """Run one effect; when it fails, log it and leave it to a retry task."""
    try:
        EFFECTS[name](Change(**change))
    except Exception:
        delays = settings.CONTENT_CHANGED_RETRY_DELAYS
        if attempt >= len(delays):
            logger.exception("Effect %r of a content change failed; giving up", name)
            return
        logger.warning("Effect %r of a content change failed; retrying", name, exc_info=True)
        try:
            run_after = timezone.now() + timedelta(seconds=delays[attempt])
            retry_effect.using(run_after=run_after).enqueue(name, change, attempt + 1)
        except Exception:
            logger.exception("Effect %r of a content change could not be queued again", name)


@task(backend="background")
def retry_effect(name: str, change: dict, attempt: int) -> None:
    """Another try at an effect of a content change that failed."""
    apply_effect(name, change, attempt)


class AfterCommit:
    """One effect of a change, waiting for the commit."""

    def __init__(self, name: str, change: dict) -> None:
        self.name, self.change, self.ran = name, change, False

    def __call__(self) -> None:
        self.ran = True
        apply_effect(self.name, self.change)


def content_changed(
    scopes: Iterable[str],
    *,
    instance: ReviewedContent | None = None,
    event: str | None = None,
    reference_data: bool = False,
) -> None:
    """Bring everything that shows content in ``scopes`` up to date once this transaction commits.

    ``instance`` (with ``event``, ``"published"`` or ``"unpublished"``) names the
    object that changed, for the CDN purge, the search index and the webhooks.
    """
    change = Change(scopes=sorted(set(scopes)), reference_data=reference_data)
    if instance is not None:
        change = Change(
            scopes=change.scopes,
            paths=public_urls(instance),
            event=webhook_event(instance, event) if event else None,
            indexed=(instance._meta.label, instance.pk, instance.locale.language_code),
        )
    data = asdict(change)
    for name in EFFECTS:
        transaction.on_commit(AfterCommit(name, data))


def on_published(sender, instance, **kwargs) -> None:
    if isinstance(instance, ReviewedContent):
        content_changed(scopes_of(instance), instance=instance, event="published")


def on_unpublished(sender, instance, **kwargs) -> None:
    if isinstance(instance, ReviewedContent):
        content_changed(scopes_of(instance), instance=instance, event="unpublished")


def on_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, ReviewedContent) and instance.live:
        content_changed(scopes_of(instance), instance=instance, event="unpublished")


def on_reference_data_changed(sender, **kwargs) -> None:
    """An edit or import of DUO data, or any other bulk write: every response may change.

    Once per transaction, however many rows it touches.
    """
    pending = transaction.get_connection().run_on_commit
    if not any(
        isinstance(callback, AfterCommit)
        and not callback.ran
        and callback.change["scopes"] == sorted(EVERYTHING)
        and callback.change["reference_data"]
        for _ids, callback, *_ in pending
    ):
        content_changed(EVERYTHING, reference_data=True)


def on_migrated(**kwargs) -> None:
    """A migration can change any row, and a new release what responses look like."""
    content_changed(EVERYTHING)


def connect(app_config) -> None:
    published.connect(on_published, dispatch_uid="delivery.published")
    unpublished.connect(on_unpublished, dispatch_uid="delivery.unpublished")
    post_delete.connect(on_deleted, dispatch_uid="delivery.deleted")
    post_migrate.connect(on_migrated, sender=app_config, dispatch_uid="delivery.migrated")
    content_signals.content_changed.connect(on_reference_data_changed, dispatch_uid="delivery.bulk")
    for model in REFERENCE_MODELS:
        for signal in (post_save, post_delete):
            signal.connect(
                on_reference_data_changed,
                sender=model,
                dispatch_uid=f"delivery.reference.{signal}.{model.__name__}",
            )
