"""Schools are found in search: by name, place, postcode or code, in every language."""

import pytest
from django_tasks_db.models import DBTaskResult

from cms.delivery.changes import on_migrated
from search.backends.base import Filters
from search.backends.elasticsearch import build_search, to_source
from search.extract import school_entry
from search.models import SearchDocument
from search.query import ParsedQuery
from search.service import search
from tests.factories import SchoolFactory


@pytest.mark.parametrize("q", ["Wilgen", "wilgen noord", "9716 AB", "02QZ01"])
def test_the_database_backend_finds_a_school(demo, q):
    hits = search(q, kind="school").results.hits
    assert "02QZ01" in [hit.slug for hit in hits]
    assert hits[0].kind == "school"


def test_a_school_is_found_in_every_language_and_region(demo):
    assert search("Wilgen", locale="ar", kind="school").results.total == 2
    assert search("Wilgen", regions=("VO2708",), kind="school").results.total == 2
    assert SearchDocument.objects.filter(kind="school", slug="02QZ00").count() == len(
        {locale for locale in SearchDocument.objects.values_list("locale", flat=True)}
    )


def test_the_search_api_links_a_school_to_its_code(demo, get_json):
    data = get_json("/api/v1/search/?q=de+brug&type=school")
    assert data["results"][0]["slug"] == "03XY00"
    assert data["results"][0]["url"] == "/api/v1/schools/03XY00/"
    assert "Brugstraat 8" in data["results"][0]["summary"]


@pytest.mark.django_db
def test_a_school_document_for_elasticsearch():
    school = SchoolFactory.build(
        pk=4, brin="02QZ", vestiging="01", name="De Wilgen", street="Noorderweg",
        house_number="3", postcode="9716AB", city="GRONINGEN", municipality="Groningen",
    )  # fmt: skip
    source = to_source(school_entry(school, "ar"))
    assert source["_id"] == "school-4" and source["_index"].endswith("-ar")
    assert source["result_key"] == "school:02QZ01" and source["region"] == "national"
    assert source["summary"] == "Noorderweg 3, 9716 AB GRONINGEN"
    assert {"02QZ01", "9716AB", "9716", "AB", "Groningen"} <= set(source["body"].split())


def test_the_query_body_filters_on_schools():
    query = ParsedQuery("wilgen", ((("wilgen",),),))
    body = build_search(query, Filters(kind="school"), 0, 10).to_dict()
    assert body["query"]["bool"]["filter"] == [
        {"term": {"locale": "nl"}},
        {"terms": {"region": ["national"]}},
        {"term": {"kind": "school"}},
    ]


@pytest.mark.django_db
def test_changed_reference_data_rebuilds_the_index(
    run_background_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        SchoolFactory(name="De Zonnebloem", city="Assen")
    run_background_tasks()
    assert [hit.title for hit in search("zonnebloem assen").results.hits] == ["De Zonnebloem"]


@pytest.mark.django_db
def test_a_migrate_queues_no_rebuild_of_the_index(django_capture_on_commit_callbacks):
    """``migrate`` runs on every deploy and touches no school: a whole-index rebuild per
    language there would queue ahead of the index update of every publish."""
    with django_capture_on_commit_callbacks(execute=True):
        on_migrated()
    assert not DBTaskResult.objects.filter(task_path__endswith="rebuild_locale").exists()

    with django_capture_on_commit_callbacks(execute=True):
        SchoolFactory(name="De Zonnebloem", city="Assen")
    assert DBTaskResult.objects.filter(task_path__endswith="rebuild_locale").exists()
