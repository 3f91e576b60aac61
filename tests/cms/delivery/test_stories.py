"""``/api/v1/stories/``: live stories with standing consent, nothing else."""

import pytest
from django.core.cache import cache

from cms.delivery.urls_for import detail_path, public_urls
from content_models.models import ExperienceStory
from tests.factories import ExperienceStoryFactory


def slugs(data: dict) -> list[str]:
    return [story["slug"] for story in data["results"]]


def test_the_youth_story_is_reachable(demo, get_json):
    data = get_json("/api/v1/stories/?audience=jongeren")
    assert slugs(data) == ["ik-mocht-meepraten-over-mijn-plan"]
    story = get_json("/api/v1/stories/ik-mocht-meepraten-over-mijn-plan/")
    assert story["teller"] == "Leerling van 15 jaar"
    assert story["topics"] == [{"slug": "opp", "title": story["topics"][0]["title"]}]


@pytest.mark.django_db
def test_only_live_stories_in_scope(get_json, region_a, region_b):
    ExperienceStoryFactory(slug="concept")  # a draft
    ExperienceStoryFactory(slug="landelijk", publish=True)
    ExperienceStoryFactory(slug="regio-a", region=region_a, publish=True)
    assert slugs(get_json("/api/v1/stories/")) == ["landelijk"]
    assert set(slugs(get_json(f"/api/v1/stories/?region={region_a.code}"))) == {
        "landelijk",
        "regio-a",
    }
    assert slugs(get_json(f"/api/v1/stories/?region={region_b.code}")) == ["landelijk"]
    get_json("/api/v1/stories/concept/", status=404)
    get_json("/api/v1/stories/regio-a/", status=404)
    assert get_json(f"/api/v1/stories/regio-a/?region={region_a.code}")["scope"] == region_a.code


@pytest.mark.django_db
def test_a_withdrawn_story_leaves_list_and_detail_at_once(
    get_json, django_capture_on_commit_callbacks
):
    story = ExperienceStoryFactory(slug="ingetrokken", publish=True)
    assert slugs(get_json("/api/v1/stories/")) == ["ingetrokken"]
    assert get_json("/api/v1/stories/ingetrokken/")["title"] == story.title
    with django_capture_on_commit_callbacks(execute=True):
        story.withdraw_consent()
    assert get_json("/api/v1/stories/")["count"] == 0
    error = get_json("/api/v1/stories/ingetrokken/", status=404)["error"]
    assert error["message"] == "Er is geen gepubliceerde ervaring ‘ingetrokken’."
    # Not through a stale row either: withdrawal belongs to the row, not a revision.
    assert ExperienceStory.objects.get(pk=story.pk).withdrawn


@pytest.mark.django_db
def test_queries_stay_constant(client, django_assert_max_num_queries):
    ExperienceStoryFactory(publish=True)
    with django_assert_max_num_queries(12) as one:
        client.get("/api/v1/stories/?locale=en")
    ExperienceStoryFactory.create_batch(10, publish=True)
    cache.clear()
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get("/api/v1/stories/?locale=en")
    assert response.json()["count"] == 11


@pytest.mark.django_db
def test_a_story_names_its_public_urls_for_the_cdn_and_webhooks(region_a):
    national = ExperienceStoryFactory(slug="landelijk", publish=True)
    regional = ExperienceStoryFactory(slug="regionaal", region=region_a, publish=True)
    assert detail_path(national) == "/api/v1/stories/landelijk/"
    assert detail_path(regional) == f"/api/v1/stories/regionaal/?region={region_a.code}"
    assert "/api/v1/stories/" in public_urls(national)
