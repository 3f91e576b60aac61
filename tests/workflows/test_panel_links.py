"""Personal review links: tampered, expired, replayed or foreign links change nothing,
and every answer is counted once, even when members answer at the same moment."""

import io
import threading

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from workflows.models import PanelInvitation, PanelReviewTaskState
from workflows.panel.tokens import SALT, make_token

from .test_workflow import PLAIN, answer, article_data, login, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_(client, demo, item_url):
    login(client, "po2001")
    submit(client, item_url, article_data(demo, summary=PLAIN, audiences=["ouders"]))
    client.logout()
    return PanelReviewTaskState.objects.filter(task__name="Ouderpanel").latest("pk")


def review_path(token: str) -> str:
    return f"/review/{token}/"


def nothing_answered(state) -> bool:
    return not state.invitations.exclude(answered_at=None).exists()


def test_a_tampered_link_shows_a_friendly_page(client, round_):
    token = make_token(round_.invitations.first())
    for bad in (token[:-2] + "xx", "niet-een-token", token + "a"):
        response = client.get(review_path(bad))
        assert response.status_code == 404
        assert "Deze link werkt niet" in response.content.decode()
        assert answer(client, review_path(bad)).status_code == 404
    assert nothing_answered(round_)


def test_a_link_for_another_member_is_refused(client, round_):
    mine, other = round_.invitations.all()[:2]
    forged = signing.dumps({"i": other.pk, "m": mine.member_id, "s": round_.pk}, salt=SALT)
    assert client.get(review_path(forged)).status_code == 404
    assert nothing_answered(round_)


def test_an_expired_link_shows_a_friendly_page(client, round_, settings):
    token = make_token(round_.invitations.first())
    settings.PANEL_LINK_MAX_AGE_DAYS = -1
    response = answer(client, review_path(token))
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert nothing_answered(round_)


def test_an_inactive_member_cannot_answer(client, round_):
    invitation = round_.invitations.select_related("member").first()
    invitation.member.active = False
    invitation.member.save()
    assert answer(client, review_path(make_token(invitation))).status_code == 404
    assert nothing_answered(round_)


def test_missed_deadlines_are_reported_to_the_coordinators_once(round_, make_user):
    from django.contrib.auth.models import Group

    Group.objects.get_or_create(name="Panelcoördinatie")
    coordinator = make_user("coordinator", "Panelcoördinatie")
    coordinator.email = "coordinator@voorbeeld.example"
    coordinator.save()
    round_.deadline = timezone.now() - timezone.timedelta(days=1)
    round_.save()
    mail.outbox.clear()
    call_command("panel_deadlines", stdout=io.StringIO())
    call_command("panel_deadlines", stdout=io.StringIO())
    assert [m.to for m in mail.outbox] == [["coordinator@voorbeeld.example"]]
    assert "deadline" in mail.outbox[0].subject


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_concurrent_approvals_reach_the_quorum_once(client, demo, item_url):
    """Five members answer at the same moment: all five are recorded, the round is approved
    once, and the next task starts once."""
    login(client, "po2001")
    submit(client, item_url, article_data(demo, summary=PLAIN, audiences=["ouders"]))
    state = PanelReviewTaskState.objects.filter(task__name="Ouderpanel").latest("pk")
    tokens = [make_token(i) for i in state.invitations.all()]
    barrier = threading.Barrier(len(tokens))
    results = []

    def respond(token):
        from django.test import Client

        barrier.wait()
        results.append(answer(Client(), review_path(token)).status_code)
        connection.close()

    threads = [threading.Thread(target=respond, args=[t]) for t in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    state.refresh_from_db()
    recorded = PanelInvitation.objects.filter(task_state=state).exclude(answered_at=None)
    assert state.status == "approved"
    assert recorded.count() + results.count(409) == len(tokens)
    assert recorded.count() >= state.task.specific.quorum
    final = state.workflow_state.task_states.filter(task__name="Eindredactie")
    assert final.count() == 1


def test_coordinators_hear_when_a_panel_is_too_small(client, demo, item_url, make_user):
    from django.contrib.auth.models import Group

    from workflows.models import PanelMember

    Group.objects.get_or_create(name="Panelcoördinatie")
    coordinator = make_user("coordinator", "Panelcoördinatie")
    coordinator.email = "coordinator@voorbeeld.example"
    coordinator.save()
    PanelMember.objects.filter(regions=demo, panel="ouders").exclude(
        pseudonym__startswith="Merel"
    ).update(active=False)
    login(client, "po2001")
    submit(client, item_url, article_data(demo, summary=PLAIN, audiences=["ouders"]))
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects == ["Te weinig panelleden voor een tekst", "Wil je een tekst voor ons lezen?"]
    warning = next(m for m in mail.outbox if m.subject.startswith("Te weinig"))
    assert warning.to == ["coordinator@voorbeeld.example"]
    assert "Er is 1 panellid uitgenodigd" in warning.body
