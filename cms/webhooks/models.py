import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class Webhook(models.Model):
    """A URL that hears about every publish and unpublish, signed with its own secret."""

    name = models.CharField(_("naam"), max_length=120)
    url = models.URLField(_("adres"), max_length=500)
    secret = models.CharField(
        _("geheime sleutel"),
        max_length=100,
        default=new_secret,
        help_text=_(
            "Hiermee controleert de ontvanger de handtekening in de kop "
            "X-Passend-Signature (HMAC-SHA256)."
        ),
    )
    is_active = models.BooleanField(_("actief"), default=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        db_table = "cms_webhook"  # made by the cms app before the split
        ordering = ["name"]
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")

    def __str__(self) -> str:
        return self.name


class WebhookDelivery(models.Model):
    """The delivery log: one row per event and webhook, updated on every attempt."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht")
        DELIVERED = "delivered", _("Afgeleverd")
        FAILED = "failed", _("Mislukt")

    webhook = models.ForeignKey(
        Webhook, verbose_name=_("webhook"), on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(_("gebeurtenis"), max_length=30)
    payload = models.JSONField(_("bericht"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    response_status = models.PositiveSmallIntegerField(_("antwoordcode"), null=True, blank=True)
    last_error = models.TextField(_("laatste fout"), blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("afgeleverd op"), null=True, blank=True)

    class Meta:
        db_table = "cms_webhookdelivery"  # made by the cms app before the split
        ordering = ["-created_at", "-pk"]
        verbose_name = _("webhook-bezorging")
        verbose_name_plural = _("webhook-bezorgingen")

    def __str__(self) -> str:
        return f"{self.webhook}: {self.event} ({self.get_status_display()})"
