"""Every admin page an editor sees speaks Dutch: walk the pages of each role and fail on
English words from a short list."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from content_models.models import REVIEWED_MODELS

from .factories import FACTORIES

pytestmark = pytest.mark.django_db

# Words that are English only ("Status", "Filter", "Dashboard" and "Workflow" are Dutch too).
ENGLISH = [
    "Edit", "Delete", "Save draft", "Submit", "History", "Inspect", "Usage", "Draft",
    "Search", "Add", "Cancel", "Preview", "Translate", "Sync", "ago", "seconds", "minutes",
    "hours", "Saving", "Saved", "Settings", "Reports", "Locked", "Unlocked", "Comments",
    "updated", "created", "Show", "Hide", "Toggle", "Sort", "Choose", "Select", "Yes",
    "None", "True", "False",
]  # fmt: skip
WORDS = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH) + r")\b")


class VisibleText(HTMLParser):
    """The text a person reads or hears: content, titles, labels; no code."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template", "svg"):
            self.skip += 1
        for name, value in attrs:
            if name in ("title", "aria-label", "placeholder", "alt") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template", "svg"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def english_words(html: str) -> set[str]:
    parser = VisibleText()
    parser.feed(html)
    return set(WORDS.findall(" ".join(parser.parts)))


def pages(obj) -> list[str]:
    model = type(obj)
    name = model.snippet_viewset.get_url_name
    return [
        reverse(name("list")),
        reverse(name("add")),
        reverse(name("edit"), args=[obj.pk]),
        reverse(name("history"), args=[obj.pk]),
        reverse(name("inspect"), args=[obj.pk]),
        reverse(name("usage"), args=[obj.pk]),
    ]


@pytest.mark.parametrize("role", ["national", "regional_a", "final"])
def test_admin_pages_speak_dutch(client, editors, region_a, role):
    client.force_login(editors[role])
    region = region_a if role == "regional_a" else None
    found = {}
    urls = [reverse("wagtailadmin_home")]
    for model in REVIEWED_MODELS:
        obj = FACTORIES[model](region=region)
        obj.save_revision(user=editors[role])
        urls += pages(obj)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        if words := english_words(response.content.decode()):
            found[url] = sorted(words)
    assert not found, found


def test_relative_times_and_dates_are_dutch():
    """Wagtail writes "47 seconds ago" with humanize's naturaltime: its Dutch needs the app."""
    from django.template import Context, Template
    from django.utils import timezone, translation

    template = Template('{% load humanize %}{{ when|naturaltime }} · {{ when|date:"j F Y" }}')
    with translation.override("nl"):
        text = template.render(Context({"when": timezone.now() - timezone.timedelta(seconds=47)}))
    assert text.replace("\xa0", " ").startswith("47 seconden geleden · ")
    assert not english_words(text)
