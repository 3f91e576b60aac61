"""Per-type facts are declared once, on the model, and every consumer reads them there.

The public type name, the API endpoints and the fields of the stored API form,
whether regional rows stay in their own SWV and what the site search finds are
class attributes of each reviewed model
(as Wagtail declares ``search_fields``). These tests check the declarations and
that the API, search, webhooks, CDN purge and admin expose exactly what they say.
"""

import typing

import pytest
from django.urls import reverse
from wagtail.api.v3.registry import registry

from cms.delivery.api.routers.preview import PreviewOut
from cms.delivery.api.routers.search import DETAIL_URLS
from cms.delivery.changes import scopes_of, webhook_event
from cms.delivery.urls_for import public_urls
from content_models.models import REVIEWED_MODELS, ReviewedContent
from search.extract import SCHOOL, SEARCHABLE, entry_for
from search.service import KINDS
from tests.factories import FACTORIES

MODELS = [pytest.param(model, id=model.__name__) for model in REVIEWED_MODELS]
#: List endpoints of reference data (not reviewed content).
REFERENCE_LISTS = {"regions_list", "schools_list"}


def test_every_type_declares_a_unique_public_name():
    names = [model.api_type for model in REVIEWED_MODELS]
    assert all(isinstance(name, str) and name for name in names)
    assert len(set(names)) == len(names)


def test_the_preview_knows_every_public_name():
    assert set(typing.get_args(PreviewOut.model_fields["type"].annotation)) == {
        model.api_type for model in REVIEWED_MODELS
    }


def test_the_api_lists_exactly_the_declared_types(client):
    schema = client.get("/api/v1/openapi.json").json()
    operations = {op["operationId"] for path in schema["paths"].values() for op in path.values()}
    lists = {name for name in operations if name.endswith("_list")} - REFERENCE_LISTS
    assert lists == {m.api_list_url_name for m in REVIEWED_MODELS if m.api_list_url_name}
    details = {name for name in operations if name.endswith("_detail")}
    declared = {m.api_detail_url_name for m in REVIEWED_MODELS if m.api_detail_url_name}
    assert declared <= details
    assert {
        m.api_type: f"api-v1:{m.api_detail_url_name}"
        for m in REVIEWED_MODELS
        if m.api_detail_url_name
    } == DETAIL_URLS


def test_the_search_finds_exactly_the_declared_types():
    searched = [m for m in REVIEWED_MODELS if m.in_site_search]
    assert {model: model.api_type for model in searched} == SEARCHABLE
    # Schools are reference data (DUO), a search kind of their own beside the content.
    assert set(KINDS) == {model.api_type for model in searched} | {SCHOOL}
    for model in REVIEWED_MODELS:
        declares_texts = model.search_texts is not ReviewedContent.search_texts
        assert declares_texts == model.in_site_search, model


@pytest.mark.django_db
@pytest.mark.parametrize("model", MODELS)
def test_consumers_read_the_declarations(model, region_a):
    national = FACTORIES[model](publish=True)
    regional = FACTORIES[model](region=region_a, publish=True)

    assert webhook_event(national, "published")["type"] == model.api_type
    paths = public_urls(national)
    for declared in REVIEWED_MODELS:
        if declared.api_list_url_name:
            assert reverse(f"api-v1:{declared.api_list_url_name}") in paths
    if model.api_detail_url_name:
        assert reverse(f"api-v1:{model.api_detail_url_name}", args=[national.slug]) in paths
    assert ("national" in scopes_of(regional)) is not model.region_only

    entry = entry_for(national)
    if model.in_site_search:
        assert entry.kind == model.api_type
        assert entry.title
    else:
        assert entry is None

    assert set(national.api_form["fields"]) == {field.name for field in model.api_form_fields}


def test_no_type_is_served_by_wagtails_own_snippet_api():
    """Wagtail's snippet API v3 reads and writes drafts; content leaves only as published."""
    assert not [model for model in REVIEWED_MODELS if registry.has(model._meta.label)]


@pytest.mark.parametrize("model", MODELS)
def test_every_type_has_its_own_admin_classes(model):
    viewset = model.snippet_viewset
    assert type(viewset).__name__ == f"{model.__name__}ViewSet"
    assert viewset.filterset_class.__name__ == f"{model.__name__}FilterSet"
    assert viewset.filterset_class._meta.model is model
