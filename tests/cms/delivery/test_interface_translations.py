"""Every word of the widget and the iframe has a translation in every content language,
so a new or changed Dutch string cannot go out untranslated unnoticed."""

import re
from pathlib import Path

import pytest
from django.utils import translation

from content_models.locales import content_languages

CMS = Path(__file__).resolve().parents[3] / "cms" / "delivery"
WIDGET_WORDS = re.findall(
    r'gettext_noop\("((?:[^"\\]|\\.)*)"\)', (CMS / "static/embed/embed.js").read_text()
)
TEMPLATE_WORDS = sorted(
    {
        word
        for template in (CMS / "templates/embed").glob("*.html")
        if template.name != "demo.html"  # the demo page is for Dutch webmasters
        for word in re.findall(r'{% translate "([^"]+)" %}', template.read_text())
    }
)
OTHER_LANGUAGES = [code for code in content_languages() if code != "nl"]


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_widget_catalogue_is_complete(client, language):
    catalog = client.get(f"/embed/i18n/{language}.json").json()["catalog"]
    assert len(WIDGET_WORDS) > 20
    missing = [word for word in WIDGET_WORDS if not catalog.get(word)]
    assert missing == []


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_iframe_words_are_translated(language):
    assert len(TEMPLATE_WORDS) > 15
    with translation.override(language):
        missing = [word for word in TEMPLATE_WORDS if translation.gettext(word) == word]
    assert missing == []
