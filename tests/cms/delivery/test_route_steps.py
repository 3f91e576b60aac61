"""The route "Waar kan je terecht?" as seed 001 gives it, with stable step numbers."""

import pytest

from cms.delivery.api.merge import step_letters
from content_models.models import Route, RouteStep
from tests.factories import RegionFactory, RouteFactory, RouteStepFactory, publish

pytestmark = pytest.mark.django_db
CALL_FIRST = "ouders-en-onderwijs"

SEED_001_ORDER = [
    ("Praat met de school", []),
    ("Neem contact op met het samenwerkingsverband", []),
    ("Schakel een onderwijsconsulent in", ["onderwijsconsulenten"]),
    ("Vraag Het Juiste Loket om advies over zorg", ["het-juiste-loket"]),
    ("Schakel een onderwijszorgconsulent in", ["onderwijszorgconsulenten"]),
    ("Vraag naar de LANSbrekers", []),
    ("Vraag naar je rechten", ["juridisch-loket", "regelrecht"]),
    ("Geef een signaal aan de inspectie", ["inspectie-van-het-onderwijs"]),
    ("Kom op voor de rechten van je kind", ["kinderombudsman", "kinderrechtenhelpdesk"]),
]


def test_the_national_route_follows_seed_001(demo, get_json):
    route = get_json("/api/v1/routes/waar-kan-je-terecht/")
    steps = [
        (s["title"], sorted(o["slug"] for o in s["organisations"] if o["slug"] != CALL_FIRST))
        for s in route["steps"]
    ]
    assert steps == SEED_001_ORDER
    assert [s["number"] for s in route["steps"]] == [str(n) for n in range(1, 10)]
    intro = route["intro_html"]
    assert "altijd eerst" in intro and "Ouders &amp; Onderwijs" in intro
    assert intro.count("?") >= 5  # the question of the reader, then the four key questions
    assert "zelf de baas" in intro


@pytest.mark.parametrize("region", [None, "PO2001", "VO2708"])
def test_ouders_en_onderwijs_can_be_called_at_every_national_step(demo, get_json, region):
    query = f"?region={region}" if region else ""
    route = get_json(f"/api/v1/routes/waar-kan-je-terecht/{query}")
    for step in route["steps"]:
        slugs = [o["slug"] for o in step["organisations"]]
        assert "lansbrekers" not in slugs  # a question to ask, not a number to call
        if step["scope"] == "national":
            assert CALL_FIRST in slugs, step["title"]


def test_a_regional_step_is_numbered_after_the_national_step_it_follows(demo, get_json):
    route = get_json("/api/v1/routes/waar-kan-je-terecht/?region=VO2708")
    numbers = [s["number"] for s in route["steps"]]
    assert numbers == ["1", "2", "2a", *(str(n) for n in range(3, 10))]
    added = route["steps"][2]
    assert added["region"]["code"] == "VO2708"
    (card,) = added["organisations"]
    assert card["slug"] == "vo2708-samenwerkingsverband"
    assert [c["kind"] for c in card["channels"]] == ["email", "web"]  # DUO lists no phone


def test_steps_before_the_first_and_many_after_one_step_keep_national_numbers(demo, get_json):
    region = RegionFactory(code="PO9901", sector="PO", name="SWV Proef")
    national = Route.objects.get(slug="waar-kan-je-terecht", locale__language_code="nl")
    supplement = RouteFactory(
        slug="proef-route", region=region, supplement_to=national, publish=False
    )
    RouteStepFactory(route=supplement, title="Vooraf", insert_after=0)
    for n in range(27):
        RouteStepFactory(route=supplement, title=f"Extra {n}", insert_after=9)
    publish(supplement)
    route = get_json("/api/v1/routes/waar-kan-je-terecht/?region=PO9901")
    numbers = [s["number"] for s in route["steps"]]
    assert numbers[:2] == ["0a", "1"]
    assert numbers[10:12] == ["9a", "9b"] and numbers[-2:] == ["9z", "9aa"]
    assert RouteStep.objects.filter(route=supplement).count() == 28


def test_step_letters():
    assert [step_letters(i) for i in (0, 1, 25, 26, 27, 51, 52)] == [
        "a", "b", "z", "aa", "ab", "az", "ba",
    ]  # fmt: skip
