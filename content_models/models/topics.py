from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.search import index

from .base import ReviewedContent, StoredApiForm


class Topic(StoredApiForm, ReviewedContent):
    """A theme in the topic tree ("Zorgplicht", "OPP"…).

    The shared ``topics`` field holds the related topics; ``parent`` builds the
    tree that gives breadcrumbs.
    """

    title = models.CharField(_("titel"), max_length=120)
    description = models.TextField(_("korte uitleg"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("hoort bij"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    api_type = "topic"
    # A topic is served with the tree it is part of; its form holds what every form holds.
    api_provenance = False
    api_list_url_name = "topics_list"

    panels = [
        TitleFieldPanel("title", placeholder=False),
        FieldPanel("description"),
        FieldPanel("parent"),
        FieldPanel("sort_order"),
        *ReviewedContent.scope_panels,
    ]
    search_fields = [
        *ReviewedContent.search_fields,
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("description"),
    ]

    class Meta(ReviewedContent.Meta):
        ordering = ["sort_order", "title"]
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")

    def __str__(self) -> str:
        return self.title

    def reading_text(self) -> list[str]:
        return [self.title, self.description]

    def explained_terms(self) -> set[str]:
        """A topic is named after its term; its description explains it."""
        return {self.title}

    def ancestors(self) -> list["Topic"]:
        """The topics above this one, root first (for breadcrumbs)."""
        chain: list[Topic] = []
        node = self.parent
        while node is not None and node not in chain:
            chain.insert(0, node)
            node = node.parent
        return chain

    @property
    def breadcrumbs(self) -> list["Topic"]:
        return [*self.ancestors(), self]

    def clean(self) -> None:
        super().clean()
        if (
            self.pk
            and self.parent_id
            and (self.parent_id == self.pk or self.pk in {t.pk for t in self.parent.breadcrumbs})
        ):
            raise ValidationError({"parent": _("Een onderwerp kan niet onder zichzelf hangen.")})
