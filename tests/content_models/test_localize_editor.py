"""wagtail-localize's translation editor in Dutch. Its string comments carry a date it
writes with ``strftime`` (an English month); its heading is written in English by its
script, so the page carries the Dutch for content_models/translation_editor.js (the
browser test in tests/e2e/test_translation_editor.py sees the result)."""

import json
import re
from datetime import UTC, datetime
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation as i18n
from wagtail_localize.models import StringTranslation

from .test_localize_bad_input import FORM, string_edit

DUTCH_DATE = (
    r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
    r"|november|december) \d{4}"
)


@pytest.mark.parametrize(
    "fields, comment",
    [
        (
            {"tool_name": "DeepL", "translation_type": "machine"},
            "Vertaald met DeepL op 1 december 2026",
        ),
        ({"translation_type": "manual"}, "Handmatig vertaald op 1 december 2026"),
        ({"translation_type": "machine"}, "Automatisch vertaald op 1 december 2026"),
    ],
    ids=["tool", "manual", "machine"],
)
def test_a_string_comment_has_a_dutch_date(fields, comment):
    saved = StringTranslation(updated_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC), **fields)
    with i18n.override("nl"):
        assert saved.get_comment() == comment


def test_the_comment_has_the_date_in_the_netherlands():
    saved = StringTranslation(
        updated_at=datetime(2026, 11, 30, 23, 30, tzinfo=UTC),  # 00:30 in Amsterdam
        translation_type="manual",
    )
    with i18n.override("nl"):
        assert saved.get_comment() == "Handmatig vertaald op 1 december 2026"


@pytest.mark.django_db
def test_the_editor_and_the_string_api_show_dutch(client, item, translation):
    """The comment of a saved string in the API's answer and in the editor page's props;
    the page gives the script the Dutch heading; its titles keep their spaces (the
    library's Dutch drops them)."""
    saved = client.put(string_edit(translation), "value=Hallo", content_type=FORM)
    assert saved.status_code == 201
    assert re.fullmatch(f"Handmatig vertaald op {DUTCH_DATE}", saved.json()["comment"])

    target = translation.get_target_instance()
    page = client.get(reverse(target.snippet_viewset.get_url_name("edit"), args=[target.pk]))
    html = page.content.decode()
    props = json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))
    comments = [s["comment"] for s in props["initialStringTranslations"]]
    assert comments and all(
        re.fullmatch(f"Handmatig vertaald op {DUTCH_DATE}", c) for c in comments
    )
    assert 'data-heading="Vertaling van Nederlands naar Engels"' in html
    assert 'data-more-actions="Meer acties"' in html
    assert f"<title>Vertaling van {item.title} naar English" in html
    assert f"Wijzigen: informatie {target.title}" in html


@pytest.mark.django_db
def test_a_failed_string_save_says_so_in_dutch(client, editors):
    client.force_login(editors["national"])
    catalogue = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert '"Server error": "Opslaan is mislukt. Probeer het opnieuw."' in catalogue
