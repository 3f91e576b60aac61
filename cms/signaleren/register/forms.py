"""The register form (admin) and the three-question evaluation form (public)."""

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from content_models.models import Organisation, Region, Topic

from ..models import (
    Asker,
    Channel,
    GotWhatNeeded,
    Handling,
    Helpfulness,
    Outcome,
    SignalKind,
    SupportContact,
)
from .roles import support_region_ids

#: Radio buttons with the most common answer chosen, so a usual call needs no change.
RADIO_DEFAULTS = {
    "channel": Channel.PHONE,
    "asker": Asker.PARENT,
    "handling": Handling.INFORMED,
    "outcome": Outcome.ANSWERED,
}


def topic_label(topic: Topic) -> str:
    """A topic with its place in the tree: "Ondersteuning / OPP"."""
    return " / ".join(str(node) for node in topic.breadcrumbs)


class SupportContactForm(WagtailAdminModelForm):
    """Fast to fill in by keyboard: today, the user's SWV and the common answers preset."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        regions = Region.objects.all()
        if user is not None and not user.is_superuser:
            regions = regions.filter(pk__in=support_region_ids(user))
        region = self.fields["region"]
        region.queryset = regions
        region.empty_label = None
        if len(regions) == 1:
            # One steunpunt: nothing to choose, and one field less to pass.
            del self.fields["region"]
            self.instance.region = regions[0]
        if not self.instance.pk:
            self.initial.setdefault("region", regions.first())
            self.initial.setdefault("date", timezone.localdate())
            self.initial.setdefault("minutes", 15)
            for name, default in RADIO_DEFAULTS.items():
                self.initial.setdefault(name, default)
        for name in RADIO_DEFAULTS:
            # Without the empty "---------" choice a select would offer.
            self.fields[name].choices = SupportContact._meta.get_field(name).choices
            self.fields[name].widget = forms.RadioSelect(choices=self.fields[name].choices)
        kind = self.fields["kind"]
        kind.widget = forms.RadioSelect()
        kind.empty_label = None
        kind.queryset = SignalKind.objects.filter(Q(active=True) | Q(pk=self.instance.kind_id))
        local = Q(region__isnull=True) | Q(region__in=regions)
        topics = self.fields["topics"]
        topics.queryset = Topic.objects.filter(local, live=True, locale__language_code="nl")
        topics.choices = sorted(
            ((topic.pk, topic_label(topic)) for topic in topics.queryset.select_related("parent")),
            key=lambda choice: choice[1].lower(),
        )
        topics.widget = forms.CheckboxSelectMultiple(choices=topics.choices)
        self.fields["referred_to"].queryset = Organisation.objects.filter(
            local, live=True, locale__language_code="nl"
        ).order_by("name")
        self.fields["summary"].widget = forms.Textarea(attrs={"rows": 3, "maxlength": 500})

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("Deze datum ligt in de toekomst."))
        return date

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("referred_to") and cleaned.get("handling") != "doorverwezen":
            self.add_error("handling", _("Je koos een organisatie. Kies dan ook ‘Doorverwezen’."))
        return cleaned


class EvaluationForm(forms.Form):
    """Three questions, answered on a phone in a minute."""

    helpful = forms.TypedChoiceField(
        label=_("Hoe goed hielp het steunpunt je?"),
        help_text=_("1 is helemaal niet, 5 is heel erg."),
        choices=Helpfulness.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een cijfer van 1 tot 5.")},
    )
    got_what_needed = forms.ChoiceField(
        label=_("Kreeg je wat je nodig had?"),
        choices=GotWhatNeeded.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies ja, een beetje of nee.")},
    )
    comment = forms.CharField(
        label=_("Wil je nog iets zeggen? (mag leeg blijven)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        error_messages={"max_length": _("Je tekst is te lang. Maak hem korter dan 1000 tekens.")},
    )
