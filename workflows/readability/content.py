"""The engine applied to content: thresholds from settings, the glossary from the
database, the text from the model. The only part of the package that knows Django.
"""

from collections.abc import Iterable
from dataclasses import fields

from django.conf import settings

from .engine import LEVELS, GlossaryEntry, Report, Thresholds, analyse

# Settings that hold for every audience; the others are per audience.
GLOBAL_SETTINGS = (
    "min_words",
    "max_unexplained_per_100",
    "max_passive_share",
    "bound_level",
    "quote_length",
)


def thresholds_for(audiences: Iterable[str]) -> Thresholds:
    """The strictest thresholds of the given audiences (the default audience if none)."""
    config = settings.READABILITY
    names = [a for a in audiences if a in config["audiences"]] or [config["default_audience"]]
    common = {key: config[key] for key in GLOBAL_SETTINGS if key in config}
    per_audience = [Thresholds(**common, **config["audiences"][name]) for name in names]
    strictest = {}
    for field in fields(Thresholds):
        values = [getattr(t, field.name) for t in per_audience]
        if field.name == "target":
            strictest[field.name] = min(values, key=LEVELS.index)
        elif field.name in common or field.name == "level_scores":
            strictest[field.name] = values[0]
        elif field.name == "rare_zipf":
            strictest[field.name] = max(values)
        else:
            present = [v for v in values if v is not None]
            strictest[field.name] = min(present) if present else None
    return Thresholds(**strictest)


def glossary(locale=None) -> list[GlossaryEntry]:
    from content_models.models import GlossaryTerm

    terms = GlossaryTerm.objects.filter(live=True)
    if locale is not None:
        terms = terms.filter(locale=locale)
    return [
        GlossaryEntry(term, abbreviation, explanation)
        for term, abbreviation, explanation in terms.values_list(
            "term", "abbreviation", "explanation"
        )
    ]


def analyse_text(text: str, audiences: Iterable[str] = (), **kwargs) -> Report:
    return analyse(text, thresholds_for(audiences), glossary(), **kwargs)


def content_text(obj) -> str:
    """The text of a content item as the engine reads it: paragraphs, blank lines between."""
    return "\n\n".join(p.strip() for p in obj.reading_text() if p and p.strip())


def analyse_content(obj, audiences: Iterable[str] | None = None) -> Report:
    """Analyse a content item (saved or only built from a form) against its audiences."""
    if audiences is None:
        audiences = [a.slug for a in obj.audiences.all()]
    return analyse(
        content_text(obj),
        thresholds_for(audiences),
        glossary(obj.locale_id),
        explained=obj.explained_terms(),
        language=obj.locale.language_code if obj.locale_id else settings.LANGUAGE_CODE,
    )
