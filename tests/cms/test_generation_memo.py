"""Lookups that responses share, kept while their scopes' generations stand (``GenerationMemo``)."""

import pytest
from wagtail.rich_text import RichText

from cms.api.caching import GenerationMemo, building
from tests.factories import (
    ExperienceStoryFactory,
    GlossaryTermFactory,
    InformationItemFactory,
    OrganisationFactory,
    TopicFactory,
    publish,
)

pytestmark = pytest.mark.django_db


def test_answers_last_while_the_generations_of_their_scopes_stand():
    looked_up: list[set[str]] = []

    def lookup(keys: set[str]) -> dict[str, str]:
        looked_up.append(keys)
        return {key: key.upper() for key in keys if key != "onbekend"}

    memo: GenerationMemo[str, str] = GenerationMemo("national")
    with building({"national": "g1", "region:PO9901": "r1"}):
        assert memo.get_many(["a", "onbekend"], lookup) == {"a": "A"}
        assert memo.get_many(["a", "b", "onbekend"], lookup) == {"a": "A", "b": "B"}
    # Only what was not known yet, and an unknown key is remembered as unknown.
    assert looked_up == [{"a", "onbekend"}, {"b"}]

    with building({"national": "g1", "region:PO9901": "r2"}):  # another scope: still valid
        assert memo.get_many(["a"], lookup) == {"a": "A"}
    assert len(looked_up) == 2

    with building({"national": "g2"}):  # a publish in the national scope: asked again
        assert memo.get_many(["a"], lookup) == {"a": "A"}
    assert looked_up[2:] == [{"a"}]

    # Outside a build (a preview, the admin) every lookup is a lookup.
    assert memo.get_many(["a"], lookup) == {"a": "A"}
    assert memo.get("onbekend", lambda key: None) is None
    assert looked_up[3:] == [{"a"}]


@pytest.fixture
def item_with_references(region_a):
    """A national text with a contact card, a term and a story, and a supplement of region A."""
    org = OrganisationFactory(name="Steunpunt Oud", publish=True)
    term = GlossaryTermFactory(term="Ondersteuningsplan", publish=True)
    story = ExperienceStoryFactory(publish=True)
    topic = TopicFactory(slug="onderwerp", title="Onderwerp", publish=True)
    item = InformationItemFactory(
        slug="artikel",
        topics=[topic],
        body=[
            ("paragraph", RichText("<p>Tekst</p>")),
            ("contact_card", org),
            ("glossary_term", term),
            ("experience_quote", story),
        ],
        publish=True,
    )
    InformationItemFactory(
        slug="artikel-aanvulling",
        region=region_a,
        supplement_to=item,
        body=[("paragraph", RichText("<p>Regionaal</p>"))],
        publish=True,
    )
    return {"org": org, "term": term, "story": story, "topic": topic}


def test_a_later_cache_miss_reads_only_the_item_and_its_supplements(
    client, region_a, item_with_references, django_assert_num_queries
):
    first = client.get(f"/api/v1/items/artikel/?region={region_a.code}").json()
    assert [s["scope"] for s in first["sections"]] == ["national", "regional"]
    assert len(first["sections"][0]["blocks"]) == 4
    # Another URL is another cache entry: built again, with SWV, references and topics known.
    with django_assert_num_queries(2) as queries:
        again = client.get(f"/api/v1/items/artikel/?region={region_a.code}&v=2").json()
    assert again == first
    read, counted = (query["sql"] for query in queries.captured_queries)
    assert read.startswith("SELECT") and 'FROM "content_models_informationitem"' in read
    assert counted.startswith('UPDATE "cms_usagecount"')  # the anonymous read count


def test_each_change_reaches_the_next_cache_miss_through_its_publish(
    client, region_a, item_with_references, django_capture_on_commit_callbacks
):
    """No cache is emptied here: only what publishing does after its commit."""
    misses = iter(range(100))

    def detail() -> dict:
        url = f"/api/v1/items/artikel/?region={region_a.code}&miss={next(misses)}"
        response = client.get(url)
        assert response.status_code == 200
        return response.json()

    def block_types() -> list[str]:
        return [block["type"] for block in detail()["sections"][0]["blocks"]]

    detail()
    refs = item_with_references
    with django_capture_on_commit_callbacks(execute=True):
        refs["org"].name = "Steunpunt Nieuw"
        publish(refs["org"])
    assert detail()["sections"][0]["blocks"][1]["organisation"]["name"] == "Steunpunt Nieuw"

    with django_capture_on_commit_callbacks(execute=True):
        refs["story"].withdraw_consent()
    assert block_types() == ["paragraph", "contact_card", "glossary_term"]

    with django_capture_on_commit_callbacks(execute=True):
        refs["term"].unpublish()
        refs["topic"].unpublish()
    assert block_types() == ["paragraph", "contact_card"]
    assert detail()["topics"] == []

    with django_capture_on_commit_callbacks(execute=True):
        region_a.name = "Passend Onderwijs Nieuwe Naam"
        region_a.save()
    assert detail()["sections"][1]["region"]["name"] == "Passend Onderwijs Nieuwe Naam"
