"""The permission matrix: regional editors act only on their own SWV, for every model
and every action, through the real admin over HTTP."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from content_models.models import REVIEWED_MODELS

from ..factories import FACTORIES
from .forms import form_data

pytestmark = pytest.mark.django_db

MODELS = [pytest.param(m, id=m.__name__) for m in REVIEWED_MODELS]

# role -> which scopes it may edit (national, own region A, other region B)
EDIT = {
    "superuser": {"national", "a", "b"},
    "final": {"national", "a", "b"},
    "national": {"national"},
    "regional_a": {"a"},
    "regional_b": {"b"},
}
ROLES = list(EDIT)


@pytest.fixture
def items(region_a, region_b):
    def make(model):
        factory = FACTORIES[model]
        return {
            "national": factory(publish=True),
            "national_draft": factory(),
            "a": factory(region=region_a),
            "b": factory(region=region_b),
        }

    return make


def url(model, name, *args):
    return reverse(model.snippet_viewset.get_url_name(name), args=args)


def status(response) -> int:
    """Wagtail answers a refused admin view with a redirect to the dashboard: count it as 403."""
    if response.status_code == 302 and response.url == reverse("wagtailadmin_home"):
        return 403
    return response.status_code


def login(client, user):
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("role", ROLES)
def test_edit_and_delete_only_within_scope(client, editors, items, model, role):
    objs = items(model)
    login(client, editors[role])
    for scope in ("national", "a", "b"):
        obj = objs[scope]
        expected = 200 if scope in EDIT[role] else 403
        assert status(client.get(url(model, "edit", obj.pk))) == expected, (role, scope)
        assert status(client.get(url(model, "delete", obj.pk))) == expected, (role, scope)


@pytest.mark.parametrize("model", MODELS)
def test_regional_editor_cannot_change_or_delete_other_region_by_post(
    client, editors, items, model
):
    objs = items(model)
    other = objs["b"]
    login(client, editors["regional_a"])
    response = client.post(
        url(model, "edit", other.pk), form_data(model, slug="overgenomen", region=other.region)
    )
    assert status(response) == 403
    assert status(client.post(url(model, "delete", other.pk))) == 403
    other.refresh_from_db()
    assert other.slug != "overgenomen"


@pytest.mark.parametrize("model", MODELS)
def test_listing_shows_own_region_and_live_national_content(client, editors, items, model):
    objs = items(model)
    login(client, editors["regional_a"])
    response = client.get(url(model, "list"))
    assert response.status_code == 200
    listed = {obj.pk for obj in response.context["object_list"]}
    assert objs["a"].pk in listed
    assert objs["national"].pk in listed
    assert objs["b"].pk not in listed
    assert objs["national_draft"].pk not in listed


@pytest.mark.parametrize("model", MODELS)
def test_regional_editor_can_read_live_national_content_but_not_other_regions(
    client, editors, items, model
):
    objs = items(model)
    login(client, editors["regional_a"])
    assert status(client.get(url(model, "history", objs["national"].pk))) == 200
    assert status(client.get(url(model, "history", objs["b"].pk))) == 403
    assert status(client.get(url(model, "history", objs["national_draft"].pk))) == 403
    assert status(client.get(url(model, "inspect", objs["b"].pk))) == 403


@pytest.mark.parametrize("model", MODELS)
def test_regional_editor_creates_only_in_own_region(client, editors, region_a, region_b, model):
    login(client, editors["regional_a"])
    add = url(model, "add")
    assert client.get(add).status_code == 200

    for slug, region in (("van-b", region_b), ("landelijk", None)):
        response = client.post(add, form_data(model, slug=slug, region=region))
        assert response.status_code == 200, "the form is shown again with an error"
        assert "region" in response.context["form"].errors
        assert not model.objects.filter(slug=slug).exists()

    response = client.post(add, form_data(model, slug="van-a", region=region_a))
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert model.objects.get(slug="van-a").region == region_a


@pytest.mark.parametrize("model", MODELS)
def test_national_editor_creates_only_national_content(client, editors, region_a, model):
    login(client, editors["national"])
    add = url(model, "add")
    response = client.post(add, form_data(model, slug="regionaal", region=region_a))
    assert response.status_code == 200
    assert not model.objects.filter(slug="regionaal").exists()

    response = client.post(add, form_data(model, slug="landelijk"))
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert model.objects.get(slug="landelijk").region is None


@pytest.mark.parametrize("model", MODELS)
def test_submit_only_within_scope(client, editors, items, model):
    """Submitting starts the default validation workflow, only for the editor's own SWV."""
    objs = items(model)
    login(client, editors["regional_a"])
    own, other = objs["a"], objs["b"]

    response = client.post(
        url(model, "edit", own.pk),
        {**form_data(model, slug=own.slug, region=own.region), "action-submit": "1"},
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert WorkflowState.objects.for_instance(own).exists()

    response = client.post(
        url(model, "edit", other.pk),
        {**form_data(model, slug=other.slug, region=other.region), "action-submit": "1"},
    )
    assert status(response) == 403
    assert not WorkflowState.objects.for_instance(other).exists()


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("role", ["regional_a", "national", "final", "superuser"])
def test_no_one_publishes_directly_from_the_editor(client, editors, items, model, role):
    """Publishing is the workflow's final task; the publish button is gone for everyone."""
    obj = items(model)["a" if role != "national" else "national_draft"]
    login(client, editors[role])
    edit_url = url(model, "edit", obj.pk)
    assert 'name="action-publish"' not in client.get(edit_url).content.decode()
    response = client.post(
        edit_url, {**form_data(model, slug=obj.slug, region=obj.region), "action-publish": "1"}
    )
    assert response.status_code in (302, 403)
    obj.refresh_from_db()
    assert not obj.live and obj.live_revision_id is None


@pytest.mark.parametrize("model", MODELS)
def test_listing_links_to_edit_only_within_scope(client, editors, items, model):
    objs = items(model)
    login(client, editors["regional_a"])
    html = client.get(url(model, "list")).content.decode()
    assert url(model, "edit", objs["a"].pk) in html
    assert url(model, "edit", objs["national"].pk) not in html
    assert url(model, "inspect", objs["national"].pk) in html


def test_withdrawing_consent_takes_a_story_offline_within_scope(
    client, editors, region_a, region_b
):
    from content_models.models import ExperienceStory

    from ..factories import ExperienceStoryFactory

    own = ExperienceStoryFactory(region=region_a, publish=True)
    other = ExperienceStoryFactory(region=region_b, publish=True)
    login(client, editors["regional_a"])
    listing = client.get(url(ExperienceStory, "list")).content.decode()
    assert url(ExperienceStory, "withdraw", own.pk) in listing
    assert url(ExperienceStory, "withdraw", other.pk) not in listing

    assert client.get(url(ExperienceStory, "withdraw", own.pk)).status_code == 200
    assert status(client.post(url(ExperienceStory, "withdraw", other.pk))) == 403
    response = client.post(url(ExperienceStory, "withdraw", own.pk))
    assert response.status_code == 302
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.withdrawn and not own.live
    assert not other.withdrawn and other.live
