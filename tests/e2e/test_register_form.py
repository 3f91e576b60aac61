"""The vragenregister in a real browser: the register form by keyboard only and accessible
(axe-core), and the public evaluation form on a phone."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from cms.signaleren.models import SignalKind, SupportContact, SupportEvaluation
from cms.signaleren.register.links import make_code
from cms.signaleren.register.roles import desk_group_name
from content_models.models import Region

from .conftest import serious_violations


@pytest.fixture
def staff_page(browser, demo_site, make_user):
    """The admin of a steunpunt worker of the demo SWV, on a laptop-sized screen."""
    # The browser tests share one committed database: a user name of this test's own.
    user = make_user(f"steunpunt-{uuid.uuid4().hex[:8]}", desk_group_name("PO2001"))
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": demo_site}]
    )
    page = context.new_page()
    page.goto(f"{demo_site}{reverse('vragenregister:add')}")
    yield page
    context.close()


def tab_to(page, condition: str, limit: int = 80) -> None:
    """Press Tab until the focused element meets ``condition`` (a JS expression on ``el``)."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("(el => el.name || el.id || el.tagName)(document.activeElement)"))
        if page.evaluate(f"(el => {condition})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {condition}: {seen}")


def test_the_register_form_is_accessible_and_works_by_keyboard_only(staff_page):
    page = staff_page
    assert "Geen persoonsgegevens" in page.inner_text("main")
    assert serious_violations(page) == []
    summary = f"Vraag over thuiszitten {uuid.uuid4().hex[:6]}, bel 06-12345678"

    tab_to(page, "el.id === 'id_date'")  # from the top of the page, as a keyboard user
    assert page.evaluate("document.activeElement.value") == timezone.localdate().isoformat()
    tab_to(page, "el.name === 'kind'")  # past minutes, channel and asker: their defaults fit
    page.keyboard.press("Space")
    tab_to(page, "el.name === 'topics'")
    page.keyboard.press("Space")
    tab_to(page, "el.name === 'summary'")
    page.keyboard.type(summary)
    tab_to(page, "el.type === 'submit'")
    page.keyboard.press("Enter")

    expect(page.locator(".messages")).to_contain_text("aangemaakt")
    contact = SupportContact.objects.get(summary__startswith=summary[:28])
    assert contact.region == Region.objects.get(code="PO2001")
    assert contact.kind == SignalKind.objects.filter(active=True).first()
    assert contact.topics.count() == 1
    assert contact.channel == "telefoon" and contact.date == timezone.localdate()
    assert "12345678" not in contact.summary


def test_a_form_error_is_accessible(staff_page):
    page = staff_page
    page.locator("#id_minutes").fill("")
    page.locator("#id_minutes").press("Enter")
    expect(page.locator(".help-critical, .error-message").first).to_be_visible()
    # Wagtail fades its message in; axe would measure the contrast halfway.
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    assert serious_violations(page) == []


@pytest.fixture
def evaluation_url(demo_site):
    contact = SupportContact.objects.create(
        region=Region.objects.get(code="PO2001"),
        date=timezone.localdate(),
        channel="gesprek",
        asker="jeugdige",
        kind=SignalKind.objects.first(),
        handling="informatie",
        minutes=30,
        outcome="beantwoord",
    )
    evaluation = SupportEvaluation.objects.create(contact=contact, issued_on=timezone.localdate())
    return evaluation, f"{demo_site}/e/{make_code(evaluation)}/"


def test_the_evaluation_form_on_a_phone(phone, evaluation_url):
    evaluation, url = evaluation_url
    phone.goto(url)
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Hoe was het contact met het steunpunt?"
    )
    assert serious_violations(phone) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    phone.get_by_role("button", name="Verstuur").tap()
    expect(phone.get_by_role("alert")).to_contain_text("Kies een cijfer van 1 tot 5.")
    assert serious_violations(phone) == []

    phone.get_by_label("4", exact=True).tap()
    phone.get_by_label("Een beetje").tap()
    phone.get_by_label("Wil je nog iets zeggen?").fill("Fijn gesprek. Groeten, Pieter Bakker")
    phone.get_by_role("button", name="Verstuur").tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Dank je wel!")
    assert serious_violations(phone) == []
    assert phone.context.cookies() == []

    evaluation.refresh_from_db()
    assert (evaluation.helpful, evaluation.got_what_needed) == (4, "deels")
    assert "Bakker" not in evaluation.comment

    phone.goto(url)
    expect(phone.get_by_role("heading", level=1)).to_have_text("Je hebt de vragen al beantwoord")
    assert serious_violations(phone) == []
    phone.goto(url.replace("/e/", "/e/x"))
    expect(phone.get_by_role("heading", level=1)).to_have_text("Deze link werkt niet")
    assert serious_violations(phone) == []
