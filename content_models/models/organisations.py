import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from ..api_form_fields import APIField, ChildrenAPIField, ChoiceAPIField
from ..safe_urls import WEB_SCHEMES, safe_url, validate_web_url
from .base import ReviewedContent, StoredApiForm


class OrganisationKind(models.TextChoices):
    STEUNPUNT = "steunpunt", _("Ouder- en jeugdsteunpunt")
    BELANGEN = "belangen", _("Belangenorganisatie")
    CONSULENT = "consulent", _("Onafhankelijke consulent")
    SAMENWERKINGSVERBAND = "samenwerkingsverband", _("Samenwerkingsverband")
    JURIDISCH = "juridisch", _("Hulp bij recht en regels")
    GESCHILLEN = "geschillen", _("Klachten en geschillen")
    TOEZICHT = "toezicht", _("Toezicht")
    ZORG = "zorg", _("Zorg en onderwijs")
    OVERHEID = "overheid", _("Overheid")
    NETWERK = "netwerk", _("Netwerk van ouders en professionals")
    PROFESSIONALS = "professionals", _("Voor scholen en professionals")


class Organisation(StoredApiForm, ReviewedContent):
    """Who helps: what they do, for whom, how to reach them and what it costs."""

    name = models.CharField(_("naam"), max_length=200)
    kind = models.CharField(_("soort"), max_length=30, choices=OrganisationKind.choices)
    helps_with = models.TextField(_("waarmee helpen zij?"))
    costs = models.CharField(
        _("kosten"), max_length=200, blank=True, help_text=_("Bijvoorbeeld: gratis.")
    )
    address = models.CharField(_("adres"), max_length=255, blank=True)

    api_type = "organisation"
    api_list_url_name = "organisations_list"
    api_form_fields = (
        APIField("name"),
        ChoiceAPIField("kind", label="kind_label"),
        APIField("helps_with"),
        APIField("costs"),
        APIField("address"),
        ChildrenAPIField(
            "channels",
            fields=(
                APIField("kind"),
                APIField("value"),
                APIField("label"),
                APIField("opening_hours"),
                APIField("href"),
            ),
        ),
    )
    in_site_search = True
    search_related = ("channels",)

    panels = [
        TitleFieldPanel("name", placeholder=False),
        FieldPanel("kind"),
        FieldPanel("helps_with"),
        FieldPanel("costs"),
        FieldPanel("address"),
        InlinePanel("channels", heading=_("Contact"), label=_("contactmogelijkheid")),
        *ReviewedContent.scope_panels,
    ]
    search_fields = [
        *ReviewedContent.search_fields,
        index.FilterField("kind"),
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("helps_with"),
    ]

    class Meta(ReviewedContent.Meta):
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self) -> str:
        return self.name

    def reading_text(self) -> list[str]:
        return [self.helps_with, self.costs]

    def search_texts(self) -> tuple[str, str, str]:
        channels = " ".join(f"{c.label} {c.value}" for c in self.channels.all())
        return self.name, self.helps_with, f"{self.costs}\n{channels}"


class ChannelKind(models.TextChoices):
    PHONE = "phone", _("Telefoon")
    EMAIL = "email", _("E-mail")
    WEB = "web", _("Website")
    CHAT = "chat", _("Chat")
    FORM = "form", _("Contactformulier")


WEB_KINDS = (ChannelKind.WEB, ChannelKind.CHAT, ChannelKind.FORM)
PHONE_RE = re.compile(r"\+?[\d][\d ().-]{2,30}")


class ContactChannel(Orderable):
    """One way to reach an organisation, with the hours it is open."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="channels")
    kind = models.CharField(_("soort"), max_length=10, choices=ChannelKind.choices)
    value = models.CharField(
        _("nummer of adres"), max_length=255, help_text=_("Telefoonnummer, e-mailadres of link.")
    )
    label = models.CharField(
        _("omschrijving"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: advieslijn.")
    )
    opening_hours = models.CharField(_("bereikbaar"), max_length=255, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("kind", widget=forms.RadioSelect),
                FieldPanel("value"),
                FieldPanel("label"),
                FieldPanel("opening_hours"),
            ]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contactmogelijkheid")
        verbose_name_plural = _("contactmogelijkheden")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"

    def clean(self) -> None:
        """Phone numbers and e-mail addresses as typed; links only to http(s) websites."""
        super().clean()
        value = self.value.strip()
        try:
            if self.kind == ChannelKind.PHONE and not PHONE_RE.fullmatch(value):
                raise ValidationError(_("Vul een telefoonnummer in, bijvoorbeeld 0800 5010."))
            if self.kind == ChannelKind.EMAIL:
                validate_email(value)
            if self.kind in WEB_KINDS:
                validate_web_url(value)
        except ValidationError as error:
            raise ValidationError({"value": error.messages}) from None

    @property
    def href(self) -> str:
        """A link a phone or browser can follow (tap to call); empty when it is not safe."""
        if self.kind == ChannelKind.PHONE:
            digits = "".join(c for c in self.value if c.isdigit() or c == "+")
            return f"tel:{digits}"
        if self.kind == ChannelKind.EMAIL:
            return safe_url(f"mailto:{self.value.strip()}")
        return safe_url(self.value, WEB_SCHEMES)
