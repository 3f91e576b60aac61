"""The "Leesbaarheid" side panel in a real editor: it follows typing, Wagtail's autosave
(which re-renders the side panels) and pasting into the rich-text editor, without a reload."""

import re
import uuid

import pytest
from django.test import Client
from django.urls import reverse

from content_models.groups import NATIONAL_EDITORS
from content_models.models import InformationItem

from ..factories import InformationItemFactory

pytestmark = pytest.mark.django_db(transaction=True)

PANEL = "document.querySelector('[data-pi-readability]')"
# Wagtail's unsaved-changes watcher takes the form's first state after 2 seconds;
# autosave follows the changes after that.
RECORD_EVENTS = """
window.editorEvents = [];
["w-unsaved:watch-edits", "w-autosave:success"].forEach((type) =>
  document.addEventListener(type, () => window.editorEvents.push(type)));
"""


@pytest.fixture
def editor_page(browser, live_server, make_user):
    # The browser tests share one committed database: a user name of this test's own.
    user = make_user(f"redacteur-{uuid.uuid4().hex[:8]}", NATIONAL_EDITORS)
    item = InformationItemFactory(
        title="Hulp op school",
        summary="Zo werkt de hulp op school.",
        body=[{"type": "paragraph", "value": "<p>De school helpt je kind.</p>"}],
        audiences=["ouders"],
    )
    item.save_revision(user=user)  # as the admin saves it: autosave continues from this revision
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    page.add_init_script(RECORD_EVENTS)
    edit = reverse(InformationItem.snippet_viewset.get_url_name("edit"), args=[item.pk])
    page.goto(f"{live_server.url}{edit}")
    page.get_by_role("button", name="Leesbaarheid tonen of verbergen").click()
    yield page
    context.close()


WORDS = "[data-pi-readability-figures] dt"


def words_after_check(page, previous: int | None = None) -> int:
    """Wait until the panel judged the form as it is now; return the word count it shows.

    After an edit, wait for a count other than ``previous``: the panel may still show
    'done' for the text before the edit until its debounce starts the next check.
    """
    count = f"""(() => {{
        const panel = {PANEL};
        if (!panel || panel.dataset.piReadabilityState !== 'done') return null;
        const term = [...panel.querySelectorAll('{WORDS}')].find(d => d.textContent === 'Woorden');
        return term ? parseInt(term.nextElementSibling.textContent, 10) : null;
    }})()"""
    changed = "null" if previous is None else str(previous)
    page.wait_for_function(f"(c => c !== null && c !== {changed})({count})", timeout=15000)
    return page.evaluate(count)


def test_the_panel_follows_typing_autosave_and_paste(editor_page):
    page = editor_page
    first = words_after_check(page)
    assert first > 0
    figures = page.locator("[data-pi-readability-figures]").inner_text()
    assert not re.search(r"\d\.\d", figures), figures  # Dutch decimal comma

    page.wait_for_function("editorEvents.includes('w-unsaved:watch-edits')")
    page.evaluate(f"{PANEL}.dataset.marker = 'before autosave'")
    page.locator("#id_summary").press_sequentially(" Vraag het aan de leraar.", delay=20)
    # Wagtail's autosave saves the draft and renders the side panels anew.
    page.wait_for_function("editorEvents.includes('w-autosave:success')", timeout=15000)
    page.wait_for_function(f"!{PANEL}.dataset.marker", timeout=15000)
    second = words_after_check(page, first)
    assert second == first + 5

    page.locator("#id_summary").press_sequentially(" Of bel ons.", delay=20)
    third = words_after_check(page, second)
    assert third == second + 3

    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    page.keyboard.press("End")
    page.keyboard.type(" Dat is fijn.", delay=20)
    fourth = words_after_check(page, third)
    assert fourth == third + 3

    page.evaluate("navigator.clipboard.writeText(' Samen maken we een plan.')")
    page.keyboard.press("Control+V")
    assert words_after_check(page, fourth) == fourth + 5


def test_the_panel_names_the_missing_field(editor_page):
    page = editor_page
    words_after_check(page)
    page.locator("#id_slug").fill("")
    page.locator("#id_slug").dispatch_event("input")
    page.wait_for_function(f"{PANEL}.dataset.piReadabilityState === 'invalid'", timeout=15000)
    summary = page.locator("[data-pi-readability-summary]")
    assert "Korte naam" in summary.inner_text()
    summary.get_by_role("link", name="Korte naam").click()
    assert page.evaluate("document.activeElement.id") == "id_slug"

    # A group of boxes has no single label: the panel still names it and goes to it.
    page.locator("#id_slug").fill("hulp-op-school")
    page.get_by_role("checkbox", name="Ouders").uncheck()
    page.wait_for_function(
        f"{PANEL}.dataset.piReadabilityState === 'invalid' && "
        f"!{PANEL}.textContent.includes('Korte naam')",
        timeout=15000,
    )
    assert "audiences" not in summary.inner_text()
    summary.get_by_role("link", name="Doelgroepen").click()
    assert page.evaluate("document.activeElement.name") == "audiences"


@pytest.mark.parametrize("panel", ["readability", "approvals", "panels"])
def test_the_close_button_leaves_the_panel_title_readable(editor_page, panel):
    page = editor_page
    toggle = page.locator(f"[data-side-panel-toggle='{panel}']")
    # The fixture opened the readability panel: a click on its toggle would close it,
    # and the title would only seem visible for the 500 ms the panel takes to go.
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    page.wait_for_function(
        f"document.querySelector(\"[data-side-panel-toggle='{panel}']\")"
        ".getAttribute('aria-expanded') === 'true'"
    )
    title = page.locator(f"[data-side-panel='{panel}'] .pi-readability__title")
    title.wait_for()
    a = title.bounding_box()
    b = page.locator(".form-side__close-button").bounding_box()
    overlaps_across = a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
    overlaps_down = a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]
    assert not (overlaps_across and overlaps_down)


def test_a_form_error_moves_the_focus_to_the_error_message(editor_page):
    page = editor_page
    InformationItemFactory(slug="bestaat-al")
    page.locator("#id_slug").fill("bestaat-al")
    page.locator("form[data-edit-form] button.action-save").first.click()
    page.wait_for_load_state()
    assert "al in gebruik" in page.locator(".error-message").first.inner_text()
    page.wait_for_function("document.activeElement.matches('.messages li.error')")


INDICATOR = "#w-autosave-indicator"


def test_the_autosave_indicator_says_saved_after_each_save(editor_page):
    """ "Bezig met opslaan…" goes away after each autosave, also after the side panels
    (the readability panel among them) were rendered anew, and no script fails."""
    page = editor_page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.wait_for_function("editorEvents.includes('w-unsaved:watch-edits')")
    indicator = page.locator(INDICATOR)
    for field, text in [("#id_summary", " Vraag het aan de leraar."), ("#id_title", " thuis")]:
        saves = page.evaluate("editorEvents.filter(e => e === 'w-autosave:success').length")
        page.locator(field).press_sequentially(text, delay=20)
        page.wait_for_function(
            f"editorEvents.filter(e => e === 'w-autosave:success').length > {saves}",
            timeout=15000,
        )
        page.wait_for_function(
            f"document.querySelector('{INDICATOR}').dataset.wAutosaveStateValue === 'saved'"
        )
        assert indicator.inner_text().strip() == "Opgeslagen"
        assert "Bezig met opslaan" not in page.locator("header").inner_text()
    assert errors == []
