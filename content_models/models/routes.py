from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, TitleFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..api_form_fields import APIField, ChildrenAPIField, ReferencesAPIField, RichTextAPIField
from ..blocks import RICH_TEXT_FEATURES
from ..text import html_to_text
from .base import ReviewedContent, StoredApiForm, SupplementMixin


class Route(StoredApiForm, SupplementMixin, ReviewedContent):
    """ "Waar kan je terecht?": the steps to take, in order, and who helps at each.

    A regional route is a supplement to the national one: its steps are placed
    between the national steps (see ``RouteStep.insert_after``).
    """

    title = models.CharField(_("titel"), max_length=200)
    intro = RichTextField(_("inleiding"), features=RICH_TEXT_FEATURES, blank=True)

    api_type = "route"
    api_list_url_name = "routes_list"
    api_detail_url_name = "routes_detail"
    api_form_fields = (
        RichTextAPIField("intro_html", source="intro"),
        ChildrenAPIField(
            "steps",
            fields=(
                APIField("title"),
                RichTextAPIField("advice_html", source="advice"),
                APIField("insert_after"),
                ReferencesAPIField("organisations"),
            ),
        ),
    )
    region_only = True
    in_site_search = True
    search_related = ("steps",)

    panels = [
        TitleFieldPanel("title", placeholder=False),
        FieldPanel("intro"),
        FieldPanel("supplement_to"),
        InlinePanel("steps", heading=_("Stappen"), label=_("stap"), min_num=1),
        *ReviewedContent.scope_panels,
    ]
    search_fields = [
        *ReviewedContent.search_fields,
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("intro"),
        index.RelatedFields("steps", [index.SearchField("title"), index.SearchField("advice")]),
    ]

    class Meta(ReviewedContent.Meta):
        ordering = ["title"]
        verbose_name = _("route")
        verbose_name_plural = _("routes")

    def __str__(self) -> str:
        return self.title

    def step_texts(self) -> list[str]:
        return [f"{s.title}\n{html_to_text(s.advice)}" for s in self.steps.all()]

    def reading_text(self) -> list[str]:
        return [self.title, html_to_text(self.intro), *self.step_texts()]

    def search_texts(self) -> tuple[str, str, str]:
        return self.title, html_to_text(self.intro), "\n".join(self.step_texts())


class RouteStep(TranslatableMixin, Orderable, ClusterableModel):
    """One step of a route: advice and the organisations to contact.

    Translatable so that wagtail-localize translates the steps with their route;
    the organisations and the place of a regional step stay as in the source.
    """

    route = ParentalKey(Route, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("stap"), max_length=200)
    advice = RichTextField(_("advies"), features=RICH_TEXT_FEATURES)
    organisations = ParentalManyToManyField(
        "content_models.Organisation",
        verbose_name=_("organisaties"),
        related_name="route_steps",
        blank=True,
    )
    insert_after = models.PositiveSmallIntegerField(
        _("na landelijke stap"),
        null=True,
        blank=True,
        help_text=_(
            "Alleen voor een regionale aanvulling: na welke landelijke stap komt deze stap? "
            "0 = vóór de eerste stap."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("advice"),
        FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
        FieldPanel("insert_after"),
    ]

    override_translatable_fields = [SynchronizedField("organisations")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")

    def __str__(self) -> str:
        return self.title
