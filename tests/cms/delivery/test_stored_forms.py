"""The API form each row stores when it is saved (``cms.delivery.api.stored``)."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

from cms.delivery.api import stored
from cms.delivery.api.blocks import TEXT_BLOCKS, body_form
from cms.delivery.api.routers.preview import FORM_SCHEMAS
from cms.delivery.api.schemas import ItemDetail
from cms.delivery.api.schemas.common import ContentMeta
from cms.delivery.api.schemas.provenance import Provenance
from content_models.models import InformationItem, Organisation, OrganisationKind, Route
from content_models.publishing import publishing_allowed
from tests.factories import (
    ExperienceStoryFactory,
    GlossaryTermFactory,
    InformationItemFactory,
    OrganisationFactory,
    TopicFactory,
    publish,
)
from tests.factories import make_scope_content as make_content

pytestmark = pytest.mark.django_db


def paragraphs(detail: dict) -> list[str]:
    return [b["html"] for s in detail["sections"] for b in s["blocks"] if b["type"] == "paragraph"]


def test_a_publish_stores_the_form_of_what_goes_live_and_a_draft_leaves_it_alone(get_json):
    item = InformationItemFactory(
        slug="artikel", body=[("paragraph", RichText("<p>Eerste tekst</p>"))], publish=True
    )
    assert item.api_form == stored.build(item)
    assert item.api_form["fields"]["body"]["blocks"][0]["html"] == "<p>Eerste tekst</p>"

    item.body = [("paragraph", RichText("<p>Nieuwe tekst in een concept</p>"))]
    revision = item.save_revision()
    assert "api_form" not in revision.content
    item.refresh_from_db()
    assert item.api_form["fields"]["body"]["blocks"][0]["html"] == "<p>Eerste tekst</p>"
    assert paragraphs(get_json("/api/v1/items/artikel/")) == ["<p>Eerste tekst</p>"]

    with publishing_allowed("tests"):
        revision.publish()
    item.refresh_from_db()
    new_text = "<p>Nieuwe tekst in een concept</p>"
    assert item.api_form["fields"]["body"]["blocks"][0]["html"] == new_text
    cache.clear()
    assert paragraphs(get_json("/api/v1/items/artikel/")) == ["<p>Nieuwe tekst in een concept</p>"]


def test_referenced_objects_and_topics_are_read_live_not_from_the_item(get_json):
    org = OrganisationFactory(name="Steunpunt Oud", publish=True)
    topic = TopicFactory(slug="onderwerp", title="Onderwerp", publish=True)
    InformationItemFactory(
        slug="artikel", topics=[topic], body=[("contact_card", org)], publish=True
    )
    org.name = "Steunpunt Nieuw"
    publish(org)
    topic.title = "Nieuwe titel"
    publish(topic)
    cache.clear()
    detail = get_json("/api/v1/items/artikel/")
    assert detail["sections"][0]["blocks"][0]["organisation"]["name"] == "Steunpunt Nieuw"
    assert detail["topics"] == [{"slug": "onderwerp", "title": "Nieuwe titel"}]

    org.unpublish()
    topic.unpublish()
    cache.clear()
    detail = get_json("/api/v1/items/artikel/")
    assert detail["sections"][0]["blocks"] == []
    assert detail["topics"] == []


def test_rows_saved_by_older_code_are_served_right_and_rebuilt(get_json, region_a):
    org = OrganisationFactory(name="Steunpunt", publish=True)
    InformationItemFactory(
        slug="artikel",
        body=[("paragraph", RichText("<p>Tekst</p>")), ("contact_card", org)],
        publish=True,
    )
    make_content(1, region_a)
    urls = ["/api/v1/items/artikel/", f"/api/v1/bundle/?region={region_a.code}"]
    expected = [get_json(url) for url in urls]
    assert expected[0]["sections"][0]["blocks"][1]["organisation"]["name"] == "Steunpunt"
    for model in stored.stored_models():
        model.objects.update(api_form={})
    cache.clear()
    assert [get_json(url) for url in urls] == expected

    call_command("rebuild_api_forms", stdout=None)
    item = InformationItem.objects.get(slug="artikel")
    assert item.api_form["format"] == stored.FORMAT
    cache.clear()
    assert [get_json(url) for url in urls] == expected


def test_migrate_stores_the_current_form_in_rows_saved_by_older_code():
    InformationItemFactory(slug="artikel", publish=True)
    InformationItem.objects.update(api_form={"format": 0})
    call_command("migrate", verbosity=0)
    assert InformationItem.objects.get(slug="artikel").api_form["format"] == stored.FORMAT


def test_the_detail_is_exactly_the_item_detail_schema(get_json, region_a):
    org = OrganisationFactory(name="Steunpunt", publish=True)
    term = GlossaryTermFactory(term="ontwikkelingsperspectief", publish=True)
    story = ExperienceStoryFactory(title="Verhaal", publish=True)
    national = InformationItemFactory(
        slug="artikel",
        body=StreamValue(
            InformationItem.body.field.stream_block,
            [
                {"type": "paragraph", "value": '<p>Lees <a href="/items/opp/">meer</a>.</p>'},
                {"type": "heading", "value": "Stappen"},
                {"type": "steps", "value": [{"title": "Bel", "text": "<p>Bel de school.</p>"}]},
                {"type": "tip", "value": {"title": "Tip", "text": "<p>Neem iemand mee.</p>"}},
                {"type": "contact_card", "value": org.pk},
                {"type": "glossary_term", "value": term.pk},
                {"type": "experience_quote", "value": story.pk},
            ],
            is_lazy=True,
        ),
        publish=True,
    )
    InformationItemFactory(
        slug="aanvulling",
        region=region_a,
        supplement_to=national,
        body=[("paragraph", RichText("<p>In onze regio.</p>"))],
        publish=True,
    )
    detail = get_json(f"/api/v1/items/artikel/?region={region_a.code}")
    assert [b["type"] for b in detail["sections"][0]["blocks"]] == [
        "paragraph",
        "heading",
        "steps",
        "tip",
        "contact_card",
        "glossary_term",
        "experience_quote",
    ]
    assert detail["sections"][1]["heading"].endswith(region_a.name)
    # Nothing missing, nothing extra, every value of the declared type.
    assert ItemDetail.model_validate(detail).model_dump(mode="json") == detail


def stream(raw: list[dict]) -> StreamValue:
    return StreamValue(InformationItem.body.field.stream_block, raw, is_lazy=True)


def test_every_block_type_of_a_body_has_an_api_form():
    """A new block type without a converter fails here instead of vanishing from the API."""
    stream_block = InformationItem.body.field.stream_block
    assert set(stream_block.child_blocks) == set(TEXT_BLOCKS) | set(stored.REFERENCES)
    with pytest.raises(LookupError):
        body_form(stream([{"type": "onbekend", "value": "x"}]), stored.REFERENCES)


def test_text_blocks_are_made_from_their_api_representation():
    step = {"title": "Een", "text": "<p>x</p>"}
    body = [
        {"type": "paragraph", "value": "<p>Een <b>alinea</b>.</p>"},
        {"type": "heading", "value": "Kopje"},
        {"type": "steps", "value": [{"type": "item", "id": "a1", "value": step}]},
        {"type": "steps", "value": [{"title": "Oud formaat", "text": None}]},
        {"type": "tip", "value": {"title": "Tip", "text": "<p>Let op.</p>"}},
        {"type": "contact_card", "value": 7},
    ]
    assert body_form(stream(body), stored.REFERENCES) == [
        {"type": "paragraph", "html": "<p>Een <b>alinea</b>.</p>", "links": []},
        {"type": "heading", "text": "Kopje"},
        {"type": "steps", "steps": [{"title": "Een", "html": "<p>x</p>"}]},
        {"type": "steps", "steps": [{"title": "Oud formaat", "html": ""}]},
        {"type": "tip", "title": "Tip", "html": "<p>Let op.</p>"},
        {"type": "contact_card", "ref": 7},
    ]


@pytest.mark.parametrize("model", list(FORM_SCHEMAS), ids=lambda model: model.api_type)
def test_the_declared_fields_are_exactly_what_the_type_serves(model):
    """``api_form_fields`` on the model and the response schema name the same fields."""
    form = {"fields": {}, "provenance": {}}
    for field in model.api_form_fields:
        form["fields"][field.name] = ""
    if model.api_provenance:
        form["provenance"] = dict.fromkeys(Provenance.model_fields)
    served = set(stored.content(model, form)) | set(ContentMeta.model_fields)
    assert served == set(FORM_SCHEMAS[model].model_fields)


def test_prefetch_follows_the_declared_relations():
    assert stored.prefetch(Organisation.api_form_fields) == ["channels"]
    assert stored.prefetch(Route.api_form_fields) == ["steps", "steps__organisations"]
    assert stored.prefetch(InformationItem.api_form_fields) == []


def test_a_choice_is_served_with_its_label():
    org = OrganisationFactory(kind=OrganisationKind.SAMENWERKINGSVERBAND, publish=True)
    served = stored.content(Organisation, org.api_form)
    assert served["kind"] == "samenwerkingsverband"
    assert served["kind_label"] == "Samenwerkingsverband"
    # A value the choices no longer hold is served as it is, not as an error.
    org.api_form["fields"]["kind"] = "vervallen"
    assert stored.content(Organisation, org.api_form)["kind_label"] == "vervallen"
