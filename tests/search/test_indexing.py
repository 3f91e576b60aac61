"""Only what is live is in the index, and publishing keeps it that way (in the background)."""

from unittest import mock

import pytest

from content_models.publishing import publishing_allowed
from search.models import SearchDocument
from search.service import search
from tests.factories import InformationItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    def publish(obj):
        with django_capture_on_commit_callbacks(execute=True), publishing_allowed("tests"):
            obj.save_revision().publish()
        obj.refresh_from_db()
        return obj

    return publish


def found(q: str, **filters) -> list[str]:
    return [hit.slug for hit in search(q, **filters).results.hits]


def test_publish_indexes_in_the_background(publish, run_background_tasks):
    item = InformationItemFactory(slug="wolkenkrabber", title="Wolkenkrabber uitleg")
    assert found("wolkenkrabber") == []  # a draft is never indexed
    publish(item)
    assert found("wolkenkrabber") == []  # not during the publish itself
    run_background_tasks()
    assert found("wolkenkrabber") == ["wolkenkrabber"]


def test_a_new_revision_replaces_the_old_text(publish, run_background_tasks):
    item = publish(InformationItemFactory(slug="artikel", title="Wolkenkrabber"))
    run_background_tasks()
    item.title = "Regenboog"
    item.save_revision()  # a draft: the index keeps the live text
    run_background_tasks()
    assert found("wolkenkrabber") == ["artikel"] and found("regenboog") == []
    publish(item)
    run_background_tasks()
    assert found("regenboog") == ["artikel"] and found("wolkenkrabber") == []


def test_unpublish_and_delete_remove_from_the_index(
    publish, run_background_tasks, django_capture_on_commit_callbacks
):
    first = publish(InformationItemFactory(slug="een", title="Wolkenkrabber een"))
    second = publish(InformationItemFactory(slug="twee", title="Wolkenkrabber twee"))
    run_background_tasks()
    assert sorted(found("wolkenkrabber")) == ["een", "twee"]
    with django_capture_on_commit_callbacks(execute=True):
        first.unpublish()
        second.delete()
    run_background_tasks()
    assert found("wolkenkrabber") == []
    assert not SearchDocument.objects.exists()


def test_a_supplement_disappears_with_its_national_item(
    publish, run_background_tasks, region_a, django_capture_on_commit_callbacks
):
    national = publish(InformationItemFactory(slug="landelijk", title="Landelijk"))
    publish(
        InformationItemFactory(
            slug="aanvulling",
            region=region_a,
            supplement_to=national,
            body=[("paragraph", "<p>Het wolkenkrabberfonds van de regio.</p>")],
        )
    )
    run_background_tasks()
    assert found("wolkenkrabberfonds", regions=(region_a.code,)) == ["landelijk"]
    with django_capture_on_commit_callbacks(execute=True):
        national.unpublish()
    run_background_tasks()
    assert found("wolkenkrabberfonds", regions=(region_a.code,)) == []


def test_a_failed_update_is_retried(publish, run_background_tasks):
    item = InformationItemFactory(slug="artikel", title="Wolkenkrabber")
    with (
        mock.patch("search.tasks.RETRY_DELAYS", [0, 0]),
        mock.patch(
            "search.backends.database.DatabaseBackend.index",
            side_effect=[ConnectionError("database weg"), None],
            autospec=True,
        ) as index,
    ):
        publish(item)
        run_background_tasks()
    assert index.call_count == 2


def test_glossary_terms_of_a_language_are_the_synonyms_of_that_language(
    publish, run_background_tasks
):
    from wagtail.models import Locale

    from tests.factories import GlossaryTermFactory

    english = Locale.objects.get(language_code="en")
    dutch = publish(
        GlossaryTermFactory(slug="tlv", term="Toelaatbaarheidsverklaring", abbreviation="TLV")
    )
    term = dutch.copy_for_translation(english)
    term.term, term.abbreviation = "Statement of admission", "TLV"
    term.save()
    publish(term)
    item = InformationItemFactory(slug="speciaal", title="Naar een speciale school")
    item = publish(item)
    translation = item.copy_for_translation(english)
    translation.title = "Going to a special school"
    translation.summary = "The school asks for a statement of admission."
    translation.save()
    publish(translation)
    run_background_tasks()

    # "TLV" is not in the English text: the English glossary term makes it match.
    assert found("TLV", locale="en", kind="item") == ["speciaal"]
    # The Dutch glossary does not feed English searches.
    assert found("toelaatbaarheidsverklaring", locale="en", kind="item") == []
