"""Models of the delivery side: anonymous feedback and usage counts, webhooks."""

from .feedback import Feedback
from .usage import UsageCount
from .webhooks import Webhook, WebhookDelivery

__all__ = ["Feedback", "UsageCount", "Webhook", "WebhookDelivery"]
