"""``/api/v1/schools/?q=``: a webmaster finds the school code by name, place or postcode."""

import pytest
from django.core.cache import cache

from tests.factories import SchoolFactory


def codes(data: dict) -> list[str]:
    return [school["code"] for school in data["results"]]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("wilgen", ["02QZ00", "02QZ01"]),
        ("Wilgen noord", ["02QZ01"]),
        ("de brug groningen", ["03XY00"]),
        ("9712 CD", ["02QZ00"]),
        ("9715", ["14AB01"]),
        ("14ab", ["14AB00", "14AB01"]),
        ("02QZ01", ["02QZ01"]),
    ],
)
def test_find_a_school_by_name_place_postcode_or_code(demo, get_json, q, expected):
    data = get_json(f"/api/v1/schools/?q={q}")
    assert codes(data) == expected
    assert data["count"] == len(expected) and data["page"] == 1
    assert data["results"][0]["regions"][0]["code"] in {"PO2001", "VO2708"}


@pytest.mark.parametrize(
    ("query", "field"),
    [("", "q"), ("?q=", "q"), ("?q=a", "q"), ("?q=wilgen&page_size=101", "page_size")],
)
def test_bad_parameters_are_a_dutch_400(demo, get_json, query, field):
    error = get_json(f"/api/v1/schools/{query}", status=400)["error"]
    assert error["field"] == field
    assert error["message"].startswith(
        ("Zoek een school", "‘q’ ontbreekt", "‘page_size’ mag niet hoger")
    )


def test_no_match_is_an_empty_page_and_a_page_past_the_end_a_404(demo, get_json):
    assert get_json("/api/v1/schools/?q=bestaatniet")["count"] == 0
    assert get_json("/api/v1/schools/?q=wilgen&page=2", status=404)["error"]["field"] == "page"


@pytest.mark.django_db
def test_paged_with_at_most_100_and_constant_queries(
    client, get_json, django_assert_max_num_queries
):
    for n in range(105):
        SchoolFactory(brin=f"{n:03d}M", name="Montessorischool")
    with django_assert_max_num_queries(3):
        first = get_json("/api/v1/schools/?q=montessori&page_size=100")
    assert first["count"] == 105 and first["pages"] == 2 and len(first["results"]) == 100
    cache.clear()
    with django_assert_max_num_queries(3):
        get_json("/api/v1/schools/?q=montessori&page_size=100&page=2")


@pytest.mark.django_db
def test_a_new_school_is_found_at_once(client, get_json, django_capture_on_commit_callbacks):
    assert get_json("/api/v1/schools/?q=zonnebloem")["count"] == 0
    with django_capture_on_commit_callbacks(execute=True):
        SchoolFactory(name="De Zonnebloem")
    assert codes(get_json("/api/v1/schools/?q=zonnebloem")) != []
