"""Every CSV we write opens in a spreadsheet as data, not as formulas (issue 22, point 5)."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.signaleren.reports.period import parse_period
from content_models.spreadsheets import CsvWriter
from search.models import ZeroResultQuery
from tests.factories import RegionFactory

FORMULAS = ['=HYPERLINK("http://evil.example","klik")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_a_formula_cell_is_written_as_text(cell):
    out = io.StringIO()
    CsvWriter(out, delimiter=";").writerow([cell, 3, -3, "gewoon", ""])
    row = next(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))
    assert row == ["'" + cell, "3", "-3", "gewoon", ""]


@pytest.mark.django_db
def test_the_signaleren_csv_has_no_live_formulas(client, make_user):
    region = RegionFactory(code="PO9903", name='=HYPERLINK("http://evil.example","SWV")')
    today = timezone.localdate()
    for query in FORMULAS:
        ZeroResultQuery.objects.create(
            date=today, locale="nl", region_code=region.code, query=query, count=5
        )
    client.force_login(make_user("beheer", superuser=True))
    url = (
        reverse("signaleren") + f"?region={region.pk}&period={parse_period(f'{today:%Y-%m}').code}"
    )
    response = client.get(url + "&format=csv")
    assert response.status_code == 200
    cells = [
        cell
        for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
        for cell in row
    ]
    assert '\'=HYPERLINK("http://evil.example","SWV")' in cells
    assert {"'" + f for f in FORMULAS} <= set(cells)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@") or cell.startswith("-2")]
