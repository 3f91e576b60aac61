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
