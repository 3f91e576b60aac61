"""Webhooks: signed POSTs on publish and unpublish, in the background, with retries."""

import hashlib
import hmac

import pytest
from django.urls import reverse

from cms.webhooks.models import Webhook, WebhookDelivery
from content_models.publishing import publishing_allowed
from tests.factories import InformationItemFactory

from ..conftest import Receiver

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_retries(settings):
    settings.WEBHOOK_RETRY_DELAYS = [0, 0]


@pytest.fixture
def run_worker(run_background_tasks):
    return run_background_tasks


def publish_item(django_capture_on_commit_callbacks, region=None):
    with django_capture_on_commit_callbacks(execute=True), publishing_allowed("tests"):
        item = InformationItemFactory(slug="artikel", region=region)
        item.save_revision().publish()
    item.refresh_from_db()
    return item


def test_publish_is_delivered_signed(receiver, django_capture_on_commit_callbacks, run_worker):
    webhook = Webhook.objects.create(name="Site", url=receiver.url + "/hook")
    publish_item(django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert receiver.requests == []  # not during the publish: in the background

    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED and delivery.attempts == 1
    request = receiver.requests[0]
    headers = {k.lower(): v for k, v in request["headers"].items()}
    expected = hmac.new(
        webhook.secret.encode(),
        headers["x-passend-timestamp"].encode() + b"." + request["body"],
        hashlib.sha256,
    ).hexdigest()
    assert headers["x-passend-signature"] == f"sha256={expected}"
    assert headers["x-passend-event"] == "published"
    payload = receiver.json()
    assert payload["type"] == "item" and payload["slug"] == "artikel"
    assert payload["scope"] == "national" and payload["url"].endswith("/api/v1/items/artikel/")
    assert "title" not in payload  # names what changed; the content comes from the API


def test_unpublish_is_delivered(receiver, django_capture_on_commit_callbacks, run_worker):
    Webhook.objects.create(name="Site", url=receiver.url)
    item = publish_item(django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        item.unpublish()
    run_worker()
    assert [r["headers"]["X-Passend-Event"] for r in receiver.requests] == [
        "published",
        "unpublished",
    ]


def test_failed_deliveries_are_retried_then_given_up(
    django_capture_on_commit_callbacks, run_worker
):
    flaky = Receiver(statuses=[500, 503])
    broken = Receiver(statuses=[500, 500, 500])
    try:
        Webhook.objects.create(name="Wankel", url=flaky.url)
        Webhook.objects.create(name="Kapot", url=broken.url)
        Webhook.objects.create(name="Uit", url=broken.url, is_active=False)
        publish_item(django_capture_on_commit_callbacks)
        run_worker()
    finally:
        flaky.server.shutdown()
        broken.server.shutdown()
    recovered = WebhookDelivery.objects.get(webhook__name="Wankel")
    assert (recovered.status, recovered.attempts) == ("delivered", 3)
    failed = WebhookDelivery.objects.get(webhook__name="Kapot")
    assert (failed.status, failed.attempts, failed.last_error) == ("failed", 3, "HTTP 500")
    assert not WebhookDelivery.objects.filter(webhook__name="Uit").exists()


def test_nothing_is_sent_when_the_transaction_rolls_back(
    receiver, django_capture_on_commit_callbacks
):
    Webhook.objects.create(name="Site", url=receiver.url)
    with django_capture_on_commit_callbacks(execute=False), publishing_allowed("tests"):
        InformationItemFactory(slug="artikel").save_revision().publish()
    assert not WebhookDelivery.objects.exists()


def test_admin_manages_webhooks_and_reads_the_log(client, editors, receiver):
    webhook = Webhook.objects.create(name="Site", url=receiver.url)
    WebhookDelivery.objects.create(webhook=webhook, event="published", payload={"slug": "x"})
    client.force_login(editors["superuser"])
    for name in ("webhooks", "webhook_deliveries"):
        assert client.get(reverse(f"{name}:index")).status_code == 200
    response = client.post(
        reverse("webhooks:add"),
        {"name": "Nieuwe site", "url": "https://site.example/hook", "secret": "geheim-1234"},
    )
    assert response.status_code == 302
    assert client.get(reverse("webhook_deliveries:add")).status_code in (302, 403)
    client.force_login(editors["final"])
    assert client.get(reverse("webhooks:index")).status_code in (302, 403)


def test_cdn_is_purged_on_publish(receiver, settings, django_capture_on_commit_callbacks, demo):
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": receiver.url,
        }
    }
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []
    settings.PUBLIC_URL = "https://api.example"
    receiver.requests.clear()
    publish_item(django_capture_on_commit_callbacks, region=demo)
    purged = {(r["method"], r["path"]) for r in receiver.requests}
    assert ("PURGE", "/api/v1/items/artikel/?region=PO2001") in purged
    assert ("PURGE", "/api/v1/bundle/?region=PO2001") in purged
    assert ("PURGE", "/embed/region/PO2001/") in purged
