"""DUO files that are not what they seem: two encodings, NUL bytes, only a BOM
(issue 22, point 6). Each is refused with a line number and changes nothing."""

import codecs
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from reversion.models import Revision

from content_models.duo import DuoFileError, read_duo_file
from content_models.models import Region

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures" / "duo"
HEADER = "ADMINISTRATIENUMMER;SAMENWERKINGSVERBAND;PLAATSNAAM\r\n"


def import_regions(tmp_path, data: bytes) -> str:
    path = tmp_path / "regions.csv"
    path.write_bytes(data)
    with pytest.raises(CommandError) as raised:
        call_command("import_duo", "regions", str(path), stdout=io.StringIO(), verbosity=0)
    assert not Region.objects.exists() and not Revision.objects.exists()
    return str(raised.value)


def test_a_utf8_file_with_one_cp1252_line_is_refused_with_its_number(tmp_path):
    data = (
        HEADER.encode()
        + "PO2001;Coöperatie Één;Groningen\r\n".encode()
        + "PO2002;Stichting Ééndracht;Zwolle\r\n".encode("cp1252")
        + b"PO2003;Zonder accenten;Assen\r\n"
    )
    message = import_regions(tmp_path, data)
    assert "regel 3" in message and "geen UTF-8" in message


def test_a_bom_file_with_a_cp1252_line_is_refused(tmp_path):
    data = codecs.BOM_UTF8 + HEADER.encode() + "PO2001;Coöperatie;Groningen\r\n".encode("cp1252")
    assert "regel 2" in import_regions(tmp_path, data)


@pytest.mark.parametrize("name", ["PO\x00 Noord", "Noord\x00", "Noord\x07"])
def test_nul_and_other_control_characters_are_refused(tmp_path, name):
    data = HEADER.encode() + b"PO2001;Goed;Groningen\r\n" + f"PO2002;{name};Zwolle\r\n".encode()
    message = import_regions(tmp_path, data)
    assert "regel 3" in message and "stuurteken" in message


@pytest.mark.parametrize("data", [codecs.BOM_UTF8, b"", b"\r\n", codecs.BOM_UTF8 + b"\r\n  \r\n"])
def test_an_empty_file_says_so(tmp_path, data):
    assert "Leeg bestand" in import_regions(tmp_path, data)
    with pytest.raises(DuoFileError, match="Leeg bestand"):
        read_duo_file(data)


def test_a_cp1252_file_is_still_read_as_cp1252():
    data = HEADER.encode() + "PO2001;Coöperatie Één;Groningen\r\n".encode("cp1252")
    duo_file = read_duo_file(data)
    assert duo_file.encoding == "cp1252"
    assert [row["SAMENWERKINGSVERBAND"] for _line, row in duo_file.records()] == ["Coöperatie Één"]


def test_stdin_is_streamed_too(monkeypatch):
    data = (FIXTURES / "regions_utf8_bom.csv").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    call_command("import_duo", "regions", "-", stdout=io.StringIO(), verbosity=0)
    assert Region.objects.filter(code="PO2001").exists()


@pytest.mark.django_db(transaction=True)
def test_an_import_and_its_revert_make_cached_reference_data_stale():
    """Bulk writes send no post_save: the importer says itself that reference data changed."""
    from cms.delivery.api.caching import REFERENCE_TAG, generations

    before = sorted(Region.objects.values_list("code", "name"))
    start = generations([REFERENCE_TAG])
    call_command(
        "import_duo", "regions", str(FIXTURES / "regions_utf8_bom.csv"), stdout=io.StringIO()
    )
    imported = generations([REFERENCE_TAG])
    assert imported != start
    call_command("import_duo", "--revert", str(Revision.objects.latest("pk").pk))
    assert generations([REFERENCE_TAG]) != imported
    assert sorted(Region.objects.values_list("code", "name")) == before
