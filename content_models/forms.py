"""Admin forms: an editor can only place content in a scope they may edit."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.blocks.base import BlockWidget
from wagtail.models import Locale

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
        self.incomplete_streams = self.fill_missing_stream_counts()
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

    def fill_missing_stream_counts(self) -> list[str]:
        """StreamFields whose posted data lacks its block count (a form not sent by the editor).

        Wagtail reads ``<field>-count`` without a default; the count is set to 0 here so
        the form can be cleaned, and ``clean`` refuses it with an error for the editor.
        """
        if not self.is_bound:
            return []
        missing = [
            name
            for name, field in self.fields.items()
            if isinstance(field.widget, BlockWidget)
            and f"{self.add_prefix(name)}-count" not in self.data
        ]
        if missing:
            self.data = self.data.copy()
            for name in missing:
                self.data[f"{self.add_prefix(name)}-count"] = "0"
        return missing

    def clean_slug(self):
        """One short name per language: the constraint's ``locale`` is not a form field,
        so Django's own unique check skips it."""
        slug = self.cleaned_data["slug"]
        others = (
            type(self.instance)
            ._default_manager.filter(
                slug=slug, locale_id=self.instance.locale_id or Locale.get_default().pk
            )
            .exclude(pk=self.instance.pk)
        )
        if slug and others.exists():
            raise forms.ValidationError(
                _("De korte naam ‘%(slug)s’ is al in gebruik in deze taal. Kies een andere.")
                % {"slug": slug}
            )
        return slug

    def clean(self):
        cleaned_data = super().clean()
        for name in self.incomplete_streams:
            self.add_error(
                name,
                _("Dit deel van het formulier kwam niet goed mee. Laad de pagina opnieuw."),
            )
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
