"""``generate_load_data``: the demo scaled up, published like the demo, refused twice."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content_models.demo.load_data import GENERATED, duo_files, region_codes
from content_models.duo import RowError, read_duo_file
from content_models.models import InformationItem, Region, School

pytestmark = pytest.mark.django_db


def test_generated_duo_files_are_valid_and_clear_of_the_demo_codes():
    files = duo_files(regions=150, schools=500)
    for data in files.values():
        assert not [r for r in read_duo_file(data).records() if isinstance(r, RowError)]
    codes = region_codes(150)
    assert len(set(codes)) == 150
    assert not {"PO 20.01", "VO 27.08"} & set(codes)


def test_a_small_load_is_published_and_served(client):
    out = io.StringIO()
    call_command("generate_load_data", items=30, regions=3, schools=20, stdout=out)
    assert "Klaar" in out.getvalue()
    regions = Region.objects.filter(name__endswith=GENERATED)
    assert regions.count() == 3
    assert School.objects.filter(name__endswith=GENERATED).count() == 20
    generated = InformationItem.objects.filter(slug__regex=r"-g[0-9]+$")
    assert generated.count() == 30
    assert not generated.filter(live=False).exists()
    supplement = generated.filter(supplement_to__isnull=False).select_related("region").first()
    url = f"/api/v1/items/{supplement.supplement_to.slug}/?region={supplement.region.code}"
    sections = client.get(url).json()["sections"]
    assert [s["scope"] for s in sections] == ["national", "regional"]

    with pytest.raises(CommandError, match="al testinhoud"):
        call_command("generate_load_data", items=1, regions=1, schools=1, stdout=io.StringIO())


def test_sizes_must_be_positive():
    with CaptureQueriesContext(connection) as queries, pytest.raises(CommandError):
        call_command("generate_load_data", items=0, stdout=io.StringIO())
    assert not queries.captured_queries
