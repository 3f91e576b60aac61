"""The shared base of every piece of reviewed content.

Everything a parent or young person reads goes through the same mixins, in
Wagtail's order, so that the validation workflow, drafts, locking, revisions,
preview, translation and search treat every content type alike.
"""

from typing import ClassVar

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..api_form_fields import APIField
from ..forms import ReviewedContentForm
from ..publishing import check_publish_allowed, guard_live_flag, rewrites_live_row
from ..safe_urls import validate_sources

NATIONAL = "national"


class Audience(models.Model):
    """Who a text is written for; drives the readability target and the panels."""

    OUDERS = "ouders"
    JONGEREN = "jongeren"
    KINDEREN = "kinderen"
    PROFESSIONALS = "professionals"

    slug = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("naam"), max_length=50)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")

    def __str__(self) -> str:
        return str(self.name)


class ReviewedContent(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """Abstract base: scope (national or one SWV), audiences, topics and upkeep.

    Each concrete type declares its facts here once, as Wagtail does with
    ``search_fields``; the API, search, webhooks and cache read them from the
    model, so a new type touches its model and migration, not lists elsewhere.
    """

    #: The type's public name in the API, search results and webhooks.
    api_type: ClassVar[str]
    #: URL names (namespace ``api-v1``) of the type's list and detail endpoints.
    api_list_url_name: ClassVar[str | None] = None
    api_detail_url_name: ClassVar[str | None] = None
    #: Regional rows show only in responses for their own SWV (nothing national refers to them).
    region_only: ClassVar[bool] = False
    #: Found by the site search, with the texts of ``search_texts``.
    in_site_search: ClassVar[bool] = False
    #: Relations ``search_texts`` reads, prefetched by a full index rebuild.
    search_related: ClassVar[tuple[str, ...]] = ()

    slug = models.SlugField(
        _("korte naam"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Vast deel van het webadres. Verander dit niet meer na publicatie."),
    )
    region = models.ForeignKey(
        "content_models.Region",
        verbose_name=_("samenwerkingsverband"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leeg laten voor landelijke informatie."),
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("doelgroepen"), related_name="+", blank=False
    )
    topics = ParentalManyToManyField(
        "content_models.Topic", verbose_name=_("onderwerpen"), related_name="+", blank=True
    )
    review_by = models.DateField(
        _("controleren voor"),
        null=True,
        blank=True,
        help_text=_("Op deze datum kijkt de redactie of de tekst nog klopt."),
    )
    sources = models.TextField(
        _("bronnen"), blank=True, help_text=_("Waar komen de feiten vandaan? Eén bron per regel.")
    )

    base_form_class = ReviewedContentForm
    # The address and the sources stay as in the Dutch original; the text is translated.
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sources")]

    scope_panels = [
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Voor wie en waarover"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("slug", widget=SlugInput),
                FieldPanel("review_by"),
                FieldPanel("sources"),
            ],
            heading=_("Beheer"),
        ),
    ]

    search_fields = [
        index.FilterField("region"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("review_by"),
        index.AutocompleteField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="%(app_label)s_%(class)s_unique_slug_locale"
            )
        ]

    @property
    def is_national(self) -> bool:
        return self.region_id is None

    @property
    def scope(self) -> str:
        """``national`` or the code of the SWV, as the API and search name it."""
        return NATIONAL if self.region_id is None else self.region.code

    @property
    def scope_label(self) -> str:
        return str(_("Landelijk")) if self.region_id is None else self.region.name

    def save(self, *args, **kwargs):
        if rewrites_live_row(self, kwargs.get("update_fields")):
            # Keep what readers see; the change becomes a draft revision for the workflow.
            self.save_revision(clean=False)
            return
        guard_live_flag(self, kwargs.get("update_fields"))
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        try:
            validate_sources(self.sources)
        except ValidationError as error:
            raise ValidationError({"sources": error.messages}) from None

    def publish(self, revision, *args, **kwargs):
        """Every way to live goes through the gate in ``content_models.publishing``."""
        check_publish_allowed(self, revision)
        return super().publish(revision, *args, **kwargs)

    def is_outdated_translation(self, source_published_at) -> bool:
        """A live translation is outdated once its Dutch source was published after it."""
        return bool(
            self.live
            and source_published_at
            and self.last_published_at
            and source_published_at > self.last_published_at
        )

    def reading_text(self) -> list[str]:
        """The paragraphs a reader reads, in order (for readability and search)."""
        raise NotImplementedError

    def explained_terms(self) -> set[str]:
        """Glossary terms this content explains itself."""
        return set()

    def search_texts(self) -> tuple[str, str, str]:
        """Title, summary and body as the site search finds them (``in_site_search`` types)."""
        raise NotImplementedError

    @property
    def content_template(self) -> str:
        """The content as a school website shows it (used by preview and panel review)."""
        return f"content_models/content/{self._meta.model_name}.html"

    def get_preview_template(self, request, mode_name: str) -> str:
        return "content_models/preview.html"


class StoredApiForm(models.Model):
    """The row's API form, made by ``cms.delivery.api.stored`` each time the row is saved.

    Reading it costs no queries for the row's relations, so a cache miss in the
    API stays cheap. It describes the row as saved (the live content of a live
    row); drafts stay in revisions, which is why revisions leave it out.
    """

    api_form = models.JSONField(default=dict, editable=False)

    #: The fields the form holds besides audiences, topics and provenance, declared
    #: as Wagtail's ``api_fields`` are (``content_models.api_form_fields``); columns an
    #: endpoint reads as they are, such as an item's title, are not repeated in it.
    api_form_fields: ClassVar[tuple[APIField, ...]] = ()
    #: Responses of the type say how the text was checked and where its facts come from.
    api_provenance: ClassVar[bool] = True

    class Meta:
        abstract = True

    def serializable_data(self) -> dict:
        data = super().serializable_data()
        data.pop("api_form", None)
        return data


class SupplementMixin(models.Model):
    """A regional item may add to exactly one national item of the same type."""

    supplement_to = models.ForeignKey(
        "self",
        verbose_name=_("aanvulling op"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="supplements",
        help_text=_("Alleen voor regionale informatie: de landelijke tekst die u aanvult."),
    )

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if self.supplement_to_id is None:
            return
        if self.region_id is None:
            raise ValidationError(
                {"supplement_to": _("Alleen regionale informatie kan een aanvulling zijn.")}
            )
        if self.supplement_to.region_id is not None:
            raise ValidationError(
                {"supplement_to": _("Een aanvulling hoort bij landelijke informatie.")}
            )
