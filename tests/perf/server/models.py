"""A Wagtail page with the fields of an information item, for the API v2 comparison.

Only the benchmark server installs this app: the project itself has no pages.
"""

from django.db import models
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from content_models.blocks import ArticleBodyBlock


class ArticlePage(Page):
    summary = models.TextField(blank=True)
    body = StreamField(ArticleBodyBlock(), blank=True)

    api_fields = [APIField("summary"), APIField("body")]
