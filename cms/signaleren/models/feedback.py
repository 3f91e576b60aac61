from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedbackKind(models.TextChoices):
    """What kind of content an answer is about; the values are the API's type names."""

    ITEM = "item", _("informatie")
    ROUTE = "route", _("route")
    ORGANISATION = "organisation", _("organisatie")


class Feedback(models.Model):
    """One "Was dit nuttig?" answer, stored without anything that identifies a person.

    Only the day is kept (no time, no IP address, no cookie, no user agent), so
    an answer cannot be linked to a visit in a web server log.
    """

    date = models.DateField(_("datum"), db_index=True)
    kind = models.CharField(
        _("soort"), max_length=20, choices=FeedbackKind.choices, default=FeedbackKind.ITEM
    )
    item_slug = models.SlugField(_("informatie"), max_length=120)
    item_key = models.UUIDField(
        _("vertaalsleutel"), help_text=_("Dezelfde informatie in alle talen.")
    )
    region_code = models.CharField(_("samenwerkingsverband"), max_length=6, blank=True)
    locale = models.CharField(_("taal"), max_length=8)
    helpful = models.BooleanField(_("nuttig"))
    comment = models.TextField(_("opmerking"), blank=True)

    class Meta:
        db_table = "cms_feedback"  # made by the cms app before the split
        ordering = ["-date", "-pk"]
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")

    def __str__(self) -> str:
        answer = _("nuttig") if self.helpful else _("niet nuttig")
        return f"{self.get_kind_display()} {self.item_slug}: {answer} ({self.date})"
