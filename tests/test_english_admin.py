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
    "None", "True", "False", "Actions", "Error", "Content type", "Locale",
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


@pytest.mark.parametrize("role", ["national", "regional_a"])
def test_not_found_and_translation_report_pages_speak_dutch(client, editors, role):
    client.force_login(editors[role])
    missing = client.get(reverse("wagtailadmin_home") + "snippets/bestaat/niet/")
    assert missing.status_code == 404
    report = client.get(reverse("wagtail_localize:translations_report"))
    assert report.status_code == 200
    found = {r.request["PATH_INFO"]: english_words(r.content.decode()) for r in (missing, report)}
    assert not any(found.values()), found


@pytest.mark.parametrize("role", ["national", "regional_a"])
def test_choosers_speak_dutch(client, editors, role):
    client.force_login(editors[role])
    found = {}
    for model in REVIEWED_MODELS:
        viewset = model.snippet_viewset.chooser_viewset
        modal = client.get(reverse(viewset.get_url_name("choose"))).json()["html"]
        results = client.get(reverse(viewset.get_url_name("choose_results"))).content.decode()
        if words := english_words(modal) | english_words(results):
            found[model.__name__] = sorted(words)
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


def review_link(invitation) -> str:
    from workflows.panel.tokens import make_token

    return reverse("panel_review", args=[make_token(invitation)])


def item_url(name: str, *args) -> str:
    from content_models.models import InformationItem

    return reverse(InformationItem.snippet_viewset.get_url_name(name), args=args)


def workflow_pages(item) -> list[str]:
    from .workflows.test_workflow import current_state

    state = current_state(item)
    return [
        item_url("edit", item.pk),
        item_url("workflow_history", item.pk),
        item_url("workflow_history_detail", item.pk, state.pk),
    ]


def translation_editor(client, item) -> str:
    """The edit view of ``item``'s English translation (submitted first if there is none):
    wagtail-localize's translation editor."""
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")
    if not item.has_translation(english):
        submit = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["content_models", "informationitem", item.pk],
        )
        assert client.post(submit, {"locales": [english.pk]}).status_code == 302
    return item_url("edit", item.get_translation(english).pk)


@pytest.mark.parametrize(
    "author, region_code", [("redactie", None), ("po2001", "PO2001")], ids=["national", "regional"]
)
def test_workflow_and_translation_pages_speak_dutch(
    client, demo, django_capture_on_commit_callbacks, author, region_code
):
    """Pages of an article in the Ouderpanel step and in Eindredactie, its workflow history
    and "Goedkeuringen" side panel, a panel member's review page and the translation editor,
    for the author and for the eindredactie."""
    from django.contrib.auth import get_user_model

    from content_models.models import InformationItem, Region
    from workflows.models import PanelReviewTaskState

    from .workflows.conftest import article_data, make_panel_members
    from .workflows.test_workflow import PLAIN, answer, submit

    users = get_user_model().objects.filter(username__in=[author, "eindredactie"])
    region = Region.objects.filter(code=region_code).first()
    make_panel_members(region, panels=("ouders",))
    data = article_data(demo, summary=PLAIN, audiences=["ouders"], slug=f"nieuw-{author}")
    data["region"] = str(region.pk) if region else ""
    client.force_login(users.get(username=author))
    with django_capture_on_commit_callbacks(execute=True):
        item = submit(client, item_url, data)
    state = PanelReviewTaskState.objects.get(workflow_state__in=item.workflow_states)
    links = [review_link(i) for i in state.invitations.all()]

    found = {}

    def walk(user, urls, status=200):
        client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == status, url
            if words := english_words(response.content.decode()):
                found[(user.username, url)] = sorted(words)

    client.logout()
    assert answer(client, links[0], comment="Duidelijk.").status_code == 200
    for link in links[1:2]:
        page = client.get(link)
        refused = answer(client, link, decision="changes", clarity="nee")
        assert refused.status_code == 400
        for response in (page, refused):
            if words := english_words(response.content.decode()):
                found[("panellid", link)] = sorted(words)
    for user in users:
        walk(user, workflow_pages(item))  # the Ouderpanel step
    for link in links[1:3]:
        with django_capture_on_commit_callbacks(execute=True):
            answer(client, link)
    assert item.current_workflow_task.name == "Eindredactie"
    live = InformationItem.objects.filter(live=True, region=region, locale=item.locale).first()
    for user in users:
        walk(user, workflow_pages(item))  # the Eindredactie step
        client.force_login(user)
        walk(user, [translation_editor(client, live)])
    assert not found, found
