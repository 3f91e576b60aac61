import json

from django import forms
from django.utils.translation import gettext_lazy as _

from content_models.privacy import mask_personal_data

from ..models import PanelInvitation

MAX_MARKED = 200


class ReviewForm(forms.Form):
    clarity = forms.ChoiceField(
        label=_("Is deze tekst duidelijk?"),
        choices=PanelInvitation.CLARITY,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies ja, een beetje of nee.")},
    )
    hard_words_text = forms.CharField(
        label=_("Welke woorden of zinnen zijn moeilijk?"),
        help_text=_("Tik op woorden in de tekst, of typ ze hier. Zet een komma tussen woorden."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    marked = forms.CharField(required=False, widget=forms.HiddenInput, max_length=20000)
    missing = forms.CharField(
        label=_("Wat mist er?"), required=False, max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3, "aria-describedby": "hulp-privacy"}),
    )  # fmt: skip
    comment = forms.CharField(
        label=_("Wil je nog iets zeggen?"), required=False, max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3, "aria-describedby": "hulp-privacy"}),
    )  # fmt: skip
    decision = forms.ChoiceField(choices=PanelInvitation.DECISIONS)

    def clean_marked(self) -> list[str]:
        try:
            words = json.loads(self.cleaned_data["marked"] or "[]")
        except ValueError:
            return []
        return [str(w)[:100] for w in words if isinstance(w, str) and w.strip()][:MAX_MARKED]

    def clean(self):
        data = super().clean()
        changes = data.get("decision") == PanelInvitation.CHANGES
        if changes and not (data.get("comment") or data.get("missing") or data.get("marked")
                            or data.get("hard_words_text")):  # fmt: skip
            self.add_error(
                "comment", _("Vertel ons wat er beter moet, dan kunnen we de tekst aanpassen.")
            )
        return data

    def answer(self) -> dict:
        """The answer as it is stored: free text screened for personal data first.

        Panel members may be minors and write about their own child; names, phone
        numbers and e-mail addresses are masked with the code that screens feedback.
        """
        data = self.cleaned_data
        typed = [w.strip() for w in data["hard_words_text"].replace("\n", ",").split(",")]
        words = [*data["marked"], *(w for w in typed if w)]
        return {
            "decision": data["decision"],
            "clarity": data["clarity"],
            "hard_words": [{"text": mask_personal_data(w)} for w in words],
            "missing": mask_personal_data(data["missing"].strip()),
            "comment": mask_personal_data(data["comment"].strip()),
        }
