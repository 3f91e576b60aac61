"""The database search index and the count of searches that found nothing."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """One live, searchable object as the database backend indexes it.

    ``title``/``summary``/``body`` are the texts as shown; the full-text index
    is kept next to it: a ``tsvector`` with the ``dutch`` configuration on
    PostgreSQL, an FTS5 table of Python-stemmed words on SQLite.
    """

    kind = models.CharField(max_length=20)
    object_id = models.PositiveBigIntegerField()
    slug = models.SlugField(max_length=120)
    locale = models.CharField(max_length=8)
    region_code = models.CharField(max_length=8, help_text="national or the SWV code")
    audiences = models.CharField(max_length=200, help_text="space-separated, with spaces around")
    topics = models.TextField(help_text="space-separated slugs, with spaces around")
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    search_vector = SearchVectorField(null=True)

    class Meta:
        constraints = [
            # A translation is a row of its own; a school is one row in every language.
            models.UniqueConstraint(
                fields=["kind", "object_id", "locale"], name="search_document_unique_per_locale"
            )
        ]
        indexes = [models.Index(fields=["locale", "region_code"])]

    def __str__(self) -> str:
        return f"{self.kind}: {self.title}"


class ZeroResultQuery(models.Model):
    """A search that found nothing: the normalised words and a daily count, nothing else."""

    date = models.DateField(_("datum"))
    locale = models.CharField(_("taal"), max_length=8)
    region_code = models.CharField(_("samenwerkingsverband"), max_length=6, blank=True)
    query = models.CharField(_("zoekwoorden"), max_length=200)
    count = models.PositiveIntegerField(_("aantal"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["date", "locale", "region_code", "query"], name="zero_result_unique"
            )
        ]
        verbose_name = _("zoekvraag zonder resultaat")
        verbose_name_plural = _("zoekvragen zonder resultaat")

    def __str__(self) -> str:
        return f"{self.query} ({self.count})"
