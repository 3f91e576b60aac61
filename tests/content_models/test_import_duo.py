"""DUO import: both encodings, code normalisation, whole-file validation, revert."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.core.serializers import serialize
from reversion.models import Revision

from content_models.duo import read_duo_file
from content_models.duo.importers import SchoolImporter
from content_models.models import PostcodeArea, Region, School, normalise_region_code

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures" / "duo"
# In batches, not a query per row (193 in November 2026); the speed is measured in
# tests/perf/bench_import.py, as a ratio against reading the file.
QUERIES_FOR_TEN_THOUSAND_ROWS = 1_000


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_duo", *args, stdout=out, stderr=err, verbosity=0)
    return out.getvalue(), err.getvalue()


def fail(*args: str) -> tuple[str, str]:
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_duo", *args, stdout=io.StringIO(), stderr=err, verbosity=0)
    return str(raised.value), err.getvalue()


def snapshot() -> str:
    """Everything the importer may touch, to prove that nothing changed."""
    return "".join(
        serialize("json", model.objects.order_by("pk")) for model in (Region, PostcodeArea, School)
    )


@pytest.fixture
def imported():
    run("regions", str(FIXTURES / "regions_cp1252.csv"))
    run("postcodes", str(FIXTURES / "postcodes.csv"))
    run("schools", str(FIXTURES / "schools.csv"))


@pytest.mark.parametrize(
    ("raw", "code"),
    [("PO2001", "PO2001"), ("PO 20.01", "PO2001"), ("PO-20-01", "PO2001"), ("po2001", "PO2001"),
     (" vo 27.08 ", "VO2708"), ("VO_27_08", "VO2708")],
)  # fmt: skip
def test_region_codes_are_normalised(raw, code):
    assert normalise_region_code(raw) == code


@pytest.mark.parametrize("raw", ["MBO2001", "PO201", "PO20011", "", "2001"])
def test_invalid_region_codes_are_refused(raw):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        normalise_region_code(raw)


@pytest.mark.parametrize("name", ["regions_cp1252.csv", "regions_utf8_bom.csv"])
def test_both_encodings_are_detected_and_read_the_same(name):
    data = (FIXTURES / name).read_bytes()
    duo_file = read_duo_file(data)
    assert duo_file.encoding in {"cp1252", "utf_8_sig"}
    assert duo_file.encoding == ("utf_8_sig" if "utf8" in name else "cp1252")
    run("regions", str(FIXTURES / name))
    region = Region.objects.get(code="PO2001")
    assert region.name == "Samenwerkingsverband Coöperatie Één PO"
    assert region.sector == "PO"
    assert region.website == "https://www.po2001.voorbeeld.example"
    assert Region.objects.get(code="VO2708").sector == "VO"
    assert Region.objects.filter(code="PO2002").exists()


def test_import_creates_a_regional_editor_group_per_region():
    run("regions", str(FIXTURES / "regions_utf8_bom.csv"))
    for region in Region.objects.all():
        assert region.editor_group.name == f"Regionale redactie {region.code}"


def test_postcodes_and_schools_are_linked_to_their_regions(imported):
    area = PostcodeArea.objects.get(pc4="9712")
    assert (area.po_region.code, area.vo_region.code) == ("PO2001", "VO2708")
    assert PostcodeArea.objects.get(pc4="9901").vo_region is None

    wilgen = School.objects.get(brin="02QZ", vestiging="00")
    assert wilgen.code == "02QZ00"
    assert wilgen.website == "https://wilgen.voorbeeld.example"
    # No SWV column: the regions come from the postcode area of the school.
    assert (wilgen.po_region.code, wilgen.vo_region.code) == ("PO2001", "VO2708")
    assert School.objects.get(brin="02QZ", vestiging="01").house_number == "3a"


def test_reimport_updates_in_place_and_reports_unchanged_rows(imported, tmp_path):
    changed = (FIXTURES / "schools.csv").read_text("utf-8-sig").replace("De Wilgen;", "De Wilg;")
    path = tmp_path / "schools.csv"
    path.write_text(changed, "utf-8")
    out, _ = run("schools", str(path))
    assert "0 nieuw, 1 gewijzigd, 2 ongewijzigd" in out
    assert School.objects.count() == 3
    assert School.objects.get(brin="02QZ", vestiging="00").name == "Basisschool De Wilg"


def test_a_bad_file_changes_nothing_and_names_every_bad_line(imported):
    before = snapshot()
    message, err = fail("schools", str(FIXTURES / "schools_bad.csv"))
    assert "7 fout(en)" in message
    assert "Er is niets veranderd" in message
    lines = err.splitlines()
    expected = {
        3: "geen BRIN-nummer",
        4: "geen Nederlandse postcode",
        5: "PO2099 is onbekend",
        6: "staat ook al op regel 2",
        7: "6 kolommen gevonden, 10 verwacht",
        8: "naam van de school ontbreekt",
        9: "geen geldig webadres",
    }
    for line, reason in expected.items():
        assert any(f"regel {line}:" in e and reason in e for e in lines), (line, err)
    assert not any("regel 2:" in e for e in lines), "line 2 is valid"
    assert snapshot() == before


def test_a_truncated_file_changes_nothing(imported):
    before = snapshot()
    _, err = fail("schools", str(FIXTURES / "schools_truncated.csv"))
    assert "regel 3:" in err
    assert snapshot() == before


def test_wrong_headers_are_refused_with_the_missing_columns():
    message, _ = fail("regions", str(FIXTURES / "regions_wrong_headers.csv"))
    assert "regel 1" in message
    assert "ADMINISTRATIENUMMER" in message and "SAMENWERKINGSVERBAND" in message
    assert not Region.objects.exists()


def test_schools_before_regions_are_refused():
    _, err = fail("schools", str(FIXTURES / "schools_bad.csv"))
    assert "PO2001 is onbekend" in err
    assert not School.objects.exists()


@pytest.mark.parametrize(
    ("name", "reason"), [("not_text.csv", "geen tekst"), ("missing.csv", "kan niet gelezen")]
)
def test_unreadable_files_get_a_clear_message(name, reason):
    message, _ = fail("regions", str(FIXTURES / name))
    assert reason in message


def test_dry_run_validates_and_changes_nothing():
    out, _ = run("regions", str(FIXTURES / "regions_cp1252.csv"), "--dry-run")
    assert "3 nieuw" in out and "niets veranderd" in out
    assert not Region.objects.exists()
    assert not Revision.objects.exists()


def test_each_import_is_one_revision_that_can_be_reverted(imported, tmp_path):
    before = snapshot()
    changed = (FIXTURES / "schools.csv").read_text("utf-8-sig")
    changed = changed.replace("Ommelander College", "Ommelander Lyceum")
    changed += "15CD;00;Nieuwe school;Laan;1;9711 AA;GRONINGEN;Groningen;\n"
    path = tmp_path / "schools.csv"
    path.write_text(changed, "utf-8")
    out, _ = run("schools", str(path))
    revision = Revision.objects.latest("pk")
    assert f"Revisie {revision.pk}" in out
    assert "1 nieuw, 1 gewijzigd" in revision.comment
    assert revision.version_set.count() == 2
    assert School.objects.get(brin="14AB").name == "Ommelander Lyceum"

    run("--revert", str(revision.pk))
    assert snapshot() == before
    assert not School.objects.filter(brin="15CD").exists()


def test_reverting_the_first_import_removes_what_it_created():
    run("regions", str(FIXTURES / "regions_cp1252.csv"))
    run("--revert", str(Revision.objects.latest("pk").pk))
    assert not Region.objects.exists()


def test_revert_refuses_unknown_revisions():
    message, _ = fail("--revert", "999")
    assert "geen import met nummer 999" in message


def test_revert_refuses_a_region_still_in_use(imported):
    regions_revision = Revision.objects.filter(comment__contains="samenwerkingsverbanden").first()
    message, _ = fail("--revert", str(regions_revision.pk))
    assert "wordt nog gebruikt" in message
    assert Region.objects.count() == 3


def test_ten_thousand_schools_import_in_bulk(imported, django_assert_max_num_queries):
    """All rows arrive, written in batches."""
    header = (FIXTURES / "schools.csv").read_text("utf-8-sig").splitlines()[0]
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    rows = [
        f"{n % 100:02d}{letters[n // 100 % 26]}{letters[n // 2600]};00;School {n};Laan;{n};"
        f"9711 AA;GRONINGEN;Groningen;"
        for n in range(10_000)
    ]
    data = "\n".join([header, *rows]).encode()
    with django_assert_max_num_queries(QUERIES_FOR_TEN_THOUSAND_ROWS):
        result = SchoolImporter().run(read_duo_file(data))
    assert result.ok, result.errors[:3]
    assert School.objects.count() == 10_000 + 3 - 1  # "02QZ" 00 exists already
