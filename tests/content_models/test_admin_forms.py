"""Admin forms: the short name follows the title, a duplicate short name is a form error
in Dutch (never an IntegrityError), and a post that misses part of the form is refused
with an error instead of a 500."""

import pytest

from content_models.models import InformationItem

from ..factories import FACTORIES
from .forms import form_data
from .test_permissions import MODELS, login, url

pytestmark = pytest.mark.django_db

DUPLICATE = "al in gebruik in deze taal"


@pytest.mark.parametrize("model", MODELS)
def test_create_form_refuses_a_duplicate_short_name(client, editors, model):
    FACTORIES[model](slug="bestaat-al")
    login(client, editors["national"])
    response = client.post(url(model, "add"), form_data(model, slug="bestaat-al"))
    assert response.status_code == 200
    assert DUPLICATE in " ".join(response.context["form"].errors["slug"])
    assert model.objects.filter(slug="bestaat-al").count() == 1


@pytest.mark.parametrize("model", MODELS)
def test_edit_form_refuses_a_duplicate_short_name(client, editors, model):
    FACTORIES[model](slug="bestaat-al")
    obj = FACTORIES[model](slug="eigen-naam")
    login(client, editors["national"])
    response = client.post(url(model, "edit", obj.pk), form_data(model, slug="bestaat-al"))
    assert response.status_code == 200
    assert DUPLICATE in " ".join(response.context["form"].errors["slug"])
    # Keeping its own short name is no duplicate.
    response = client.post(url(model, "edit", obj.pk), form_data(model, slug="eigen-naam"))
    assert response.status_code == 302, response.context and response.context["form"].errors


@pytest.mark.parametrize("model", MODELS)
def test_title_fills_the_short_name(client, editors, model):
    """Wagtail's own sync: the title field drives the slug field's ``w-slug`` controller."""
    login(client, editors["national"])
    html = client.get(url(model, "add")).content.decode()
    assert 'data-w-sync-target-value="#id_slug"' in html
    assert 'data-controller="w-slug"' in html


def test_post_without_the_body_count_is_a_form_error(client, editors):
    login(client, editors["national"])
    data = form_data(InformationItem, slug="zonder-body")
    del data["body-count"]
    response = client.post(url(InformationItem, "add"), data)
    assert response.status_code == 200
    assert response.context["form"].errors["body"]
    assert not InformationItem.objects.filter(slug="zonder-body").exists()
