"""Reference data from DUO: samenwerkingsverbanden, postcode areas and schools.

Not editorial content: it is imported, not written, so it has no workflow. Every
import is one django-reversion revision and can be reverted.
"""

import re

import reversion
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

REGION_CODE_RE = re.compile(r"^\s*(PO|VO)[\s.\-_]*(\d{2})[\s.\-_]*(\d{2})\s*$", re.IGNORECASE)


def normalise_region_code(value: str) -> str:
    """Turn the forms DUO and people use (``PO 20.01``, ``po-20-01``) into ``PO2001``."""
    match = REGION_CODE_RE.match(value or "")
    if not match:
        raise ValidationError(
            _("‘%(value)s’ is geen geldige code van een samenwerkingsverband (zoals PO2001)."),
            params={"value": value},
        )
    sector, first, second = match.groups()
    return f"{sector.upper()}{first}{second}"


class Sector(models.TextChoices):
    PO = "PO", _("Primair onderwijs")
    VO = "VO", _("Voortgezet onderwijs")


@reversion.register()
class Region(models.Model):
    """A samenwerkingsverband passend onderwijs (SWV): the unit of regional content."""

    code = models.CharField(
        _("code"), max_length=6, unique=True, help_text=_("Bijvoorbeeld PO2001.")
    )
    sector = models.CharField(_("sector"), max_length=2, choices=Sector.choices)
    name = models.CharField(_("naam"), max_length=255)
    address = models.CharField(_("adres"), max_length=255, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    city = models.CharField(_("plaats"), max_length=100, blank=True)
    phone = models.CharField(_("telefoon"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    is_example = models.BooleanField(
        _("voorbeeld"), default=False, help_text=_("Verzonnen regio voor de demo. Niet echt.")
    )
    editor_group = models.OneToOneField(
        Group,
        verbose_name=_("groep regionale redactie"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="editor_region",
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("samenwerkingsverband")
        verbose_name_plural = _("samenwerkingsverbanden")

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def clean(self) -> None:
        self.code = normalise_region_code(self.code)
        if self.code[:2] != self.sector:
            raise ValidationError({"sector": _("De sector hoort bij de code: %s.") % self.code[:2]})


@reversion.register()
class PostcodeArea(models.Model):
    """A PC4 area and the two SWVs (PO and VO) that cover it."""

    pc4 = models.CharField(_("postcodegebied"), max_length=4, unique=True)
    po_region = models.ForeignKey(
        Region,
        verbose_name=_("samenwerkingsverband PO"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="po_postcode_areas",
        limit_choices_to={"sector": Sector.PO},
    )
    vo_region = models.ForeignKey(
        Region,
        verbose_name=_("samenwerkingsverband VO"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="vo_postcode_areas",
        limit_choices_to={"sector": Sector.VO},
    )

    class Meta:
        ordering = ["pc4"]
        verbose_name = _("postcodegebied")
        verbose_name_plural = _("postcodegebieden")

    def __str__(self) -> str:
        return self.pc4


@reversion.register()
class School(models.Model):
    """A school location (vestiging), known by BRIN + vestigingsnummer such as ``02QZ00``."""

    brin = models.CharField(_("BRIN"), max_length=4)
    vestiging = models.CharField(_("vestigingsnummer"), max_length=2)
    name = models.CharField(_("naam"), max_length=255)
    street = models.CharField(_("straat"), max_length=255, blank=True)
    house_number = models.CharField(_("huisnummer"), max_length=20, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    city = models.CharField(_("plaats"), max_length=100, blank=True)
    municipality = models.CharField(_("gemeente"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    po_region = models.ForeignKey(
        Region,
        verbose_name=_("samenwerkingsverband PO"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="po_schools",
    )
    vo_region = models.ForeignKey(
        Region,
        verbose_name=_("samenwerkingsverband VO"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="vo_schools",
    )

    class Meta:
        ordering = ["brin", "vestiging"]
        verbose_name = _("school")
        verbose_name_plural = _("scholen")
        constraints = [
            models.UniqueConstraint(fields=["brin", "vestiging"], name="unique_school_vestiging")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    @property
    def code(self) -> str:
        return f"{self.brin}{self.vestiging}"

    @property
    def regions(self) -> list[Region]:
        return [r for r in (self.po_region, self.vo_region) if r is not None]
