"""Withdrawal of consent is final: no workflow, revision, preview or review page brings a
story back (issue 22, point 1)."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from cms.delivery.api.preview import preview_url
from cms.webhooks.models import Webhook, WebhookDelivery
from content_models.models import ExperienceStory
from content_models.publishing import PublishNotAllowed, publishing_allowed
from workflows.models import PanelReviewTaskState

from .test_workflow import answer, current_state, login

pytestmark = pytest.mark.django_db

SLUG = "na-drie-maanden-weer-naar-school"
EDITED = "Mijn zoon zat drie maanden thuis. Nu gaat hij weer elke dag graag naar school."


def story_data(story: ExperienceStory, text: str) -> dict:
    return {
        "title": story.title,
        "text": text,
        "teller": story.teller,
        "consent_date": story.consent_date.isoformat(),
        "region": "",
        "audiences": [str(a.pk) for a in story.audiences.all()],
        "topics": [str(t.pk) for t in story.topics.all()],
        "slug": story.slug,
        "review_by": "",
        "sources": "",
    }


def story_url(name: str, *args) -> str:
    return reverse(ExperienceStory.snippet_viewset.get_url_name(name), args=args)


def shown_anywhere(client, story: ExperienceStory) -> list[str]:
    """The public places where the story's text would appear."""
    places = {
        "item detail": "/api/v1/items/mijn-kind-zit-thuis/",
        "bundle": "/api/v1/bundle/?region=PO2001",
        "iframe": "/embed/region/PO2001/?item=mijn-kind-zit-thuis",
    }
    found = []
    for name, url in places.items():
        response = client.get(url)
        assert response.status_code == 200, (name, response.content[:300])
        if "drie maanden" in response.content.decode():
            found.append(name)
    return found


def test_consent_withdrawn_during_the_panel_stays_withdrawn(
    client, demo, links, django_capture_on_commit_callbacks
):
    Webhook.objects.create(name="School", url="http://127.0.0.1:9/hook")
    story = ExperienceStory.objects.get(slug=SLUG, locale__language_code="nl")
    assert shown_anywhere(client, story) == ["item detail", "iframe"]

    # Redactie edits the story and submits it; the panel is invited.
    login(client, "redactie")
    response = client.post(
        story_url("edit", story.pk), {**story_data(story, EDITED), "action-submit": "1"}
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    state = current_state(story)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    panel_state = PanelReviewTaskState.objects.get(workflow_state=state, task__name="Ouderpanel")
    review_links = links()
    revision = panel_state.revision
    preview = preview_url(revision).split("://", 1)[1].split("/", 1)[1]
    assert client.get("/" + preview).status_code == 200

    # Consent is withdrawn while the panel reads it: offline at once, workflow cancelled.
    with django_capture_on_commit_callbacks(execute=True):
        story.withdraw_consent()
    story.refresh_from_db()
    assert story.withdrawn and not story.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_CANCELLED
    client.logout()
    assert shown_anywhere(client, story) == []

    # The preview link and the review page say the story is no longer available.
    response = client.get("/" + preview)
    assert response.status_code == 404
    assert "niet meer beschikbaar" in response.json()["error"]["message"]
    page = client.get(review_links[0])
    assert page.status_code == 410
    assert "niet meer beschikbaar" in page.content.decode()
    assert EDITED not in page.content.decode()

    # Late panel answers change nothing.
    for link in review_links[:3]:
        answer(client, link)
    panel_state.refresh_from_db()
    assert panel_state.status == TaskState.STATUS_CANCELLED

    # Even a publish of the approved revision (the workflow's door) is refused.
    with pytest.raises(PublishNotAllowed), publishing_allowed("workflow"):
        revision.publish(skip_permission_checks=True)
    # A revision never carries the old consent back into the row.
    assert revision.as_object().withdrawn
    story.refresh_from_db()
    assert story.withdrawn and not story.live
    assert not WebhookDelivery.objects.filter(event="published").exists()
    assert shown_anywhere(client, story) == []


def test_a_withdrawn_story_cannot_be_submitted_again(client, demo):
    story = ExperienceStory.objects.get(slug=SLUG, locale__language_code="nl")
    story.withdraw_consent()
    login(client, "redactie")
    response = client.post(
        story_url("edit", story.pk), {**story_data(story, EDITED), "action-submit": "1"}
    )
    assert response.status_code == 200
    assert "nieuw verhaal" in response.content.decode()
    assert not WorkflowState.objects.for_instance(story).filter(status="in_progress").exists()


def test_eindredactie_approval_of_a_withdrawn_story_does_not_publish(client, demo, links):
    """The workflow reaches its last task, then consent is withdrawn: approve publishes nothing."""
    story = ExperienceStory.objects.get(slug=SLUG, locale__language_code="nl")
    login(client, "redactie")
    client.post(story_url("edit", story.pk), {**story_data(story, EDITED), "action-submit": "1"})
    state = current_state(story)
    client.logout()
    for link in links()[:3]:
        answer(client, link)
    state.refresh_from_db()
    final = state.current_task_state
    assert final.task.name == "Eindredactie"
    ExperienceStory.objects.filter(pk=story.pk).update(withdrawn=True)  # withdrawn by a race
    login(client, "eindredactie")
    response = client.post(
        story_url("workflow_action", story.pk, "approve", final.pk), {"comment": ""}
    )
    assert response.status_code < 500
    story.refresh_from_db()
    assert story.withdrawn
    assert not WebhookDelivery.objects.filter(event="published").exists()
