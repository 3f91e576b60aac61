"""The content languages: one Wagtail ``Locale`` per language in settings."""

from django.conf import settings

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})


def content_languages() -> list[str]:
    """Language codes content may be written in, the default (Dutch) first."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def text_direction(language: str) -> str:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def ensure_content_locales(**kwargs) -> None:
    """After migrate: a locale for every configured language, so editors can translate."""
    from wagtail.models import Locale

    existing = set(Locale.objects.values_list("language_code", flat=True))
    Locale.objects.bulk_create(
        Locale(language_code=code) for code in content_languages() if code not in existing
    )


def accepted_language(accept_language: str) -> str | None:
    """The content language a reader prefers most, from an ``Accept-Language`` header."""
    from django.utils.translation.trans_real import parse_accept_lang_header

    languages = content_languages()
    for tag, _quality in parse_accept_lang_header(accept_language or ""):
        primary = tag.lower().split("-")[0]
        if primary in languages:
            return primary
    return None
