from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..api_form_fields import StreamAPIField
from ..blocks import ArticleBodyBlock
from ..text import stream_text
from .base import ReviewedContent, StoredApiForm, SupplementMixin


class InformationItem(StoredApiForm, SupplementMixin, ReviewedContent):
    """An article. National, or a regional supplement to one national article."""

    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(
        _("samenvatting"), max_length=400, help_text=_("Eén of twee korte zinnen.")
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("tekst"), blank=True)

    api_type = "item"
    api_list_url_name = "items_list"
    api_detail_url_name = "items_detail"
    # Contacts, terms and stories in a body are read live, under these keys.
    api_form_fields = (
        StreamAPIField(
            "body",
            references={
                "contact_card": "organisation",
                "glossary_term": "term",
                "experience_quote": "story",
            },
        ),
    )
    region_only = True
    in_site_search = True

    panels = [
        TitleFieldPanel("title", placeholder=False),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("supplement_to"),
        *ReviewedContent.scope_panels,
    ]
    search_fields = [
        *ReviewedContent.search_fields,
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]

    class Meta(ReviewedContent.Meta):
        ordering = ["title"]
        verbose_name = _("informatie")
        verbose_name_plural = _("informatie")

    def __str__(self) -> str:
        return self.title

    def reading_text(self) -> list[str]:
        return [self.title, self.summary, *stream_text(self.body)[0]]

    def explained_terms(self) -> set[str]:
        return stream_text(self.body)[1]

    def search_texts(self) -> tuple[str, str, str]:
        return self.title, self.summary, "\n".join(stream_text(self.body)[0])
