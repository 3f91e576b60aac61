"""The panel review page in a real browser on a phone: accessible (axe-core), usable by
touch and keyboard, and the answer arrives."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from content_models.models import InformationItem
from workflows.models import PanelInvitation
from workflows.panel.tokens import make_token

from .conftest import serious_violations


@pytest.fixture
def review_url(demo_site):
    """A fresh invitation for the demo article; its workflow is cancelled afterwards, so
    the next test (on the same committed demo) can start one again."""
    item = InformationItem.objects.get(
        slug="wat-is-een-samenwerkingsverband", locale__language_code="nl"
    )
    editor, _ = get_user_model().objects.get_or_create(username="redacteur")
    item.save_revision(user=None)
    state = item.get_workflow().start(item, editor)
    invitation = PanelInvitation.objects.filter(
        task_state__workflow_state=state, answered_at=None
    ).first()
    assert invitation is not None, "the ouderpanel was invited"
    yield invitation, f"{demo_site}/review/{make_token(invitation)}/"
    state.refresh_from_db()
    if state.status in (state.STATUS_IN_PROGRESS, state.STATUS_NEEDS_CHANGES):
        state.cancel(user=editor)


def test_the_review_page_is_accessible_and_records_the_answer(phone, review_url):
    invitation, url = review_url
    phone.goto(url)
    assert phone.get_by_role("heading", level=1).inner_text() == "Wil je deze tekst lezen?"
    assert "Wat is een samenwerkingsverband?" in phone.inner_text("main")
    assert serious_violations(phone) == []
    # No sideways scrolling on a phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    # Tap two words to mark them as hard; tap one again to unmark it.
    words = phone.locator(".pi-word", has_text="ondersteuningsplan")
    words.first.tap()
    phone.locator(".pi-word", has_text="basisondersteuning").first.tap()
    phone.locator(".pi-word", has_text="basisondersteuning").first.tap()
    assert words.first.get_attribute("data-marked") == "true"
    assert "Gemarkeerd: ondersteuningsplan" in phone.inner_text("[data-pi-marked-list]")

    phone.get_by_label("Ja", exact=True).check()
    phone.get_by_label("Wat mist er?").fill("Een voorbeeld uit de praktijk.")
    phone.get_by_role("button", name="Goedkeuren").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Dank je wel!")
    assert serious_violations(phone) == []

    invitation.refresh_from_db()
    assert invitation.decision == "approve" and invitation.clarity == "ja"
    assert invitation.hard_words == [{"text": "ondersteuningsplan"}]
    assert invitation.missing == "Een voorbeeld uit de praktijk."


def test_the_review_page_works_by_keyboard(phone, review_url):
    invitation, url = review_url
    phone.goto(url)
    phone.get_by_label("Een beetje").focus()
    phone.keyboard.press("Space")
    phone.get_by_label("Welke woorden of zinnen zijn moeilijk?").focus()
    phone.keyboard.type("samenwerkingsverband, ondersteuningsplan")
    phone.get_by_label("Wil je nog iets zeggen?").focus()
    phone.keyboard.type("De tweede alinea is lang.")
    phone.keyboard.press("Tab")
    phone.keyboard.press("Tab")  # past "Goedkeuren" to "Vraag om aanpassingen"
    focused = phone.evaluate("document.activeElement.textContent")
    assert focused == "Vraag om aanpassingen"
    phone.keyboard.press("Enter")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Dank je wel!")
    invitation.refresh_from_db()
    assert invitation.decision == "changes"
    assert invitation.hard_words == [
        {"text": "samenwerkingsverband"},
        {"text": "ondersteuningsplan"},
    ]


def test_errors_are_announced_and_linked(phone, review_url):
    _, url = review_url
    phone.goto(url)
    phone.get_by_role("button", name="Vraag om aanpassingen").click()
    alert = phone.get_by_role("alert")
    assert "Kies ja, een beetje of nee." in alert.inner_text()
    assert "Vertel ons wat er beter moet" in alert.inner_text()
    # The focus moves to the summary, which a screen reader reads out first.
    phone.wait_for_function("document.activeElement.id === 'fouten'")
    assert serious_violations(phone) == []


def test_a_broken_link_shows_a_friendly_accessible_page(phone, demo_site):
    phone.goto(f"{demo_site}/review/kapot/")
    assert phone.get_by_role("heading", level=1).inner_text() == "Deze link werkt niet"
    assert serious_violations(phone) == []
