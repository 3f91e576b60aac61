"""wagtail-localize's translation editor in a real browser, as a Dutch editor sees it:
a Dutch heading (its script writes "Nederlands to English translation"), Dutch dates in
the string comments on the page and after saving a string, and none of the English words
of the admin walk."""

import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Locale

from content_models.models import InformationItem

from ..factories import InformationItemFactory
from ..test_english_admin import english_words

MONTHS = "januari februari maart april mei juni juli augustus september oktober november december"


@pytest.fixture
def editor_page(browser, demo_site):
    """The editor of a new article's English translation, for the demo's national editor."""
    item = InformationItemFactory(
        title="Hulp bij huiswerk", slug=f"huiswerk-{uuid.uuid4().hex[:8]}"
    )
    client = Client()
    client.force_login(get_user_model().objects.get(username="redactie"))
    english = Locale.objects.get(language_code="en")
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["content_models", "informationitem", item.pk],
    )
    assert client.post(submit, {"locales": [english.pk]}).status_code == 302
    edit = reverse(
        InformationItem.snippet_viewset.get_url_name("edit"),
        args=[item.get_translation(english).pk],
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": demo_site}]
    )
    page = context.new_page()
    page.goto(f"{demo_site}{edit}")
    yield page
    context.close()


def test_the_translation_editor_speaks_dutch(editor_page):
    page = editor_page
    editor = page.locator(".js-translation-editor")
    expect(
        editor.get_by_role("heading", name="Vertaling van Nederlands naar Engels")
    ).to_be_visible()

    segment = editor.locator("li:has(> p)", has_text="Hulp bij huiswerk")
    segment.get_by_role("button", name="Vertaal").click()
    segment.locator("textarea").fill("Help with homework")
    segment.get_by_role("button", name="Opslaan").click()
    today = timezone.localdate()
    comment = f"Handmatig vertaald op {today.day} {MONTHS.split()[today.month - 1]} {today.year}"
    expect(segment).to_contain_text(comment)  # from the string edit API

    page.reload()
    expect(editor.locator("li:has(> p)", has_text="Hulp bij huiswerk")).to_contain_text(comment)
    # No English heading or screen-reader label, no capitalised (English) month.
    assert not re.search(r"\b(translation|More actions|[A-Z][a-z]+ \d{4})\b", editor.inner_text())
    assert not english_words(page.content())
