"""Signed webhook events on publish and unpublish.

The receiver checks ``X-Passend-Signature``: ``sha256=`` and the hex
HMAC-SHA256, keyed with the webhook's secret, of ``<X-Passend-Timestamp>.<body>``.
Putting the timestamp in the signed text lets a receiver refuse replays.
A payload names what changed and where to read it; it never carries content,
so a receiver always reads the published version from the API.
"""

import hashlib
import hmac
import json
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from content_models.models import ReviewedContent

from .models import Webhook, WebhookDelivery
from .urls_for import detail_path

TYPE_NAMES = {
    "informationitem": "item",
    "route": "route",
    "organisation": "organisation",
    "glossaryterm": "glossary_term",
    "question": "question",
    "experiencestory": "story",
    "topic": "topic",
}


@dataclass(frozen=True)
class Event:
    event: str
    type: str
    slug: str
    locale: str
    scope: str
    url: str | None
    occurred_at: str

    @classmethod
    def for_content(cls, instance: ReviewedContent, event: str) -> "Event":
        path = detail_path(instance)
        return cls(
            event=event,
            type=TYPE_NAMES[instance._meta.model_name],
            slug=instance.slug,
            locale=instance.locale.language_code,
            scope=instance.scope,
            url=settings.PUBLIC_URL + path if path else None,
            occurred_at=timezone.now().isoformat(),
        )


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def encode(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()


def notify_webhooks(event: dict) -> None:
    """Log one delivery per active webhook and hand it to the background queue.

    ``event`` is an ``Event`` as a dict (it may come from a retry task).
    """
    from .tasks import deliver_webhook

    for webhook in Webhook.objects.filter(is_active=True):
        delivery = WebhookDelivery.objects.create(
            webhook=webhook, event=event["event"], payload=event
        )
        deliver_webhook.enqueue(delivery.pk)
