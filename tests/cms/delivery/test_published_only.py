"""Published means published: nothing that is not live leaves through the API."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from tests.factories import (
    ExperienceStoryFactory,
    GlossaryTermFactory,
    InformationItemFactory,
    OrganisationFactory,
    RouteFactory,
    RouteStepFactory,
    TopicFactory,
    publish,
)

pytestmark = pytest.mark.django_db


def slugs(get_json, url: str) -> list[str]:
    return [r["slug"] for r in get_json(url)["results"]]


def test_a_draft_is_never_listed_or_shown(get_json):
    InformationItemFactory(slug="concept")
    InformationItemFactory(slug="gepubliceerd", publish=True)
    assert slugs(get_json, "/api/v1/items/") == ["gepubliceerd"]
    assert get_json("/api/v1/items/concept/", status=404)["error"]["code"] == "not_found"


def test_an_unapproved_revision_of_a_live_item_stays_invisible(get_json):
    item = InformationItemFactory(slug="artikel", title="Goedgekeurd", publish=True)
    item.title = "Nog niet goedgekeurd"
    item.save_revision()  # a newer draft, as an editor saves it
    assert get_json("/api/v1/items/artikel/")["title"] == "Goedgekeurd"
    assert get_json("/api/v1/items/")["results"][0]["title"] == "Goedgekeurd"


def test_unpublished_content_disappears(get_json):
    item = InformationItemFactory(slug="weg", publish=True)
    item.unpublish()
    get_json("/api/v1/items/weg/", status=404)


def test_draft_and_withdrawn_references_are_left_out_of_a_body(get_json):
    draft_org = OrganisationFactory(name="Concept-organisatie")
    live_org = OrganisationFactory(name="Live organisatie", publish=True)
    draft_term = GlossaryTermFactory(term="conceptbegrip")
    story = ExperienceStoryFactory(title="Verhaal", publish=True)
    InformationItemFactory(
        slug="artikel",
        body=[
            ("contact_card", draft_org),
            ("contact_card", live_org),
            ("glossary_term", draft_term),
            ("experience_quote", story),
        ],
        publish=True,
    )
    blocks = get_json("/api/v1/items/artikel/")["sections"][0]["blocks"]
    assert [b["type"] for b in blocks] == ["contact_card", "experience_quote"]
    assert blocks[0]["organisation"]["name"] == "Live organisatie"

    story.withdraw_consent()
    cache.clear()  # invalidation after commit is tested in test_caching
    blocks = get_json("/api/v1/items/artikel/")["sections"][0]["blocks"]
    assert [b["type"] for b in blocks] == ["contact_card"]
    assert "Concept-organisatie" not in str(get_json("/api/v1/items/artikel/"))


def test_a_draft_supplement_is_not_merged(get_json, region_a):
    national = InformationItemFactory(slug="landelijk", publish=True)
    supplement = InformationItemFactory(
        slug="aanvulling",
        region=region_a,
        supplement_to=national,
        body=[("paragraph", "<p>Regionaal concept</p>")],
    )
    url = f"/api/v1/items/landelijk/?region={region_a.code}"
    assert len(get_json(url)["sections"]) == 1
    publish(supplement)
    cache.clear()
    sections = get_json(url)["sections"]
    assert [s["scope"] for s in sections] == ["national", "regional"]


def test_regional_content_of_another_region_is_not_shown(get_json, region_a, region_b):
    InformationItemFactory(slug="van-a", region=region_a, publish=True)
    assert slugs(get_json, f"/api/v1/items/?region={region_a.code}") == ["van-a"]
    assert slugs(get_json, f"/api/v1/items/?region={region_b.code}") == []
    assert slugs(get_json, "/api/v1/items/") == []
    get_json(f"/api/v1/items/van-a/?region={region_b.code}", status=404)


def test_draft_topics_and_organisations_in_route_steps_are_hidden(get_json):
    draft_topic = TopicFactory(slug="concept-onderwerp")
    live_topic = TopicFactory(slug="onderwerp", publish=True)
    InformationItemFactory(slug="artikel", topics=[draft_topic, live_topic], publish=True)
    assert slugs(get_json, "/api/v1/topics/") == ["onderwerp"]
    topics = get_json("/api/v1/items/artikel/")["topics"]
    assert [t["slug"] for t in topics] == ["onderwerp"]

    draft_org = OrganisationFactory(name="Concept")
    route = RouteFactory(slug="route")
    step = RouteStepFactory(route=route)
    step.organisations = [draft_org]
    step.save()
    publish(route)
    steps = get_json("/api/v1/routes/route/")["steps"]
    assert steps[0]["organisations"] == []


def test_translations_fall_back_to_dutch_until_published(client, get_json):
    english = Locale.objects.get(language_code="en")
    item = InformationItemFactory(slug="artikel", title="Nederlandse titel", publish=True)
    translation = item.copy_for_translation(english)
    translation.title = "English title"
    translation.live = True  # what a careless import might do: the guard resets it
    translation.save()
    assert not translation.live

    data = get_json("/api/v1/items/artikel/?locale=en")
    assert data["title"] == "Nederlandse titel"
    assert data["fallback"] is True and data["locale"] == "nl"
    assert client.get("/api/v1/items/?locale=en")["Content-Language"] == "en, nl"

    publish(translation)
    cache.clear()
    data = get_json("/api/v1/items/artikel/?locale=en")
    assert data["title"] == "English title"
    assert data["fallback"] is False and data["locale"] == "en"
    assert client.get("/api/v1/items/?locale=en")["Content-Language"] == "en"
