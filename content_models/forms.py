"""Admin forms: an editor can only place content in a scope they may edit."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .permissions import EditorScope, editor_scope
from .publishing import MIN_REASON_LENGTH


class ReasonForm(forms.Form):
    """A written reason for stepping outside the workflow; it goes into the history."""

    question = _("Waarom?")

    reason = forms.CharField(
        min_length=MIN_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("De reden komt in de geschiedenis van dit item."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = self.question


class ReviewedContentForm(WagtailAdminModelForm):
    """Limit the SWV choice to the editor's own; supplements add to national items only.

    The scope is checked in ``clean`` rather than with ``required``: Wagtail defers
    required fields while saving a draft, and the scope must hold for drafts too.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "supplement_to" in self.fields:
            choices = self.fields["supplement_to"].queryset.filter(region__isnull=True)
            if self.instance.pk:
                choices = choices.exclude(pk=self.instance.pk)
            self.fields["supplement_to"].queryset = choices
        self.scope: EditorScope | None = None
        if self.for_user is None or "region" not in self.fields:
            return
        self.scope = editor_scope(self.for_user)
        if self.scope.everything:
            return
        field = self.fields["region"]
        field.queryset = field.queryset.filter(pk__in=self.scope.region_ids)
        if not self.scope.national:
            field.empty_label = None
            field.help_text = _(
                "U kunt alleen informatie voor uw eigen samenwerkingsverband maken."
            )
        elif not self.scope.region_ids:
            field.help_text = _("U maakt landelijke informatie. Laat dit veld leeg.")

    def clean(self):
        cleaned_data = super().clean()
        if self.scope is not None and "region" in cleaned_data:
            region = cleaned_data["region"]
            if not self.scope.can_edit_region(region.pk if region else None):
                self.add_error(
                    "region",
                    _("U mag alleen informatie maken voor uw eigen samenwerkingsverband.")
                    if region is None
                    else _("U mag geen informatie maken voor %(region)s.") % {"region": region},
                )
        return cleaned_data
