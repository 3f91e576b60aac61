from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class SupportDesk(models.Model):
    """The steunpunt of one SWV and the group of its staff.

    Members of ``staff_group`` register the contacts of this SWV only; the link is
    a row (like ``Region.editor_group``) so that renaming the group changes nothing.
    """

    region = models.OneToOneField(
        "content_models.Region",
        verbose_name=_("samenwerkingsverband"),
        on_delete=models.CASCADE,
        related_name="support_desk",
    )
    staff_group = models.OneToOneField(
        Group,
        verbose_name=_("groep medewerkers"),
        on_delete=models.CASCADE,
        related_name="support_desk",
    )

    class Meta:
        verbose_name = _("steunpunt")
        verbose_name_plural = _("steunpunten")

    def __str__(self) -> str:
        return str(self.staff_group)
