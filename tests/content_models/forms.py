"""POST data for the admin forms of every reviewed model, as a browser would send it."""

import json

from content_models.models import Audience


def draftail(text: str) -> str:
    """The JSON a Draftail rich text editor posts for one paragraph."""
    block = {
        "key": "a1b2c",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block], "entityMap": {}})


def inline(prefix: str, forms: list[dict] | None = None) -> dict:
    forms = forms or []
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(forms)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, form in enumerate(forms):
        data.update({f"{prefix}-{index}-{k}": v for k, v in form.items()})
        data.update({f"{prefix}-{index}-ORDER": str(index + 1), f"{prefix}-{index}-id": ""})
    return data


MODEL_FIELDS = {
    "topic": lambda: {"title": "Nieuw onderwerp", "sort_order": "0"},
    "informationitem": lambda: {"title": "Nieuw artikel", "summary": "Kort.", "body-count": "0"},
    "organisation": lambda: {
        "name": "Nieuwe organisatie",
        "kind": "steunpunt",
        "helps_with": "Helpt ouders.",
        **inline("channels"),
    },
    "route": lambda: {
        "title": "Nieuwe route",
        "intro": draftail("Inleiding."),
        **inline("steps", [{"title": "Stap 1", "advice": draftail("Bel de school.")}]),
    },
    "question": lambda: {"question": "Nieuwe vraag?", "answer": draftail("Antwoord.")},
    "glossaryterm": lambda: {"term": "nieuw begrip", "explanation": "Uitleg."},
    "experiencestory": lambda: {
        "title": "Nieuwe ervaring",
        "text": "Tekst.",
        "teller": "Vader van een zoon van 10",
        "consent_date": "2026-10-01",
    },
}


def form_data(model, *, slug: str, region=None, **extra) -> dict:
    data = {
        "slug": slug,
        "region": str(region.pk) if region else "",
        "audiences": [str(Audience.objects.get(slug="ouders").pk)],
        **MODEL_FIELDS[model._meta.model_name](),
    }
    data.update(extra)
    return data
