"""The bundle: keyed by what it depends on (SWVs + language), summaries without article texts."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.delivery.api.schemas import Bundle
from content_models.publishing import publishing_allowed
from tests.factories import (
    InformationItemFactory,
    OrganisationFactory,
    RouteFactory,
    RouteStepFactory,
    SchoolFactory,
)
from tests.factories import make_scope_content as make_content

pytestmark = pytest.mark.django_db


def without_school(bundle: dict) -> dict:
    return {key: value for key, value in bundle.items() if key != "school"}


def test_the_bundle_is_exactly_the_bundle_schema(client, region_a):
    """The core is made of plain data from the stored forms, not schema objects: check it."""
    make_content(2, region_a)
    bundle = client.get(f"/api/v1/bundle/?region={region_a.code}").json()
    parts = ("regions", "topics", "items", "routes", "organisations", "glossary", "questions")
    assert all(bundle[part] for part in parts)
    assert bundle["routes"][0]["steps"][0]["organisations"][0]["channels"] is not None
    # Nothing missing, nothing extra, every value of the declared type.
    assert Bundle.model_validate(bundle).model_dump(mode="json") == bundle


def test_schools_of_one_swv_share_one_built_bundle(client, region_a):
    make_content(3, region_a)
    first, second = SchoolFactory(po_region=region_a), SchoolFactory(po_region=region_a)
    one = client.get(f"/api/v1/bundle/?school={first.code}").json()
    with CaptureQueriesContext(connection) as captured:
        other = client.get(f"/api/v1/bundle/?school={second.code}").json()
    # Only the school is looked up: the SWV's part comes from the first school's build.
    assert len(captured) == 1, [query["sql"] for query in captured]
    assert (one["school"]["code"], other["school"]["code"]) == (first.code, second.code)
    assert without_school(other) == without_school(one)
    region = client.get(f"/api/v1/bundle/?region={region_a.code}").json()
    assert region["school"] is None and without_school(region) == without_school(one)


def test_a_national_publish_reaches_the_bundle_of_every_school(
    client, region_a, django_capture_on_commit_callbacks
):
    school = SchoolFactory(po_region=region_a)
    url = f"/api/v1/bundle/?school={school.code}"
    assert client.get(url).json()["items"] == []
    with django_capture_on_commit_callbacks(execute=True):
        InformationItemFactory(slug="nieuw", publish=True)
    assert [item["slug"] for item in client.get(url).json()["items"]] == ["nieuw"]


def test_the_bundle_lists_summaries_and_the_item_endpoint_has_the_text(client, region_a):
    body = [("paragraph", "<p>Een tekst die alleen in het artikel staat.</p>")]
    InformationItemFactory(slug="artikel", summary="Kort gezegd.", body=body, publish=True)
    bundle = client.get(f"/api/v1/bundle/?region={region_a.code}")
    (item,) = bundle.json()["items"]
    assert item["summary"] == "Kort gezegd." and "html" not in item and "sections" not in item
    assert b"alleen in het artikel" not in bundle.content
    detail = client.get(f"{item['url']}?region={region_a.code}").json()
    assert "alleen in het artikel" in detail["html"]


def test_the_bundle_stays_small_as_articles_grow(client, region_a):
    """Bodies are not in the bundle: a longer article leaves the bundle as it is."""
    item = InformationItemFactory(slug="artikel", publish=True)
    size = len(client.get(f"/api/v1/bundle/?region={region_a.code}").content)
    item.body = [("paragraph", "<p>" + "Nog een zin in het artikel. " * 500 + "</p>")]
    with publishing_allowed("tests"):
        item.save_revision().publish()
    cache.clear()
    assert len(client.get(f"/api/v1/bundle/?region={region_a.code}").content) - size < 200


# Each part of the bundle, named as the endpoint that serves it alone.
PARTS = ("items", "routes", "organisations", "glossary", "questions", "topics")


@pytest.mark.parametrize("query", ["region=VO2708", "region=VO2708&locale=en", "region=PO2001"])
def test_each_part_of_the_bundle_is_what_its_own_endpoint_serves(demo, get_json, query):
    """The bundle reads its parts in fewer queries than the endpoints do; the data is the same."""
    bundle = get_json(f"/api/v1/bundle/?{query}")
    for part in PARTS:
        served = get_json(f"/api/v1/{part}/?{query}&page_size=100")
        assert served.get("count", len(served["results"])) == len(served["results"])
        assert bundle[part] == served["results"], part
    # Both SWVs of the demo add to articles and a step to the national route.
    assert any(item["has_regional_supplement"] for item in bundle["items"])
    steps = [step for route in bundle["routes"] for step in route["steps"]]
    assert any(step["number"] == "2a" and step["organisations"] for step in steps)


def test_a_step_may_name_an_organisation_outside_the_bundles_scope(client, region_a, region_b):
    """The bundle reads its organisations once; a step naming another one still shows it."""
    elsewhere = OrganisationFactory(region=region_b, name="Elders", publish=True)
    route = RouteFactory(region=region_a, publish=False)
    step = RouteStepFactory(route=route)
    step.organisations = [elsewhere]
    step.save()
    with publishing_allowed("tests"):
        route.save_revision().publish()
    bundle = client.get(f"/api/v1/bundle/?region={region_a.code}").json()
    assert "Elders" not in [o["name"] for o in bundle["organisations"]]
    (named,) = bundle["routes"][0]["steps"][0]["organisations"]
    assert named["name"] == "Elders"
    detail = client.get(f"/api/v1/routes/{route.slug}/?region={region_a.code}").json()
    assert detail == bundle["routes"][0]
