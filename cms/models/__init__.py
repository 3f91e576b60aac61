"""Models of the delivery side: anonymous feedback and webhook subscriptions."""

from .feedback import Feedback
from .webhooks import Webhook, WebhookDelivery

__all__ = ["Feedback", "Webhook", "WebhookDelivery"]
