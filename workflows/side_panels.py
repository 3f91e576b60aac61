"""The "Leesbaarheid" side panel of the content editor."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.side_panels import BaseSidePanel


class ReadabilitySidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Leesbaarheid tonen of verbergen")
        icon_name = "pilcrow"
        has_counter = False

    name = "readability"
    title = _("Leesbaarheid")
    template_name = "workflows/side_panels/readability.html"
    order = 350

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        opts = self.model._meta
        args = [opts.app_label, opts.model_name]
        if self.object.pk:
            args.append(self.object.pk)
        context["check_url"] = reverse("readability_check", args=args)
        return context
