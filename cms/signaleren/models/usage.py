from django.db import models
from django.utils.translation import gettext_lazy as _


class UsageCount(models.Model):
    """Counts per day × item × SWV × language: what was read and whether it helped.

    Only numbers: no visitor, address, cookie or time of day. A view is counted
    when a school or SWV site opens an article for its own region.
    """

    date = models.DateField(_("datum"))
    item_slug = models.SlugField(_("informatie"), max_length=120)
    region_code = models.CharField(_("samenwerkingsverband"), max_length=6)
    locale = models.CharField(_("taal"), max_length=8)
    views = models.PositiveIntegerField(_("gelezen"), default=0)
    helpful = models.PositiveIntegerField(_("nuttig"), default=0)
    not_helpful = models.PositiveIntegerField(_("niet nuttig"), default=0)
    comments = models.PositiveIntegerField(_("opmerkingen"), default=0)

    class Meta:
        db_table = "cms_usagecount"  # made by the cms app before the split
        constraints = [
            models.UniqueConstraint(
                fields=["date", "item_slug", "region_code", "locale"], name="usage_count_unique"
            )
        ]
        indexes = [models.Index(fields=["region_code", "date"])]
        verbose_name = _("gebruik")
        verbose_name_plural = _("gebruik")

    def __str__(self) -> str:
        return f"{self.date} {self.item_slug} {self.region_code}"
