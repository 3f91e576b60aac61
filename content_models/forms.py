"""Admin forms: an editor can only place content in a scope they may edit."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .permissions import editor_scope


class ReviewedContentForm(WagtailAdminModelForm):
    """Limit the SWV choice to the editor's own; supplements add to national items only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "supplement_to" in self.fields:
            choices = self.fields["supplement_to"].queryset.filter(region__isnull=True)
            if self.instance.pk:
                choices = choices.exclude(pk=self.instance.pk)
            self.fields["supplement_to"].queryset = choices
        if self.for_user is None or "region" not in self.fields:
            return
        scope = editor_scope(self.for_user)
        if scope.everything:
            return
        field = self.fields["region"]
        field.queryset = field.queryset.filter(pk__in=scope.region_ids)
        if not scope.national:
            field.required = True
            field.empty_label = None
            field.help_text = _("U kunt alleen informatie voor uw eigen samenwerkingsverband maken.")
        elif not scope.region_ids:
            field.disabled = True
            field.help_text = _("U maakt landelijke informatie.")
