"""Facts with a source: every contact fact in the demo is in the seed its text cites,
and every fact-bearing text names its sources. (That every demo text passes the
readability check of its audience is tests/workflows/readability/test_demo_content.py.)"""

import re
from pathlib import Path

import pytest

from content_models.demo.regional import region_address, region_channels, regional_content
from content_models.demo.sources import SEED_TITLES
from content_models.models import (
    REVIEWED_MODELS,
    ExperienceStory,
    GlossaryTerm,
    InformationItem,
    Organisation,
    Question,
    Region,
    Route,
)
from workflows.readability.content import content_text

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
DUO_SOURCE = "DUO, adressen samenwerkingsverbanden passend onderwijs"
# A phone number, an amount or what something costs, or a period (a deadline).
FACT = re.compile(
    r"\d{3}[- ]?\d{2,}|€|\beuro\b|gratis|kosteloos|kost je niets|\d+ (?:dagen|weken|maanden)",
    re.IGNORECASE,
)
TIME = re.compile(r"\d{1,2}[.:]\d{2}")

pytestmark = pytest.mark.django_db


def normalised(text: str) -> str:
    """Letters and digits only: "(030) 789 78 78" and "030-789 78 78" are the same fact."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def cited_seeds(sources: str) -> list[str]:
    by_title = {title: number for number, title in SEED_TITLES.items()}
    numbers = []
    for line in sources.splitlines():
        title = line.split(": http")[0]
        if title in by_title:
            numbers.append(by_title[title])
    return numbers


def seed_text(number: str) -> str:
    return next(SEEDS.glob(f"{number}_*.txt")).read_text("utf-8")


def contact_facts(org: Organisation) -> list[str]:
    facts = [channel.value for channel in org.channels.all()]
    facts += [part for part in org.address.split(";") if part.strip()]
    facts += [org.costs] if org.costs else []
    return facts


def dutch(model):
    return model.objects.filter(locale__language_code="nl")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are not beside the checkout")
def test_every_contact_fact_of_an_organisation_is_in_a_seed_it_cites(demo):
    checked = 0
    for org in dutch(Organisation).prefetch_related("channels"):
        if DUO_SOURCE in org.sources:
            continue  # an SWV's own card: its DUO record (next test)
        seeds = cited_seeds(org.sources)
        assert seeds, f"{org.slug} cites no seed"
        text = normalised(" ".join(seed_text(n) for n in seeds))
        for fact in contact_facts(org):
            assert normalised(fact) in text, f"{org.slug}: {fact!r} is not in seeds {seeds}"
            checked += 1
        for channel in org.channels.all():
            for time in TIME.findall(channel.opening_hours):
                assert normalised(time.replace(":", ".")) in text.replace(":", "."), org.slug
    assert checked >= 60


def test_an_swv_contact_card_is_its_duo_record(demo):
    for org in dutch(Organisation).filter(region__isnull=False, sources__contains=DUO_SOURCE):
        region = org.region
        assert org.address == region_address(region)
        channels = [(c.kind, c.value) for c in org.channels.all()]
        assert channels == [(kind, value) for kind, value, *_ in region_channels(region)]
        assert region.code in org.sources
        assert not org.costs


def test_a_regional_step_carries_the_swv_phone_when_duo_has_one():
    region = Region(code="PO9999", sector="PO", name="SWV Proef", phone="050-123 45 67",
                    email="info@proef.example", website="https://proef.example")  # fmt: skip
    content = regional_content(region)
    (step,) = content["route"]["steps"]
    assert step[0] == 2  # after the national step "Neem contact op met het samenwerkingsverband"
    card = next(o for o in content["organisations"] if o["slug"] == step[3][0])
    assert ("phone", "050-123 45 67", "", "") in card["channels"]
    assert not any(o["slug"].endswith("ozl-noord") for o in content["organisations"])
    without_phone = regional_content(Region(code="PO9998", sector="PO", name="SWV Zonder"))
    assert not without_phone["organisations"][0]["channels"]


@pytest.mark.parametrize(
    "model", [InformationItem, Question, Route, Organisation, GlossaryTerm, ExperienceStory]
)
def test_every_text_with_a_fact_names_its_seed(demo, model):
    with_fact = 0
    for obj in dutch(model):
        if model in (InformationItem, Question, Route, Organisation):
            assert obj.sources.strip(), f"{obj.slug} has no sources"
        if FACT.search(content_text(obj)):
            with_fact += 1
            assert cited_seeds(obj.sources) or DUO_SOURCE in obj.sources, obj.slug
    assert model in (Route, ExperienceStory) or with_fact


def test_claims_no_seed_supports_are_gone(demo):
    texts = " ".join(content_text(obj) for model in REVIEWED_MODELS for obj in dutch(model))
    for claim in ("6 weken", "Sinds 2014", "rugzakje", "ouderraad", "Bijna alle scholen",
                  "vanaf hun vijfde", "16 worden", "12 tot 20 jaar"):  # fmt: skip
        assert claim not in texts
    assert not dutch(GlossaryTerm).filter(synonyms__icontains="ouderraad").exists()
    membership = dutch(InformationItem).get(slug="wat-is-een-samenwerkingsverband")
    assert "Alleen de scholen van cluster 1 en 2 doen niet mee." in content_text(membership)
    assert (
        not dutch(Organisation)
        .filter(costs__iexact="gratis", region=None)
        .exclude(slug="ziezon")
        .exists()
    )


def test_organisation_kinds_and_ieder_in(demo):
    kinds = dict(dutch(Organisation).filter(region=None).values_list("slug", "kind"))
    assert kinds["ouders-en-onderwijs"] == kinds["balans"] == kinds["iederin"] == "belangen"
    assert kinds["lansbrekers"] == "netwerk"
    assert kinds["steunpunt-passend-onderwijs"] == kinds["gedragswerk"] == "professionals"
    assert "steunpunt" not in kinds.values()  # a steunpunt is an SWV's, not a national body
    iederin = Organisation.objects.get(slug="iederin", locale__language_code="nl")
    assert "1e etage" in iederin.address and "Postbus 169, 3500 AD Utrecht" in iederin.address
    assert iederin.get_kind_display() == "Belangenorganisatie"


def test_organisations_are_found_by_topic(demo, get_json):
    sick = get_json("/api/v1/organisations/?topic=ziek-en-school")["results"]
    assert {o["slug"] for o in sick} == {"ziezon"}
    regional = get_json("/api/v1/organisations/?topic=ziek-en-school&region=PO2001")["results"]
    assert {"ziezon", "po2001-ozl-noord", "po2001-cedin"} <= {o["slug"] for o in regional}
    transport = get_json("/api/v1/organisations/?topic=leerlingenvervoer")["results"]
    assert [o["slug"] for o in transport] == ["vng-leerlingenvervoer"]
    # A topic includes its subtopics: "passend-onderwijs" is the root of the tree.
    everything = get_json("/api/v1/organisations/?topic=passend-onderwijs&page_size=100")
    assert everything["count"] == dutch(Organisation).filter(region=None).count()
