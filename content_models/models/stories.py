from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.actions.unpublish import UnpublishAction
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.search import index

from ..api_form_fields import APIField
from ..publishing import PublishNotAllowed
from .base import ReviewedContent, StoredApiForm

NO_LONGER_AVAILABLE = _("Dit verhaal is niet meer beschikbaar.")


class ExperienceStory(StoredApiForm, ReviewedContent):
    """A parent's or young person's experience, anonymised, shown only with consent.

    Withdrawing consent does not wait for a workflow: ``withdraw_consent``
    unpublishes at once, cancels running workflows, and the story is never shown
    again. Withdrawal belongs to the story, not to a revision (like ``live``), so
    no revision brings it back; new consent means a new story.
    """

    title = models.CharField(_("titel"), max_length=200)
    text = models.TextField(
        _("ervaring"), help_text=_("Zonder namen of andere herkenbare details.")
    )
    teller = models.CharField(
        _("verteld door"), max_length=120, help_text=_("Bijvoorbeeld: moeder van een zoon van 9.")
    )
    consent_date = models.DateField(_("toestemming gegeven op"))
    withdrawn = models.BooleanField(_("toestemming ingetrokken"), default=False, editable=False)
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, editable=False)

    api_type = "story"
    api_form_fields = (APIField("title"), APIField("text"), APIField("teller"))
    api_provenance = False
    api_list_url_name = "stories_list"
    api_detail_url_name = "stories_detail"

    panels = [
        TitleFieldPanel("title", placeholder=False),
        FieldPanel("text"),
        FieldPanel("teller"),
        FieldPanel("consent_date"),
        *ReviewedContent.scope_panels,
    ]
    search_fields = [
        *ReviewedContent.search_fields,
        index.FilterField("withdrawn"),
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("text"),
    ]

    class Meta(ReviewedContent.Meta):
        ordering = ["title"]
        verbose_name = _("ervaringsverhaal")
        verbose_name_plural = _("ervaringsverhalen")

    def __str__(self) -> str:
        return self.title

    def reading_text(self) -> list[str]:
        return [self.title, self.text]

    @property
    def is_shown(self) -> bool:
        return self.live and not self.withdrawn

    def with_content_json(self, content):
        """Keep the consent of the row: a revision from before the withdrawal does not undo it."""
        obj = super().with_content_json(content)
        obj.withdrawn = self.withdrawn
        obj.withdrawn_at = self.withdrawn_at
        return obj

    def clean(self) -> None:
        super().clean()
        if self.withdrawn:
            raise ValidationError(
                _(
                    "De toestemming voor dit verhaal is ingetrokken. Het kan niet meer "
                    "veranderen of live gaan. Is er nieuwe toestemming? Maak dan een nieuw verhaal."
                )
            )

    def publish(self, revision, *args, **kwargs):
        """The gate of the base class, and never a story whose consent is withdrawn."""
        if type(self)._default_manager.filter(pk=self.pk, withdrawn=True).exists():
            raise PublishNotAllowed(f"{self}: {NO_LONGER_AVAILABLE}")
        return super().publish(revision, *args, **kwargs)

    def withdraw_consent(self, user=None) -> None:
        """Take the story offline now, including all its translations.

        Anyone who may edit the story may do this, also without the publish
        permission: unpublishing can only take content away, never show it.
        Running workflows are cancelled, so no panel or eindredactie reads it again.
        """
        with transaction.atomic():
            for story in self.get_translations(inclusive=True).select_for_update():
                story.withdrawn = True
                story.withdrawn_at = timezone.now()
                story.save(update_fields=["withdrawn", "withdrawn_at"])
                for state in story.workflow_states.active():
                    state.cancel(user=user)
                if story.live:
                    UnpublishAction(story, user=user).execute(skip_permission_checks=True)
