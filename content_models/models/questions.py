from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from ..api_form_fields import APIField, RichTextAPIField
from ..blocks import RICH_TEXT_FEATURES
from ..text import html_to_text
from .base import ReviewedContent, StoredApiForm


class Question(StoredApiForm, ReviewedContent):
    """A question parents often ask, with a short answer."""

    question = models.CharField(_("vraag"), max_length=255)
    answer = RichTextField(_("antwoord"), features=RICH_TEXT_FEATURES)

    api_type = "question"
    api_form_fields = (APIField("question"), RichTextAPIField("answer_html", source="answer"))
    api_provenance = False
    api_list_url_name = "questions_list"
    region_only = True
    in_site_search = True

    panels = [
        TitleFieldPanel("question", placeholder=False),
        FieldPanel("answer"),
        *ReviewedContent.scope_panels,
    ]
    search_fields = [
        *ReviewedContent.search_fields,
        index.SearchField("question", boost=3),
        index.AutocompleteField("question"),
        index.SearchField("answer"),
    ]

    class Meta(ReviewedContent.Meta):
        ordering = ["question"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self) -> str:
        return self.question

    def reading_text(self) -> list[str]:
        return [self.question, html_to_text(self.answer)]

    def search_texts(self) -> tuple[str, str, str]:
        return self.question, html_to_text(self.answer), ""
