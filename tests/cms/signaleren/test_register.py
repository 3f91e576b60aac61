"""The vragenregister (issue 25): the steunpunt role, the register form, evaluation links,
masking and retention."""

import io
import re
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log

from cms.signaleren.models import SignalKind, SupportContact, SupportEvaluation
from cms.signaleren.register.kinds import KINDS
from cms.signaleren.register.links import make_code
from cms.signaleren.register.roles import desk_group_name
from content_models.groups import FINAL_EDITORS, NATIONAL_EDITORS
from tests.cms.test_privacy import PERSONAL
from tests.factories import OrganisationFactory, TopicFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/signaleren/vragen/"


def make_contact(region, **fields) -> SupportContact:
    values = {
        "date": date(2026, 10, 5),
        "channel": "telefoon",
        "asker": "ouder",
        "kind": SignalKind.objects.get(name="thuiszitten"),
        "handling": "informatie",
        "minutes": 20,
        "outcome": "beantwoord",
        "summary": f"Vraag in {region.code}",
    }
    return SupportContact.objects.create(region=region, **{**values, **fields})


@pytest.fixture
def staff(make_user, region_a, region_b):
    return {
        "steunpunt_a": make_user("steunpunt-a", desk_group_name(region_a.code)),
        "steunpunt_b": make_user("steunpunt-b", desk_group_name(region_b.code)),
        "regional_a": make_user("regio-a", region_a.editor_group.name),
        "national": make_user("landelijk", NATIONAL_EDITORS),
        "final": make_user("eindredacteur", FINAL_EDITORS),
        "superuser": make_user("beheerder", superuser=True),
    }


@pytest.fixture
def contacts(region_a, region_b):
    return {"a": make_contact(region_a), "b": make_contact(region_b)}


def test_every_region_gets_a_steunpunt_group_with_contact_permissions_only(region_a):
    group = region_a.support_desk.staff_group
    assert group.name == "Steunpunt PO9901"
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {
        "access_admin",
        "add_supportcontact",
        "change_supportcontact",
        "delete_supportcontact",
        "view_supportcontact",
        "register_supportcontact",
        "add_supportevaluation",
    }


def test_the_kinds_of_signal_are_seeded_once():
    assert list(SignalKind.objects.values_list("name", flat=True)) == [k for k, _d in KINDS]
    SignalKind.objects.filter(name="vervoer").delete()
    call_command("migrate", verbosity=0)  # post_migrate again
    assert not SignalKind.objects.filter(name="vervoer").exists()


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("steunpunt_a", {"a"}),
        ("steunpunt_b", {"b"}),
        ("superuser", {"a", "b"}),
    ],
)
def test_the_list_shows_the_own_swv_only(client, staff, contacts, role, sees):
    client.force_login(staff[role])
    response = client.get(INDEX)
    assert response.status_code == 200
    shown = {key for key, c in contacts.items() if f"/{c.pk}/" in response.content.decode()}
    assert shown == sees


@pytest.mark.parametrize("role", ["regional_a", "national", "final"])
def test_editors_have_no_access_to_contacts(client, staff, contacts, role):
    client.force_login(staff[role])
    assert client.get(INDEX).status_code in (302, 403)
    for url in (
        reverse("vragenregister:edit", args=[contacts["a"].pk]),
        reverse("vragenregister:inspect", args=[contacts["a"].pk]),
        reverse("vragenregister:add"),
    ):
        assert client.get(url).status_code in (302, 403), url
    assert not client.get("/admin/").content.decode().count("/admin/signaleren/vragen/")


@pytest.mark.parametrize("view", ["edit", "inspect", "delete", "history", "usage"])
def test_no_contact_of_another_swv_by_url(client, staff, contacts, view):
    client.force_login(staff["steunpunt_a"])
    other = contacts["b"]
    assert client.get(reverse(f"vragenregister:{view}", args=[other.pk])).status_code in (302, 403)
    assert client.get(reverse(f"vragenregister:{view}", args=[contacts["a"].pk])).status_code == 200
    if view in ("edit", "delete"):
        client.post(reverse(f"vragenregister:{view}", args=[other.pk]), {"summary": "weg"})
        other.refresh_from_db()
        assert other.summary == "Vraag in VO9902"
    url = reverse("vragenregister:evaluation_link", args=[other.pk])
    assert client.post(url).status_code in (302, 403)
    assert not SupportEvaluation.objects.filter(contact=other).exists()


def test_steunpunt_staff_edit_no_content(client, staff):
    client.force_login(staff["steunpunt_a"])
    for model in ("informationitem", "organisation", "topic"):
        assert client.get(f"/admin/snippets/content_models/{model}/").status_code in (302, 403)
        assert client.get(f"/admin/snippets/content_models/{model}/add/").status_code in (302, 403)


def form_data(region, **fields) -> dict:
    return {
        "region": region.pk,
        "date": "2026-11-02",
        "minutes": "15",
        "channel": "telefoon",
        "asker": "ouder",
        "kind": SignalKind.objects.get(name="OPP").pk,
        "school_sector": "po",
        "handling": "informatie",
        "outcome": "beantwoord",
        "summary": "Vraag over het OPP.",
        **fields,
    }


def test_the_form_starts_with_today_the_own_swv_and_the_usual_answers(client, staff, region_a):
    client.force_login(staff["steunpunt_a"])
    response = client.get(reverse("vragenregister:add"))
    form = response.context["form"]
    assert form.initial["date"] == timezone.localdate()
    assert form.initial["channel"] == "telefoon"
    assert "region" not in form.fields  # one steunpunt: nothing to choose
    assert form.instance.region == region_a
    assert "geen namen" in response.content.decode().lower()
    client.force_login(staff["superuser"])
    form = client.get(reverse("vragenregister:add")).context["form"]
    assert form.fields["region"].queryset.count() == 2


def test_the_form_offers_active_kinds_live_topics_and_live_organisations(client, staff, region_a):
    SignalKind.objects.filter(name="vervoer").update(active=False)
    live_topic = TopicFactory(title="Thuiszitten", publish=True)
    draft_topic = TopicFactory(title="Concept")
    live = OrganisationFactory(name="Onderwijsconsulenten", publish=True)
    draft = OrganisationFactory(name="Nog niet af")
    client.force_login(staff["steunpunt_a"])
    form = client.get(reverse("vragenregister:add")).context["form"]
    kinds = {k.name for k in form.fields["kind"].queryset}
    assert "vervoer" not in kinds and "thuiszitten" in kinds
    assert live_topic in form.fields["topics"].queryset
    assert draft_topic not in form.fields["topics"].queryset
    assert live in form.fields["referred_to"].queryset
    assert draft not in form.fields["referred_to"].queryset


def test_registering_stores_a_masked_summary_for_the_own_swv(client, staff, region_a):
    client.force_login(staff["steunpunt_a"])
    summary = "Mijn zoon Daan zit in groep 7 van De Regenboog, bel 06-12345678."
    response = client.post(reverse("vragenregister:add"), form_data(region_a, summary=summary))
    assert response.status_code == 302, response.context["form"].errors
    contact = SupportContact.objects.get()
    assert contact.region == region_a
    assert "Daan" not in contact.summary and "12345678" not in contact.summary
    assert "Regenboog" not in contact.summary


def test_another_swv_cannot_be_chosen(client, staff, region_a, region_b):
    client.force_login(staff["steunpunt_a"])
    response = client.post(reverse("vragenregister:add"), form_data(region_b))
    assert response.status_code == 302
    assert SupportContact.objects.get().region == region_a


def test_a_future_date_is_refused(client, staff, region_a):
    client.force_login(staff["steunpunt_a"])
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(reverse("vragenregister:add"), form_data(region_a, date=tomorrow))
    assert "toekomst" in str(response.context["form"].errors["date"])


@pytest.mark.parametrize(("text", "values"), PERSONAL)
def test_every_kind_of_personal_data_is_masked_in_summaries_and_comments(region_a, text, values):
    contact = make_contact(region_a, summary=text)
    evaluation = SupportEvaluation.objects.create(
        contact=contact, issued_on=contact.date, comment=text
    )
    stored = SupportContact.objects.get(pk=contact.pk).summary
    comment = SupportEvaluation.objects.get(pk=evaluation.pk).comment
    for value in values:
        assert value not in stored and value not in comment


def make_link(client, user, contact) -> str:
    client.force_login(user)
    response = client.post(reverse("vragenregister:evaluation_link", args=[contact.pk]))
    assert response.status_code == 200
    client.logout()
    url = response.context["url"]
    assert response.context["qr_code"].startswith("data:image/svg+xml")
    assert url in response.content.decode()
    return url.removeprefix("http://127.0.0.1:8000")


ANSWER = {"helpful": "4", "got_what_needed": "ja", "comment": "Fijn! Groeten, Pieter Bakker"}


def test_an_evaluation_link_works_once(client, staff, contacts):
    path = make_link(client, staff["steunpunt_a"], contacts["a"])
    assert re.fullmatch(r"/e/[0-9a-z]+-[a-z2-7]{10}/", path)
    page = client.get(path)
    assert page.status_code == 200
    assert "Hoe was het contact" in page.content.decode()
    assert not page.cookies
    answered = client.post(path, ANSWER)
    assert answered.status_code == 200 and "Dank je wel" in answered.content.decode()
    assert not answered.cookies
    evaluation = SupportEvaluation.objects.get(contact=contacts["a"])
    assert evaluation.helpful == 4 and evaluation.got_what_needed == "ja"
    assert evaluation.answered_on == timezone.localdate()
    assert "Bakker" not in evaluation.comment
    for again in (client.get(path), client.post(path, {**ANSWER, "helpful": "1"})):
        assert again.status_code == 409
        assert "al beantwoord" in again.content.decode()
    evaluation.refresh_from_db()
    assert evaluation.helpful == 4


def test_an_unanswered_form_says_what_is_missing(client, staff, contacts):
    path = make_link(client, staff["steunpunt_a"], contacts["a"])
    response = client.post(path, {"comment": ""})
    assert response.status_code == 400
    assert "Kies een cijfer" in response.content.decode()
    assert not SupportEvaluation.objects.get().answered


@pytest.mark.parametrize(
    "mangle",
    [
        lambda code: code[:-1] + ("a" if code[-1] != "a" else "b"),  # another signature
        lambda code: "zz" + code,  # another evaluation
        lambda code: code.split("-")[0],  # no signature
        lambda code: "%%%",
        lambda code: "zzzzzzzzzzzzz-aaaaaaaaaa",  # an id too big for the database
    ],
)
def test_a_tampered_link_gets_a_friendly_page(client, staff, contacts, mangle):
    path = make_link(client, staff["steunpunt_a"], contacts["a"])
    code = path.split("/")[2]
    response = client.get(f"/e/{mangle(code)}/")
    assert response.status_code == 404
    assert "Deze link werkt niet" in response.content.decode()


@override_settings(EVALUATION_LINK_MAX_AGE_DAYS=30)
def test_an_expired_link_gets_a_friendly_page(client, contacts):
    evaluation = SupportEvaluation.objects.create(
        contact=contacts["a"], issued_on=timezone.localdate() - timedelta(days=31)
    )
    response = client.get(f"/e/{make_code(evaluation)}/")
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert client.post(f"/e/{make_code(evaluation)}/", ANSWER).status_code == 410
    evaluation.issued_on = timezone.localdate() - timedelta(days=30)
    evaluation.save()
    assert client.get(f"/e/{make_code(evaluation)}/").status_code == 200


def test_a_new_link_replaces_the_old_one(client, staff, contacts):
    evaluation = SupportEvaluation.objects.create(
        contact=contacts["a"], issued_on=timezone.localdate() - timedelta(days=3)
    )
    old = f"/e/{make_code(evaluation)}/"
    new = make_link(client, staff["steunpunt_a"], contacts["a"])
    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    assert SupportEvaluation.objects.count() == 1


def test_retention_blanks_the_free_text_and_keeps_the_counts(region_a):
    today = timezone.localdate()
    old = make_contact(region_a, date=today - timedelta(days=400), summary="Oude vraag")
    new = make_contact(region_a, date=today - timedelta(days=10), summary="Nieuwe vraag")
    for contact in (old, new):
        SupportEvaluation.objects.create(
            contact=contact, issued_on=contact.date, answered_on=contact.date, helpful=5,
            got_what_needed="ja", comment=f"Opmerking bij {contact.summary}",
        )  # fmt: skip
    out = io.StringIO()
    call_command("feedback_opschonen", stdout=out)
    assert "1 samenvattingen en 1 opmerkingen leeggemaakt" in out.getvalue()
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.summary, old.evaluation.comment) == ("", "")
    assert old.evaluation.helpful == 5 and old.kind.name == "thuiszitten"
    assert new.summary == "Nieuwe vraag" and new.evaluation.comment
    assert SupportContact.objects.count() == 2


def test_only_superusers_manage_the_kinds_of_signal(client, staff):
    url = "/admin/signaleren/soorten/"
    client.force_login(staff["steunpunt_a"])
    assert client.get(url).status_code in (302, 403)
    client.force_login(staff["superuser"])
    assert client.get(url).status_code == 200
    response = client.post(f"{url}new/", {"name": "pesten", "sort_order": 8, "active": "on"})
    assert response.status_code == 302
    assert SignalKind.objects.filter(name="pesten").exists()


def test_the_demo_registers_a_quarter_for_each_example_swv(demo):
    from django.db.models import Count

    from cms.signaleren.register.demo import generate_contacts

    q4 = SupportContact.objects.filter(region=demo, date__gte=date(2026, 10, 1))
    assert q4.count() >= 80
    by_kind = dict(q4.values_list("kind__name").annotate(n=Count("pk")))
    assert set(by_kind) == {name for name, _d in KINDS}
    assert min(by_kind.values()) < 5  # a small cell for the report to suppress
    q3 = SupportContact.objects.filter(region=demo, date__lt=date(2026, 10, 1))
    assert q4.filter(kind__name="vervoer").count() > 2 * q3.filter(kind__name="vervoer").count()
    answered = SupportEvaluation.objects.filter(contact__in=q4, answered_on__isnull=False)
    assert answered.count() >= 10
    assert SupportContact.objects.filter(region__code="VO2708").exists()
    assert generate_contacts(lambda message: None) == 0  # a second run adds nothing


def test_a_kind_in_use_is_not_deleted_but_can_be_switched_off(client, staff, contacts):
    kind = contacts["a"].kind
    client.force_login(staff["superuser"])
    response = client.post(f"/admin/signaleren/soorten/delete/{kind.pk}/", follow=True)
    assert response.status_code == 200
    assert "Zet hem uit" in response.content.decode()
    assert SignalKind.objects.filter(pk=kind.pk).exists()


def test_steunpunt_staff_read_the_report_of_their_own_swv_only(client, staff, region_a, region_b):
    client.force_login(staff["steunpunt_a"])
    own = client.get(reverse("signaleren") + f"?region={region_a.pk}&period=2026-Q3")
    assert own.status_code == 200 and own.context["view"].report is not None
    other = client.get(reverse("signaleren") + f"?region={region_b.pk}&period=2026-Q3")
    assert other.context["view"].report is None


def test_site_history_shows_a_steunpunt_its_own_swv_only(client, staff, region_a, region_b):
    """Wagtail lists the log entries of every model a user has a permission on."""
    own = make_contact(region_a, date=date(2026, 10, 1))
    other = make_contact(region_b, date=date(2026, 10, 2))
    log(own, "wagtail.create", user=staff["steunpunt_a"])
    log(other, "wagtail.create", user=staff["steunpunt_b"])
    client.force_login(staff["steunpunt_a"])
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert str(own) in html
    assert str(other) not in html
