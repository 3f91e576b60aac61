"""Translations go through the validation workflow, never around it.

An editor translates with wagtail-localize; "Publish in <language>" saves a draft
and submits it. Panel members who read that language review it; only final
editing publishes. wagtail-localize's own doors to live stay shut.
"""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from content_models.models import InformationItem
from content_models.publishing import PublishNotAllowed, publishing_allowed
from workflows.models import PanelInvitation, PanelMember, PanelReviewTaskState

from ..factories import InformationItemFactory
from .conftest import LINK_RE
from .test_workflow import answer, current_state, login

pytestmark = pytest.mark.django_db

SOURCE_BODY = "Je kind krijgt extra hulp op school. De school maakt een plan met jou."
ENGLISH = {
    "Hulp op school": "Help at school",
    "Zo werkt de hulp op school.": "This is how help at school works.",
    SOURCE_BODY: "Your child gets extra help at school. The school makes a plan with you.",
}


@pytest.fixture
def english() -> Locale:
    return Locale.objects.get(language_code="en")


@pytest.fixture
def source(demo) -> InformationItem:
    item = InformationItemFactory(
        slug="hulp-op-school",
        title="Hulp op school",
        summary="Zo werkt de hulp op school.",
        body=[{"type": "paragraph", "value": f"<p>{SOURCE_BODY}</p>"}],
        audiences=["ouders"],
        publish=True,
    )
    return item


def start_translation(client, source, locale) -> InformationItem:
    """What an editor does: 'Vertalen' in the snippet listing, pick the language."""
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["content_models", "informationitem", source.pk],
    )
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302
    return InformationItem.objects.get(translation_key=source.translation_key, locale=locale)


def fill_in(source, locale, texts: dict[str, str]) -> Translation:
    """What the translator does in the editor (or by uploading a PO file)."""
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=locale
    )
    translation.source.update_from_db()  # "Sync translated snippets" after a source change
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": texts[segment.string.data]},
        )
    return translation


def edit_url(obj) -> str:
    return reverse(InformationItem.snippet_viewset.get_url_name("edit"), args=[obj.pk])


def publish_in_editor(client, obj):
    """The editor's button "Publish in <language>"."""
    return client.post(edit_url(obj), {"action": "publish"}, follow=True)


def review_links(client) -> list[str]:
    links = [LINK_RE.search(message.body).group() for message in mail.outbox]
    mail.outbox.clear()
    return ["/" + link.split("://", 1)[1].split("/", 1)[1] for link in links]


def approve_everything(client, obj) -> None:
    """Panel members approve by their links; then final editing approves."""
    for link in review_links(client):
        answer(client, link)
    state = current_state(obj)
    final = state.current_task_state
    login(client, "eindredactie")
    url = reverse(
        InformationItem.snippet_viewset.get_url_name("workflow_action"),
        args=[obj.pk, "approve", final.pk],
    )
    assert client.post(url, {"comment": ""}).status_code in (200, 302)


def test_translating_a_live_item_gives_a_draft(client, source, english, get_json):
    login(client, "redactie")
    translation = start_translation(client, source, english)
    assert not translation.live
    assert translation.live_revision_id is None
    data = get_json("/api/v1/items/hulp-op-school/?locale=en")
    assert (data["locale"], data["fallback"], data["title"]) == ("nl", True, "Hulp op school")


@pytest.mark.parametrize("username", ["redactie", "eindredactie"])
def test_the_editor_offers_the_submit_button(client, source, english, username):
    """No editor holds the publish permission, yet each sees wagtail-localize's
    "Publish in …" button (which submits); the permission is not kept afterwards."""
    login(client, username)
    obj = start_translation(client, source, english)
    response = client.get(edit_url(obj))
    assert "&quot;canPublish&quot;: true" in response.content.decode()
    user = response.wsgi_request.user
    assert not user.has_perm("content_models.publish_informationitem")


def test_publish_in_the_editor_submits_to_the_workflow(client, source, english, get_json):
    login(client, "redactie")
    obj = start_translation(client, source, english)
    fill_in(source, english, ENGLISH)

    response = publish_in_editor(client, obj)
    assert "ter beoordeling aangeboden" in response.content.decode()
    obj.refresh_from_db()
    assert not obj.live
    state = current_state(obj)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.specific, PanelReviewTaskState)
    assert obj.get_latest_revision_as_object().title == "Help at school"
    assert get_json("/api/v1/items/hulp-op-school/?locale=en")["fallback"] is True

    # Clicking again while the panel reads it changes nothing.
    response = publish_in_editor(client, obj)
    assert "wordt nog beoordeeld" in response.content.decode()
    assert current_state(obj).pk == state.pk

    approve_everything(client, obj)
    obj.refresh_from_db()
    assert obj.live
    cache.clear()
    data = get_json("/api/v1/items/hulp-op-school/?locale=en")
    assert (data["locale"], data["fallback"], data["title"]) == ("en", False, "Help at school")


def test_an_untranslated_text_cannot_be_submitted(client, source, english):
    """wagtail-localize would fill the gaps with Dutch, which panels would then read."""
    login(client, "redactie")
    obj = start_translation(client, source, english)
    translation = fill_in(source, english, ENGLISH)
    left_open = translation.source.stringsegment_set.first().string
    StringTranslation.objects.filter(translation_of=left_open, locale=english).delete()
    response = publish_in_editor(client, obj)
    assert "Nog niet alles is vertaald" in response.content.decode()
    assert current_state(obj) is None


def test_only_panel_members_who_read_the_language_are_invited(client, source, english):
    readers = set(
        PanelMember.objects.filter(panel="ouders", regions__isnull=True, languages=english)
    )
    assert len(readers) == 3  # the demo: three national parents also read English
    login(client, "redactie")
    obj = start_translation(client, source, english)
    fill_in(source, english, ENGLISH)
    publish_in_editor(client, obj)
    rounds = WorkflowState.objects.for_instance(obj)
    invited = {
        i.member for i in PanelInvitation.objects.filter(task_state__workflow_state__in=rounds)
    }
    assert invited == readers
    # Their review page marks the text as English inside the Dutch page.
    client.logout()
    page = client.get(review_links(client)[0]).content.decode()
    assert '<div data-pi-markable lang="en" dir="ltr">' in page
    assert "Your child gets extra help at school." in page


def test_wagtail_localize_cannot_publish_or_overwrite_a_live_translation(
    client, source, english, get_json, django_capture_on_commit_callbacks
):
    login(client, "redactie")
    obj = start_translation(client, source, english)
    translation = fill_in(source, english, ENGLISH)
    publish_in_editor(client, obj)
    approve_everything(client, obj)

    # The translator changes a string and saves it with wagtail-localize directly,
    # as its "Sync translated snippets" (and publish) would.
    fill_in(source, english, {**ENGLISH, "Hulp op school": "Support at school"})
    with pytest.raises(PublishNotAllowed), django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    obj.refresh_from_db()
    assert obj.live and obj.title == "Help at school"  # the live row is untouched
    assert obj.get_latest_revision_as_object().title == "Support at school"  # kept as a draft
    cache.clear()
    assert get_json("/api/v1/items/hulp-op-school/?locale=en")["title"] == "Help at school"


def test_update_translations_with_publish_is_refused(client, source, english, get_json):
    login(client, "redactie")
    obj = start_translation(client, source, english)
    fill_in(source, english, ENGLISH)
    translation_source = TranslationSource.objects.get(object_id=source.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[translation_source.pk])
    with pytest.raises(PublishNotAllowed):
        client.post(url, {"publish_translations": "on"})
    obj.refresh_from_db()
    assert not obj.live
    assert get_json("/api/v1/items/hulp-op-school/?locale=en")["fallback"] is True


def test_a_translation_is_outdated_when_the_dutch_text_changes(
    client, source, english, get_json, django_capture_on_commit_callbacks
):
    login(client, "redactie")
    obj = start_translation(client, source, english)
    fill_in(source, english, ENGLISH)
    publish_in_editor(client, obj)
    approve_everything(client, obj)
    cache.clear()
    assert get_json("/api/v1/items/hulp-op-school/?locale=en")["outdated"] is False

    source.title = "Hulp op school: zo werkt het"
    with publishing_allowed("tests"), django_capture_on_commit_callbacks(execute=True):
        source.save_revision().publish()  # the cache is invalidated after the commit
    data = get_json("/api/v1/items/hulp-op-school/?locale=en")
    assert (data["title"], data["outdated"], data["sections"][0]["outdated"]) == (
        "Help at school",
        True,
        True,
    )
    listed = {i["slug"]: i for i in get_json("/api/v1/items/?locale=en&page_size=100")["results"]}
    assert listed["hulp-op-school"]["outdated"] is True

    login(client, "redactie")
    index = reverse(InformationItem.snippet_viewset.get_url_name("list")) + "?locale=en"
    assert "Verouderd" in client.get(index).content.decode()
    assert "Verouderd" not in client.get(index.replace("=en", "=nl")).content.decode()

    # The translator updates the translation; after review it is current again.
    fill_in(source, english, {**ENGLISH, "Hulp op school: zo werkt het": "Help at school: how"})
    publish_in_editor(client, obj)
    approve_everything(client, obj)
    cache.clear()
    data = get_json("/api/v1/items/hulp-op-school/?locale=en")
    assert (data["title"], data["outdated"]) == ("Help at school: how", False)


def test_the_readability_check_of_a_translation_skips_the_dutch_word_lists(source, english):
    from workflows.readability.content import analyse_content

    translation = source.copy_for_translation(english)
    translation.summary = "Teneinde middels adequaat."  # Dutch officialese, ignored here
    long = " ".join(["word"] * 30) + "."
    translation.body = [{"type": "paragraph", "value": f"<p>{long}</p>"}]
    report = analyse_content(translation)
    assert {finding.kind for finding in report.findings} == {"long_sentence"}
    assert not report.meets_target


def test_the_demo_translations_went_through_the_workflow(demo):
    for language in ("en", "ar"):
        item = InformationItem.objects.get(
            slug="wat-is-een-samenwerkingsverband", locale__language_code=language
        )
        assert item.live
        state = WorkflowState.objects.for_instance(item).get()
        assert state.status == WorkflowState.STATUS_APPROVED
        assert PanelInvitation.objects.filter(
            task_state__workflow_state=state, decision=PanelInvitation.APPROVE
        ).exists()
