"""The publish gate: nothing goes live except through the workflow or a recorded force."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from content_models.models import REVIEWED_MODELS, InformationItem
from content_models.publishing import FORCE_PUBLISH_ACTION, PublishNotAllowed, force_publish

from ..factories import FACTORIES, InformationItemFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", REVIEWED_MODELS, ids=lambda m: m.__name__)
def test_a_plain_publish_is_refused(model):
    obj = FACTORIES[model]()
    with pytest.raises(PublishNotAllowed):
        obj.save_revision().publish()
    obj.refresh_from_db()
    assert not obj.live


def test_force_publish_needs_a_superuser_and_a_reason(editors):
    item = InformationItemFactory()
    with pytest.raises(PermissionDenied):
        force_publish(item, user=editors["final"], reason="Een fout in het telefoonnummer.")
    with pytest.raises(ValidationError):
        force_publish(item, user=editors["superuser"], reason="snel")
    item.refresh_from_db()
    assert not item.live

    force_publish(item, user=editors["superuser"], reason="Een fout in het telefoonnummer.")
    item.refresh_from_db()
    assert item.live
    entry = ModelLogEntry.objects.get(action=FORCE_PUBLISH_ACTION)
    assert entry.data["reason"] == "Een fout in het telefoonnummer."
    assert entry.user == editors["superuser"]


def test_force_publish_in_the_admin_is_for_superusers_with_a_reason(client, editors):
    item = InformationItemFactory()
    url = reverse(InformationItem.snippet_viewset.get_url_name("force_publish"), args=[item.pk])

    client.force_login(editors["final"])
    response = client.post(url, {"reason": "Een dringende correctie."})
    assert response.status_code in (302, 403) and "/force-publish/" not in response.get(
        "Location", ""
    )
    item.refresh_from_db()
    assert not item.live

    edit_url = reverse(InformationItem.snippet_viewset.get_url_name("edit"), args=[item.pk])
    assert url not in client.get(edit_url).content.decode()
    client.force_login(editors["superuser"])
    assert url in client.get(edit_url).content.decode()
    short = client.post(url, {"reason": "kort"})  # the form is shown again with an error
    assert short.status_code == 200
    assert "Waarom kan dit niet via de workflow?" in short.content.decode()
    item.refresh_from_db()
    assert not item.live
    assert client.post(url, {"reason": "Een dringende correctie."}).status_code == 302
    item.refresh_from_db()
    assert item.live
    history = client.get(
        reverse(InformationItem.snippet_viewset.get_url_name("history"), args=[item.pk])
    )
    assert "Een dringende correctie." in history.content.decode()


def test_live_cannot_be_set_directly(editors):
    item = InformationItemFactory()
    item.live = True
    item.save()
    item.refresh_from_db()
    assert not item.live
    created = InformationItem(title="Nieuw", summary="Kort.", slug="nieuw", live=True)
    created.locale_id = item.locale_id
    created.save()
    created.refresh_from_db()
    assert not created.live


def test_a_translation_is_not_published_by_wagtail_localize(django_capture_on_commit_callbacks):
    """wagtail-localize copies the live flag and publishes on commit: both doors are closed."""
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    source_item = InformationItemFactory(publish=True)
    english = Locale.objects.get(language_code="en")
    source, _ = TranslationSource.get_or_create_from_instance(source_item)
    with (
        pytest.raises(PublishNotAllowed),
        django_capture_on_commit_callbacks(execute=True),
    ):
        source.create_or_update_translation(english, publish=True, fallback=True)
    translation = InformationItem.objects.get(locale=english)
    assert not translation.live
    assert translation.live_revision_id is None


def test_no_write_api_and_no_bulk_publish_are_offered(client, editors):
    """Wagtail's read-write API v3 is not installed, and snippets have no bulk publish."""
    from django.conf import settings
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    assert "wagtail.api.v3" not in settings.INSTALLED_APPS
    client.force_login(editors["superuser"])
    assert client.get("/api/v3/snippets/").status_code == 404
    for model in REVIEWED_MODELS:
        actions = bulk_action_registry.get_bulk_actions_for_model(
            "content_models", model._meta.model_name
        )
        assert [action.action_type for action in actions] == ["delete"]
