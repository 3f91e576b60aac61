"""The iframe variant and the script, over HTTP (the browser tests are in tests/e2e)."""

import gzip

import pytest
from django.utils import timezone

from cms.signaleren.models import Feedback


def test_script_is_small_and_embeddable(client):
    response = client.get("/embed.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert len(gzip.compress(response.content)) < 30 * 1024
    assert b"customElements.define" in response.content


def test_iframe_page_works_without_javascript(demo, client):
    response = client.get("/embed/school/02QZ00/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    html = response.content.decode()
    assert '<html lang="nl" dir="ltr">' in html
    assert "?item=wat-is-een-samenwerkingsverband" in html
    assert "Voorbeeldschool De Wilgen" in html


def test_iframe_article_has_the_regional_supplement_and_a_feedback_form(demo, client):
    html = client.get("/embed/school/02QZ00/?item=wat-is-een-samenwerkingsverband").content.decode()
    assert "In jouw regio: " + demo.name in html
    assert 'action="/embed/feedback/"' in html
    assert 'name="helpful" value="ja"' in html


def test_iframe_route_has_tap_to_call_links(demo, client):
    html = client.get("/embed/region/PO2001/?view=route").content.decode()
    assert 'href="tel:' in html
    assert "In jouw regio" in html


def test_arabic_is_right_to_left(demo, client):
    html = client.get("/embed/region/PO2001/?locale=ar").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/embed/region/XX/", 400),
        ("/embed/region/PO9999/", 404),
        ("/embed/school/02QZ00/?item=bestaat-niet", 404),
        ("/embed/school/02QZ00/?locale=xx", 400),
    ],
)
def test_friendly_error_pages(demo, client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert "Dit lukte niet" in response.content.decode()


def test_iframe_feedback_form(demo, client):
    back = "/embed/school/02QZ00/?item=zorgplicht&locale=nl"
    response = client.post(
        "/embed/feedback/",
        {"item": "zorgplicht", "helpful": "nee", "school": "02QZ00", "next": back},
    )
    assert response.status_code == 302
    assert response["Location"] == back + "&thanks=1#feedback"
    feedback = Feedback.objects.get(date=timezone.localdate())  # the demo's are older
    assert (feedback.helpful, feedback.region_code) == (False, "PO2001")
    thanks = client.get(response["Location"]).content.decode()
    assert "Dank je wel voor je reactie." in thanks
    evil = client.post(
        "/embed/feedback/", {"item": "zorgplicht", "helpful": "ja", "next": "https://evil.example/"}
    )
    assert evil.status_code == 400


def test_demo_page_shows_both_ways(db, client):
    html = client.get("/embed/demo/").content.decode()
    assert '<script src="/embed.js" data-school="02QZ00" async></script>' in html
    assert '<iframe src="/embed/school/02QZ00/"' in html


def test_iframe_article_says_who_read_it_and_lists_its_sources(demo, client):
    html = client.get("/embed/school/02QZ00/?item=wat-is-een-samenwerkingsverband").content.decode()
    line = html.split('<div class="pi-provenance">', 1)[1].split("</div>", 1)[0]
    from content_models.models import InformationItem

    article = InformationItem.objects.get(
        slug="wat-is-een-samenwerkingsverband", locale__language_code="nl"
    )
    panels = article.api_form["provenance"]["validation"]["panels"]
    readers = " en ".join(f"{p['approvals']} {p['audience']}" for p in panels)
    assert panels and f"Gelezen door {readers} op " in line
    assert "Laatst gecontroleerd: " in line
    assert "<summary>Bronnen</summary>" in line
    english = client.get(
        "/embed/school/02QZ00/?item=wat-is-een-samenwerkingsverband&locale=en"
    ).content.decode()
    assert "Read by 3 parents" in english and "Sources" in english


def test_iframe_claims_nothing_for_forced_content(demo, client):
    from content_models.models import InformationItem
    from content_models.publishing import force_publish

    item = InformationItem.objects.get(slug="zorgplicht", locale__language_code="nl")
    item.summary = "Een snelle correctie van de samenvatting."
    item.save_revision()
    force_publish(item, user=None, reason="Een fout die meteen weg moet.")
    html = client.get("/embed/school/02QZ00/?item=zorgplicht").content.decode()
    assert "Gelezen door" not in html
    assert "Laatst gecontroleerd: " in html


def test_demo_page_says_the_texts_were_tested_because_the_record_says_so(demo, client):
    assert "getest met ouders en jongeren" in client.get("/embed/demo/").content.decode()
    from content_models.models import InformationItem
    from content_models.publishing import force_publish

    item = InformationItem.objects.get(slug="zorgplicht", locale__language_code="nl")
    item.summary = "Een snelle correctie van de samenvatting."
    item.save_revision()
    force_publish(item, user=None, reason="Een fout die meteen weg moet.")
    html = client.get("/embed/demo/").content.decode()
    assert "getest met" not in html
    assert "Onder elke tekst staat hoe die is gecontroleerd." in html
