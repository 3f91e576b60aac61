"""The widget and the iframe on the demo page, in a real browser on a phone:
accessible (axe-core, shadow DOM included), usable by touch and keyboard."""

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from cms.signaleren.models import Feedback

from .conftest import serious_violations

ARTICLE = "Wat is een samenwerkingsverband?"


@pytest.fixture
def site(demo_site) -> str:
    return demo_site


def todays_feedback() -> Feedback:
    """The feedback this test just gave (the demo's is older, earlier tests' came before)."""
    return Feedback.objects.filter(date=timezone.localdate()).latest("pk")


@pytest.fixture
def widget(phone, site):
    phone.goto(f"{site}/embed/demo/")
    element = phone.locator("passend-informatie")
    expect(element.get_by_role("button", name=ARTICLE)).to_be_visible()
    return element


def test_widget_shows_articles_route_and_terms(phone, widget):
    assert serious_violations(phone) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    widget.get_by_role("button", name=ARTICLE).tap()
    heading = widget.get_by_role("heading", level=2, name=ARTICLE)
    expect(heading).to_be_focused()
    expect(widget.get_by_text("In jouw regio: Voorbeeld-SWV Stad en Ommeland PO")).to_be_visible()
    term = widget.locator("details.pi-term").first
    term.locator("summary").tap()
    expect(term).to_have_attribute("open", "")
    assert serious_violations(phone) == []

    widget.get_by_role("button", name="Ja, nuttig").tap()
    expect(widget.get_by_text("Dank je wel voor je reactie.")).to_be_visible()
    feedback = todays_feedback()
    assert (feedback.item_slug, feedback.helpful) == ("wat-is-een-samenwerkingsverband", True)
    assert feedback.region_code == "PO2001"

    widget.get_by_role("button", name="Waar kan je terecht?").tap()
    expect(widget.get_by_role("heading", level=2, name="Waar kan je terecht?")).to_be_focused()
    assert widget.locator('a[href^="tel:"]').count() > 0
    assert serious_violations(phone) == []

    widget.get_by_role("button", name="Begrippen").tap()
    expect(widget.get_by_text("Toelaatbaarheidsverklaring", exact=False).first).to_be_visible()


def test_widget_says_who_read_the_article_and_shows_its_sources(phone, widget, phone_in):
    widget.get_by_role("button", name=ARTICLE).tap()
    line = widget.locator(".pi-provenance p")
    expect(line).to_have_text(
        re.compile(
            r"^Gelezen door 3 ouders( en 3 jongeren)? op \d{1,2} \w+ 20\d\d"
            r" · Laatst gecontroleerd: \d{1,2} \w+ 20\d\d$"
        )
    )
    sources = widget.locator("details.pi-sources")
    sources.get_by_text("Bronnen").tap()
    expect(sources).to_have_attribute("open", "")
    expect(sources.locator("li").first).to_be_visible()
    assert serious_violations(phone) == []

    english = phone_in("en")
    english.goto(widget.page.url)
    element = english.locator("passend-informatie")
    element.get_by_role("button", name="What is a samenwerkingsverband?").tap()
    expect(element.locator(".pi-provenance p")).to_contain_text("Read by 3 parents")
    expect(element.locator(".pi-provenance summary")).to_have_text("Sources")
    assert serious_violations(english) == []


def test_widget_search_box(phone, widget):
    widget.get_by_label("Zoek in de uitleg").fill("rugzakje")
    widget.get_by_label("Zoek in de uitleg").press("Enter")
    expect(widget.get_by_role("heading", level=2, name="Zoeken naar ‘rugzakje’")).to_be_focused()
    result = widget.get_by_role("button", name="Extra hulp op school en de TLV")
    expect(result).to_be_visible()
    assert serious_violations(phone) == []
    result.tap()
    expect(
        widget.get_by_role("heading", level=2, name="Extra hulp op school en de TLV")
    ).to_be_visible()

    widget.get_by_role("button", name="Onderwerpen", exact=True).tap()
    widget.get_by_label("Zoek in de uitleg").fill("zorgplcht")
    widget.get_by_role("button", name="Zoeken").tap()
    widget.get_by_role("button", name="zorgplicht").tap()  # "Bedoelde je zorgplicht?"
    expect(widget.get_by_role("heading", level=2, name="Zoeken naar ‘zorgplicht’")).to_be_visible()


def test_widget_works_by_keyboard(phone, widget):
    widget.get_by_role("button", name="Onderwerpen").focus()
    target = widget.get_by_role("button", name=ARTICLE)
    for _ in range(40):
        if target.evaluate("el => el.getRootNode().activeElement === el"):
            break
        phone.keyboard.press("Tab")
    else:
        pytest.fail("the article could not be reached with Tab")
    phone.keyboard.press("Enter")
    expect(widget.get_by_role("heading", level=2, name=ARTICLE)).to_be_focused()
    back = widget.get_by_role("button", name="Terug naar de onderwerpen")
    back.focus()
    phone.keyboard.press("Enter")
    expect(widget.get_by_role("button", name=ARTICLE)).to_be_visible()


def test_the_school_colour_themes_the_widget(phone, widget):
    colour = widget.get_by_role("button", name="Onderwerpen").evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
    assert colour == "rgb(122, 31, 92)"  # --pi-accent of the demo school


def test_iframe_fits_its_content(phone, site):
    phone.goto(f"{site}/embed/demo/")
    frame = phone.frame_locator("iframe")
    expect(frame.get_by_role("heading", level=1)).to_have_text("Passend onderwijs")
    phone.wait_for_function("document.querySelector('iframe').getBoundingClientRect().height > 450")


@pytest.mark.parametrize(
    "path",
    [
        "/embed/school/02QZ00/",
        "/embed/school/02QZ00/?item=wat-is-een-samenwerkingsverband",
        "/embed/school/02QZ00/?view=route",
        "/embed/school/02QZ00/?view=glossary",
        "/embed/school/02QZ00/?q=rugzakje",
        "/embed/school/02QZ00/?q=zorgplcht",
    ],
)
def test_iframe_pages_are_accessible(phone, site, path):
    phone.goto(site + path)
    assert serious_violations(phone) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


def test_iframe_works_without_javascript(browser, site):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}, locale="nl-NL"
    )
    page = context.new_page()
    try:
        page.goto(f"{site}/embed/school/02QZ00/")
        page.get_by_role("link", name=ARTICLE).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE)
        page.get_by_label("Wil je nog iets zeggen?").fill("Duidelijk, dank je.")
        page.get_by_role("button", name="Nee, niet nuttig").click()
        expect(page.get_by_text("Dank je wel voor je reactie.")).to_be_visible()
        page.get_by_role("link", name="Onderwerpen", exact=True).click()
        page.get_by_label("Zoek in de uitleg").fill("thuiszitter")
        page.get_by_role("button", name="Zoeken").click()
        page.get_by_role("link", name="Mijn kind gaat niet naar school").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Mijn kind gaat niet naar school")
    finally:
        context.close()
    feedback = todays_feedback()
    assert (feedback.helpful, feedback.comment) == (False, "Duidelijk, dank je.")


def test_arabic_layout_is_mirrored(phone, site):
    phone.set_viewport_size({"width": 1000, "height": 800})  # the tabs on one row
    phone.goto(f"{site}/embed/region/PO2001/?locale=ar")
    assert phone.get_attribute("html", "dir") == "rtl"
    links = phone.locator(".pi-nav a")
    first, last = links.first.bounding_box(), links.last.bounding_box()
    assert first["x"] > last["x"]  # the first tab is on the right


def test_the_widget_speaks_the_browsers_language_and_mirrors_for_arabic(phone_in, site):
    """No data-locale on the demo page: the widget asks with the browser's Accept-Language,
    translates its own words from the JSON catalogue and lays itself out right to left."""
    phone = phone_in("ar")
    phone.set_viewport_size({"width": 1000, "height": 800})
    phone.goto(f"{site}/embed/demo/")
    widget = phone.locator("passend-informatie")
    title = "ما هو تحالف المدارس (samenwerkingsverband)؟"
    expect(widget.get_by_role("button", name=title)).to_be_visible()
    root = widget.locator(".pi")
    expect(root).to_have_attribute("lang", "ar")
    expect(root).to_have_attribute("dir", "rtl")
    tabs = widget.locator(".pi-tab")
    expect(tabs.first).to_have_text("المواضيع")
    first, last = tabs.first.bounding_box(), tabs.last.bounding_box()
    assert first["x"] > last["x"]  # the first tab is on the right

    widget.get_by_role("button", name=title).click()
    # The regional supplement is not translated: it is marked Dutch and left to right,
    # inside an article that is right to left, with its accent bar on the reading side.
    supplement = widget.locator(".pi-section--regional")
    expect(supplement).to_have_attribute("lang", "nl")
    box = root.bounding_box()
    back = widget.locator("button.pi-link[data-view=home]").bounding_box()
    assert back["x"] + back["width"] == pytest.approx(box["x"] + box["width"], abs=2)
    assert back["x"] > box["x"] + 20  # starts on the right, not at the left edge
    assert widget.get_by_role("button", name="نعم، مفيد").is_visible()
    assert serious_violations(phone) == []

    frame = phone.frame_locator("iframe")
    expect(frame.locator("html")).to_have_attribute("dir", "rtl")
    expect(frame.get_by_role("link", name="المواضيع")).to_be_visible()


PLAIN_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Een gewone schoolsite</title></head>
<body><main><h1>Onze school</h1>
<script src="{api}/embed.js" data-region="PO2001" async></script>
<iframe src="{api}/embed/region/PO2001/" title="Passend onderwijs"
 style="width:100%;border:0"></iframe>
</main></body></html>
"""


@pytest.fixture
def school_site(tmp_path, site):
    """A plain HTML page on another origin, as a webmaster would make it from the README."""
    (tmp_path / "index.html").write_text(PLAIN_PAGE.format(api=site))
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/index.html"
    server.shutdown()


def test_embedding_on_another_site_as_the_readme_says(phone, school_site, site):
    assert not school_site.startswith(site)  # a different origin: CORS is real here
    given_before = Feedback.objects.count()
    phone.goto(school_site)
    widget = phone.locator("passend-informatie")
    expect(widget.get_by_role("button", name=ARTICLE)).to_be_visible()
    widget.get_by_role("button", name=ARTICLE).tap()
    expect(widget.get_by_text("In jouw regio: Voorbeeld-SWV Stad en Ommeland PO")).to_be_visible()
    # This site is not a known school site: the answer is refused, in plain words.
    widget.get_by_role("button", name="Ja, nuttig").tap()
    expect(widget.get_by_text("Je reactie is niet verstuurd.", exact=False)).to_be_visible()
    assert Feedback.objects.count() == given_before
    phone.wait_for_function("document.querySelector('iframe').getBoundingClientRect().height > 450")
    assert serious_violations(phone) == []
