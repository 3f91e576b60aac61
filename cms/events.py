"""What happens when content goes live or goes away: cache, CDN and webhooks.

Connected in ``CmsConfig.ready`` to Wagtail's ``published`` and ``unpublished``
signals (every way to live goes through them, including the workflow and
consent withdrawal) and to deletes. All effects run after the transaction
commits, so nobody is told about, or caches, something that was rolled back.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import published, unpublished

from content_models.duo import reference_data_changed
from content_models.models import (
    InformationItem,
    PostcodeArea,
    Question,
    Region,
    ReviewedContent,
    Route,
    School,
)

from .api.caching import NATIONAL_TAG, REFERENCE_TAG, invalidate, region_tag
from .webhooks import Event, notify_webhooks

# Regional content of these types only appears in responses for its own SWV;
# anything else (organisations, terms, stories, topics) can be referenced from
# national content as well.
REGION_ONLY = (InformationItem, Route, Question)


def tags_for(instance: ReviewedContent) -> set[str]:
    if instance.region_id is None:
        return {NATIONAL_TAG}
    tags = {region_tag(instance.region.code)}
    if not isinstance(instance, REGION_ONLY):
        tags.add(NATIONAL_TAG)
    return tags


def purge_cdn(instance: ReviewedContent) -> None:
    """Ask the CDN to drop the public URLs that show this content."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    from .urls_for import public_urls

    purge_urls_from_cache([settings.PUBLIC_URL + path for path in public_urls(instance)])


def content_changed(instance: ReviewedContent, event: str) -> None:
    tags = tags_for(instance)
    payload = Event.for_content(instance, event)

    def after_commit() -> None:
        invalidate(tags)
        purge_cdn(instance)
        notify_webhooks(payload)

    transaction.on_commit(after_commit)


def on_published(sender, instance, **kwargs) -> None:
    if isinstance(instance, ReviewedContent):
        content_changed(instance, "published")


def on_unpublished(sender, instance, **kwargs) -> None:
    if isinstance(instance, ReviewedContent):
        content_changed(instance, "unpublished")


def on_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, ReviewedContent) and instance.live:
        content_changed(instance, "unpublished")


def invalidate_reference_data() -> None:
    invalidate([REFERENCE_TAG])


def on_reference_data_changed(sender, **kwargs) -> None:
    """A DUO import touches thousands of rows: one invalidation per transaction."""
    pending = transaction.get_connection().run_on_commit
    if not any(callback is invalidate_reference_data for _ids, callback, *_ in pending):
        transaction.on_commit(invalidate_reference_data)


def connect() -> None:
    published.connect(on_published, dispatch_uid="cms.events.published")
    unpublished.connect(on_unpublished, dispatch_uid="cms.events.unpublished")
    post_delete.connect(on_deleted, dispatch_uid="cms.events.deleted")
    reference_data_changed.connect(on_reference_data_changed, dispatch_uid="cms.events.duo")
    for model in (Region, School, PostcodeArea):
        for signal in (post_save, post_delete):
            signal.connect(
                on_reference_data_changed,
                sender=model,
                dispatch_uid=f"cms.events.reference.{signal}.{model.__name__}",
            )
