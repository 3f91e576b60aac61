"""Signaleren: counting without tracking, masking, small-count suppression, the report."""

import io
import json
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from cms.signaleren.models import Feedback, UsageCount
from cms.signaleren.privacy import mask_personal_data
from cms.signaleren.reports.period import parse_period
from cms.signaleren.reports.report import build_report
from search.models import ZeroResultQuery
from tests.factories import InformationItemFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Mijn zoon heet Daan en is 9.", "Mijn zoon heet [naam] en is 9."),
        ("Onze dochter Lisa van der Berg zit thuis.", "Onze dochter [naam] zit thuis."),
        ("Mijn dochter, Emma, zit thuis", "Mijn dochter, [naam], zit thuis"),
        ("Bel 06-12345678 of +31 20 123 4567", "Bel [nummer] of [nummer]"),
        ("Mail ouder.test@voorbeeld.nl graag", "Mail [e-mailadres] graag"),
        ("Zijn BSN is 123456782.", "Zijn BSN is [nummer]."),
        ("Mijn kind heet sam", "Mijn kind heet [naam]"),
        # Ordinary text and small numbers stay.
        (
            "Mijn zoon kan niet naar school sinds 2024.",
            "Mijn zoon kan niet naar school sinds 2024.",
        ),
        ("Stap 3 kost 25 euro.", "Stap 3 kost 25 euro."),
    ],
)
def test_personal_data_is_masked(text, masked):
    assert mask_personal_data(text) == masked


def test_feedback_comments_are_masked_before_storage(client, region_a):
    InformationItemFactory(slug="artikel", publish=True)
    client.post(
        "/api/v1/feedback/",
        json.dumps(
            {
                "item": "artikel",
                "helpful": False,
                "comment": "Mijn zoon heet Daan, bel me op 06-12345678.",
                "region": region_a.code,
            }
        ),
        content_type="application/json",
    )
    assert Feedback.objects.get().comment == "Mijn zoon heet [naam], bel me op [nummer]."
    counts = UsageCount.objects.get()
    assert (counts.not_helpful, counts.helpful, counts.comments) == (1, 0, 1)


def test_views_are_counted_per_day_item_region_and_language(client, region_a):
    InformationItemFactory(slug="artikel", publish=True)
    url = f"/api/v1/items/artikel/?region={region_a.code}"
    client.get(url, REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Test/1.0")
    client.get(url)  # from the cache: still counted
    client.get("/api/v1/items/artikel/")  # no region: nothing to count for
    client.get(f"/api/v1/items/bestaat-niet/?region={region_a.code}")
    row = UsageCount.objects.get()
    assert (row.item_slug, row.region_code, row.locale, row.views) == (
        "artikel",
        region_a.code,
        "nl",
        2,
    )
    assert row.date == timezone.localdate()
    stored = " ".join(str(getattr(row, f.attname)) for f in UsageCount._meta.fields)
    assert "203.0.113" not in stored and "Test/1.0" not in stored
    assert {f.name for f in UsageCount._meta.fields} == {
        "id",
        "date",
        "item_slug",
        "region_code",
        "locale",
        "views",
        "helpful",
        "not_helpful",
        "comments",
    }


def test_small_counts_are_suppressed(region_a):
    today = timezone.localdate()
    period = parse_period(f"{today:%Y-%m}")
    for query, count in (("vervoer", 5), ("mijn buurman jan", 1), ("pgb", 4)):
        ZeroResultQuery.objects.create(
            date=today, locale="nl", region_code=region_a.code, query=query, count=count
        )
    UsageCount.objects.create(
        date=today,
        item_slug="a",
        region_code=region_a.code,
        locale="nl",
        views=5,
        helpful=1,
        not_helpful=1,
    )
    UsageCount.objects.create(
        date=today,
        item_slug="b",
        region_code=region_a.code,
        locale="nl",
        views=5,
        helpful=2,
        not_helpful=3,
    )
    report = build_report(region_a, period)
    assert report.zero_results == [("vervoer", 5)]
    assert [f.slug for f in report.least_helpful] == ["b"]  # "a" has only 2 answers
    assert next(f for f in report.most_viewed if f.slug == "a").helpful_percent is None


def test_demo_gives_a_plausible_report(demo, client, editors):
    region = demo
    period = parse_period(f"{timezone.localdate() - timedelta(days=40):%Y-%m}")
    report = build_report(region, period)
    assert report.totals.views > 0 and report.most_viewed
    assert report.themes and report.weekly_views
    assert all(total >= 5 for _query, total in report.zero_results)

    client.force_login(editors["superuser"])
    url = reverse("signaleren") + f"?region={region.pk}&period={period.code}"
    page = client.get(url)
    assert page.status_code == 200
    assert b"<svg" in page.content and b"Meest gelezen" in page.content
    csv = client.get(url + "&format=csv")
    assert csv["Content-Type"] == "text/csv" and "Meest gelezen" in csv.content.decode("utf-8-sig")
    pdf = client.get(url + "&format=pdf")
    assert pdf.content.startswith(b"%PDF")


def test_regional_editors_see_only_their_own_region(client, editors, region_a, region_b):
    client.force_login(editors["regional_a"])
    own = client.get(reverse("signaleren") + f"?region={region_a.pk}&period=2026-Q3")
    assert own.status_code == 200 and own.context["report"] is not None
    other = client.get(reverse("signaleren") + f"?region={region_b.pk}&period=2026-Q3")
    assert other.context["report"] is None  # not a choice for this editor
    client.force_login(editors["national"])
    assert client.get(reverse("signaleren")).status_code == 200


def test_report_command_and_email(demo, tmp_path):
    out = io.StringIO()
    call_command(
        "signalen_rapport",
        "--region",
        "PO2001",
        "--period",
        "2026-Q3",
        "--format",
        "csv",
        stdout=out,
    )
    assert "Meest gelezen" in out.getvalue()
    target = tmp_path / "rapport.pdf"
    arguments = ["--region", "po 20.01", "--format", "pdf", "--output", str(target), "--email"]
    call_command("signalen_rapport", *arguments, stdout=io.StringIO())
    assert target.read_bytes().startswith(b"%PDF")
    (message,) = mail.outbox
    assert message.to == [demo.email]
    assert message.attachments[0][0].endswith(".pdf")


def test_old_feedback_is_deleted_and_counts_stay(region_a):
    today = timezone.localdate()
    for days in (10, 400):
        Feedback.objects.create(
            date=today - timedelta(days=days),
            item_slug="a",
            item_key="00000000-0000-0000-0000-000000000001",
            region_code=region_a.code,
            locale="nl",
            helpful=True,
            comment="Oud of nieuw",
        )
    UsageCount.objects.create(
        date=today - timedelta(days=400),
        item_slug="a",
        region_code=region_a.code,
        locale="nl",
        views=3,
    )
    call_command("feedback_opschonen", stdout=io.StringIO())
    assert list(Feedback.objects.values_list("date", flat=True)) == [today - timedelta(days=10)]
    assert UsageCount.objects.count() == 1


def test_withdrawn_story_leaves_the_api_at_once(client, django_capture_on_commit_callbacks):
    from tests.factories import ExperienceStoryFactory

    story = ExperienceStoryFactory(title="Verhaal", text="Het ging beter.", publish=True)
    InformationItemFactory(slug="artikel", body=[("experience_quote", story)], publish=True)
    blocks = client.get("/api/v1/items/artikel/").json()["sections"][0]["blocks"]
    assert [b["type"] for b in blocks] == ["experience_quote"]
    with django_capture_on_commit_callbacks(execute=True):
        story.withdraw_consent()
    blocks = client.get("/api/v1/items/artikel/").json()["sections"][0]["blocks"]
    assert blocks == []
