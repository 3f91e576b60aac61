"""The "Voorbeeldlink" side panel: a signed API link to the latest draft."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.side_panels import BaseSidePanel

from .api.preview import max_age, preview_url


class ApiPreviewSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Voorbeeldlink voor een website tonen of verbergen")
        icon_name = "link"
        has_counter = False

    name = "api_preview"
    title = _("Voorbeeldlink")
    template_name = "delivery/side_panels/api_preview.html"
    order = 370

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        revision = self.object.latest_revision if self.object.pk else None
        if revision is not None:
            context["preview_url"] = preview_url(revision)
            context["revision"] = revision
            context["expires_at"] = timezone.now() + max_age()
        return context
