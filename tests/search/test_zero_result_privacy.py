"""Searches without results keep no personal data, and not for longer than the retention
period (issue 22, point 3)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from search.models import ZeroResultQuery

pytestmark = pytest.mark.django_db

PERSONAL = [
    "123456789",
    "Daan Vermeulen",
    "daan vermeulen",
    "ouder.test@voorbeeld.nl",
    "06-12345678",
    "bsn 123 456 782",
    "mijn dochter fatima",
    "NL91 ABNA 0417 1643 00",
]


@pytest.mark.parametrize("query", PERSONAL)
def test_a_personal_search_is_not_kept(client, query):
    response = client.get("/api/v1/search/", {"q": query})
    assert response.status_code == 200 and response.json()["count"] == 0
    assert not ZeroResultQuery.objects.exists()


def test_an_ordinary_search_is_still_counted(client):
    client.get("/api/v1/search/", {"q": "leerlingvervoer aanvragen"})
    assert list(ZeroResultQuery.objects.values_list("query", "count")) == [
        ("leerlingvervoer aanvragen", 1)
    ]


def test_search_words_are_deleted_after_the_retention_period(settings):
    settings.FEEDBACK_RETENTION_MONTHS = 12
    today = timezone.localdate()
    for days in (10, 400):
        ZeroResultQuery.objects.create(
            date=today - timedelta(days=days), locale="nl", query=f"woord {days}", count=2
        )
    out = io.StringIO()
    call_command("feedback_opschonen", stdout=out)
    assert list(ZeroResultQuery.objects.values_list("query", flat=True)) == ["woord 10"]
    assert "1 zoekvragen" in out.getvalue()
