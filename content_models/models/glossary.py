from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.search import index

from ..api_form_fields import APIField
from .base import ReviewedContent, StoredApiForm


class GlossaryTerm(StoredApiForm, ReviewedContent):
    """A word from the world of passend onderwijs, explained plainly.

    Feeds the search synonyms and the jargon check of the readability engine.
    """

    term = models.CharField(_("begrip"), max_length=120)
    abbreviation = models.CharField(_("afkorting"), max_length=20, blank=True)
    explanation = models.TextField(_("uitleg"))
    synonyms = models.CharField(
        _("andere woorden"),
        max_length=500,
        blank=True,
        help_text=_("Woorden die mensen ook gebruiken, gescheiden door komma's."),
    )

    api_type = "glossary_term"
    api_list_url_name = "glossary_list"
    api_form_fields = (
        APIField("term"),
        APIField("abbreviation"),
        APIField("explanation"),
        APIField("synonyms", source="synonym_list"),
    )
    in_site_search = True

    panels = [
        TitleFieldPanel("term", placeholder=False),
        FieldPanel("abbreviation"),
        FieldPanel("explanation"),
        FieldPanel("synonyms"),
        *ReviewedContent.scope_panels,
    ]
    search_fields = [
        *ReviewedContent.search_fields,
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("abbreviation", boost=3),
        index.SearchField("synonyms", boost=2),
        index.SearchField("explanation"),
    ]

    class Meta(ReviewedContent.Meta):
        ordering = ["term"]
        verbose_name = _("begrip")
        verbose_name_plural = _("begrippen")

    def __str__(self) -> str:
        return f"{self.term} ({self.abbreviation})" if self.abbreviation else self.term

    def reading_text(self) -> list[str]:
        return [self.explanation]

    def explained_terms(self) -> set[str]:
        return {t for t in (self.term, self.abbreviation) if t}

    def search_texts(self) -> tuple[str, str, str]:
        return str(self), self.explanation, ", ".join(self.synonym_list)

    @property
    def synonym_list(self) -> list[str]:
        return [s.strip() for s in self.synonyms.split(",") if s.strip()]
