"""Finding your way in the widget: the topic tree, Back and Forward, Dutch fallbacks marked
Dutch in Arabic, and the school picker of /embed/demo/ (Chromium, checked with axe-core)."""

import pytest
from playwright.sync_api import expect

from .conftest import serious_violations

ARTICLE = "Wat is een samenwerkingsverband?"


@pytest.fixture
def widget(phone, demo_site):
    phone.goto(f"{demo_site}/embed/demo/")
    element = phone.locator("passend-informatie")
    expect(element.get_by_role("button", name=ARTICLE)).to_be_visible()
    return element


def heading(widget, name: str):
    return widget.get_by_role("heading", level=2, name=name, exact=True)


def test_child_topics_are_reachable_with_breadcrumbs(phone, widget):
    widget.get_by_role("button", name="Passend onderwijs", exact=True).tap()
    expect(heading(widget, "Passend onderwijs")).to_be_focused()
    widget.get_by_role("button", name="Samenwerkingsverband", exact=True).tap()
    expect(heading(widget, "Samenwerkingsverband")).to_be_focused()
    widget.get_by_role("button", name="Ondersteuningsplan", exact=True).tap()
    expect(heading(widget, "Ondersteuningsplan")).to_be_focused()

    crumbs = widget.get_by_role("navigation", name="Onderwerpen").get_by_role("listitem")
    expect(crumbs).to_have_text(
        ["Alle onderwerpen", "Passend onderwijs", "Samenwerkingsverband", "Ondersteuningsplan"]
    )
    expect(crumbs.last).to_have_attribute("aria-current", "page")
    assert serious_violations(phone) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    crumbs.get_by_role("button", name="Passend onderwijs").tap()
    expect(heading(widget, "Passend onderwijs")).to_be_focused()
    crumbs.get_by_role("button", name="Alle onderwerpen").tap()
    expect(widget.get_by_role("navigation", name="Onderwerpen")).to_have_count(0)


def test_back_and_forward_stay_inside_the_widget(phone, widget, demo_site):
    phone.evaluate("window.notReloaded = true")
    widget.get_by_role("button", name="Passend onderwijs", exact=True).tap()
    widget.get_by_role("button", name="Samenwerkingsverband", exact=True).tap()
    expect(heading(widget, "Samenwerkingsverband")).to_be_visible()
    widget.get_by_role("button", name=ARTICLE).first.tap()
    expect(heading(widget, ARTICLE)).to_be_visible()
    assert phone.url == f"{demo_site}/embed/demo/#pi-item/wat-is-een-samenwerkingsverband"

    phone.go_back()
    expect(heading(widget, "Samenwerkingsverband")).to_be_focused()
    phone.go_back()
    expect(heading(widget, "Passend onderwijs")).to_be_visible()
    phone.go_forward()
    phone.go_forward()
    expect(heading(widget, ARTICLE)).to_be_visible()
    expect(widget.get_by_role("button", name="Ja, nuttig")).to_be_visible()

    widget.get_by_role("button", name="Onderwerpen", exact=True).tap()
    widget.get_by_label("Zoek in de uitleg").fill("rugzakje")
    widget.get_by_role("button", name="Zoeken").tap()
    expect(heading(widget, "Zoeken naar ‘rugzakje’")).to_be_visible()
    widget.get_by_role("button", name="Begrippen").tap()
    phone.go_back()
    expect(heading(widget, "Zoeken naar ‘rugzakje’")).to_be_visible()
    for _ in range(5):  # home, article, two topics, the first view
        phone.go_back()
    expect(widget.get_by_role("navigation", name="Onderwerpen")).to_have_count(0)  # no topic
    expect(widget.get_by_role("button", name=ARTICLE)).to_be_visible()  # the first view
    assert phone.url == f"{demo_site}/embed/demo/"
    assert phone.evaluate("window.notReloaded") is True  # never a page load


def test_dutch_fallbacks_are_marked_dutch_in_arabic(phone_in, demo_site):
    phone = phone_in("ar")
    bundle = phone.request.get(f"{demo_site}/api/v1/bundle/?school=02QZ00&locale=ar").json()
    fallbacks = [item for item in bundle["items"] if item["fallback"]]
    assert fallbacks, "the demo needs an article without an Arabic translation"
    phone.goto(f"{demo_site}/embed/demo/")
    widget = phone.locator("passend-informatie")
    for item in fallbacks:
        entry = widget.locator("li", has=phone.locator(f'[data-item="{item["slug"]}"]'))
        expect(entry).to_have_attribute("lang", "nl")
        expect(entry).to_have_attribute("dir", "ltr")
    translated = next(item for item in bundle["items"] if not item["fallback"])
    expect(
        widget.locator("li", has=phone.locator(f'[data-item="{translated["slug"]}"]'))
    ).not_to_have_attribute("lang", "nl")

    widget.locator(f'[data-item="{fallbacks[0]["slug"]}"]').click()
    title = widget.get_by_role("heading", level=2, name=fallbacks[0]["title"])
    expect(title).to_have_attribute("lang", "nl")
    expect(title).to_have_attribute("dir", "ltr")
    expect(widget.locator(".pi-summary")).to_have_attribute("lang", "nl")
    notice = widget.locator(".pi-muted", has_text="")  # the notice is in the reader's language
    expect(notice.first).not_to_have_attribute("lang", "nl")
    assert serious_violations(phone) == []

    phone.goto(f"{demo_site}/embed/school/02QZ00/?locale=ar")
    entry = phone.locator("li", has=phone.get_by_role("link", name=fallbacks[0]["title"]))
    expect(entry).to_have_attribute("lang", "nl")
    expect(entry).to_have_attribute("dir", "ltr")
    phone.goto(f"{demo_site}/embed/school/02QZ00/?locale=ar&item={fallbacks[0]['slug']}")
    expect(phone.locator(".pi-summary")).to_have_attribute("lang", "nl")
    assert serious_violations(phone) == []


def test_a_webmaster_finds_the_school_and_copies_its_snippet(browser, demo_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=demo_site)
    page = context.new_page()
    try:
        page.goto(f"{demo_site}/embed/demo/")
        page.get_by_label("Naam, plaats of postcode van de school").fill("ommeland")
        expect(page.get_by_role("status").first).to_have_text("2 scholen gevonden. Kies uw school.")
        page.get_by_role("button", name="Voorbeeldcollege Ommeland, praktijkonderwijs").click()
        snippet = page.locator("#snippet-script")
        expect(snippet).to_contain_text('data-school="14AB01"')
        expect(page.locator("#snippet-iframe")).to_contain_text("/embed/school/14AB01/")
        assert serious_violations(page) == []
        page.get_by_role("button", name="Kopieer de code").click()
        expect(page.get_by_text("De code is gekopieerd.")).to_be_visible()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == snippet.text_content() and copied.startswith("<script src=")
    finally:
        context.close()
