import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from ..factories import InformationItemFactory


@pytest.fixture
def item():
    return InformationItemFactory(publish=True)


@pytest.fixture
def translation(client, editors, item):
    """The item's English translation, submitted by a national editor (logged in)."""
    client.force_login(editors["national"])
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["content_models", "informationitem", item.pk],
    )
    english = Locale.objects.get(language_code="en")
    assert client.post(submit, {"locales": [english.pk]}).status_code == 302
    return Translation.objects.get(source__object_id=item.translation_key, target_locale=english)
