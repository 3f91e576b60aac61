"""The reader's language: ``locale`` or ``Accept-Language``, per-item fallback to Dutch,
the widget's own words from the JSON catalogue, and the iframe in that language.
The demo has the samenwerkingsverband article and the route in English and Arabic."""

import pytest

pytestmark = pytest.mark.django_db

ARTICLE = "/api/v1/items/wat-is-een-samenwerkingsverband/?region=PO2001"


@pytest.mark.parametrize(
    ("accept", "locale"),
    [
        ("en-GB,en;q=0.9,nl;q=0.8", "en"),
        ("ar", "ar"),
        ("de-DE,fr;q=0.5", "nl"),  # no content in those languages
        ("", "nl"),
        ("de, ar;q=0.3", "ar"),  # the best language we have
    ],
)
def test_accept_language_picks_the_language(client, demo, accept, locale):
    response = client.get(ARTICLE, headers={"Accept-Language": accept})
    assert response.json()["locale"] == locale
    assert response["Content-Language"].split(",")[0] == locale
    assert "Accept-Language" in response["Vary"]


def test_the_locale_parameter_wins_and_the_response_does_not_vary(client, demo):
    response = client.get(f"{ARTICLE}&locale=ar", headers={"Accept-Language": "en"})
    assert response.json()["locale"] == "ar"
    assert "Accept-Language" not in response["Vary"]


def test_each_language_has_its_own_cache_entry(client, demo):
    titles = {
        accept: client.get(ARTICLE, headers={"Accept-Language": accept}).json()["title"]
        for accept in ("en", "ar", "nl", "en")
    }
    assert titles == {
        "en": "What is a samenwerkingsverband?",
        "ar": "ما هو تحالف المدارس (samenwerkingsverband)؟",
        "nl": "Wat is een samenwerkingsverband?",
    }


def test_untranslated_parts_fall_back_to_dutch_one_by_one(get_json, demo):
    article = get_json(f"{ARTICLE}&locale=en")
    assert (article["locale"], article["fallback"], article["outdated"]) == ("en", False, False)
    national, regional = article["sections"]
    assert (national["locale"], national["fallback"]) == ("en", False)
    assert (regional["locale"], regional["fallback"]) == ("nl", True)
    assert (
        '<section class="pi-section pi-section--regional" lang="nl" dir="ltr">' in (article["html"])
    )

    route = get_json("/api/v1/routes/waar-kan-je-terecht/?region=PO2001&locale=ar")
    assert route["title"] == "إلى أين يمكنك التوجّه؟"
    steps = {step["title"]: step for step in route["steps"]}
    assert steps["تحدّث مع المدرسة"]["locale"] == "ar"
    regional = [step for step in route["steps"] if step["scope"] == "regional"]
    assert regional and all(step["fallback"] and step["locale"] == "nl" for step in regional)

    listed = get_json("/api/v1/items/?locale=ar&page_size=100")["results"]
    bundled = get_json("/api/v1/bundle/?region=PO2001&locale=ar")["items"]
    for summaries in (listed, bundled):
        by_slug = {item["slug"]: item for item in summaries}
        assert by_slug["wat-is-een-samenwerkingsverband"]["fallback"] is False
        assert by_slug["wat-is-een-samenwerkingsverband"]["locale"] == "ar"
        assert by_slug["zorgplicht"]["fallback"] is True


def test_the_widget_catalogue_translates_the_interface(client, demo):
    catalog = client.get("/embed/i18n/ar.json").json()["catalog"]
    assert catalog["Onderwerpen"] == "المواضيع"
    assert catalog["Was dit nuttig?"] == "هل كان هذا مفيدًا؟"
    english = client.get("/embed/i18n/en.json")
    assert english["Access-Control-Allow-Origin"] == "*"
    assert english.json()["catalog"]["Waar kan je terecht?"] == "Where can you go?"
    assert client.get("/embed/i18n/xx.json").status_code == 404


def test_the_iframe_follows_the_browser_language(client, demo):
    page = client.get("/embed/region/PO2001/", headers={"Accept-Language": "ar"})
    html = page.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "المواضيع" in html and "Onderwerpen" not in html
    assert "Accept-Language" in page["Vary"]
    dutch = client.get("/embed/region/PO2001/", headers={"Accept-Language": "nl"})
    assert "Onderwerpen" in dutch.content.decode()
