"""Webhook deliveries: one row per event and webhook, POSTed in the background (django-tasks)."""

import time
from datetime import timedelta

import requests
from django.conf import settings
from django.utils import timezone
from django_tasks import task

from .models import Webhook, WebhookDelivery
from .signing import encode, sign


def notify_webhooks(event: dict) -> None:
    """Log one delivery per active webhook and hand it to the background queue.

    ``event`` is the payload the delivery app made of a publish or unpublish.
    """
    for webhook in Webhook.objects.filter(is_active=True):
        delivery = WebhookDelivery.objects.create(
            webhook=webhook, event=event["event"], payload=event
        )
        deliver_webhook.enqueue(delivery.pk)


@task(backend="background")
def deliver_webhook(delivery_id: int) -> str:
    """POST one event; on failure try again later, as often as ``WEBHOOK_RETRY_DELAYS`` says."""
    delivery = WebhookDelivery.objects.select_related("webhook").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != WebhookDelivery.Status.PENDING:
        return "skipped"
    body = encode(delivery.payload)
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "PassendInformatie-Webhook/1.0",
        "X-Passend-Event": delivery.event,
        "X-Passend-Delivery": str(delivery.pk),
        "X-Passend-Timestamp": timestamp,
        "X-Passend-Signature": sign(delivery.webhook.secret, timestamp, body),
    }
    delivery.attempts += 1
    try:
        response = requests.post(
            delivery.webhook.url,
            data=body,
            headers=headers,
            timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
            allow_redirects=False,
        )
        delivery.response_status = response.status_code
        ok = 200 <= response.status_code < 300
        delivery.last_error = "" if ok else f"HTTP {response.status_code}"
    except requests.RequestException as exc:
        ok = False
        delivery.response_status = None
        delivery.last_error = str(exc)[:1000]
    delays = settings.WEBHOOK_RETRY_DELAYS
    if ok:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = timezone.now()
    elif delivery.attempts > len(delays):
        delivery.status = WebhookDelivery.Status.FAILED
    delivery.save()
    if delivery.status == WebhookDelivery.Status.PENDING:
        run_after = timezone.now() + timedelta(seconds=delays[delivery.attempts - 1])
        deliver_webhook.using(run_after=run_after).enqueue(delivery.pk)
    return delivery.status
