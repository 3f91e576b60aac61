"""``manage.py readability``: exit codes 0 (meets the target), 1 (does not), 2 (bad input)."""

import io
import json
import sys

import pytest
from django.core.management import call_command

PLAIN = "Je kind krijgt hulp op school. De juf praat met jou."
HARD = (
    "Teneinde de ondersteuningsbehoefte adequaat te inventariseren, wordt middels een "
    "integrale analyse conform de vigerende procedures een arrangement geïmplementeerd."
)


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("readability", *args, stdout=out, stderr=err)
    return exit_info.value.code, out.getvalue(), err.getvalue()


@pytest.fixture
def text_file(tmp_path):
    def write(text: str | bytes, name: str = "tekst.txt"):
        path = tmp_path / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        return str(path)

    return write


@pytest.mark.django_db
def test_plain_text_meets_the_target(text_file):
    code, out, _ = run(text_file(PLAIN))
    assert code == 0
    assert "doel B1: haalt het doel." in out


@pytest.mark.django_db
def test_hard_text_fails_with_findings(text_file):
    code, out, _ = run(text_file(HARD))
    assert code == 1
    assert "NIET" in out
    assert "1:1 ambtelijke taal: ‘Teneinde’" in out and "Beter: om" in out


@pytest.mark.django_db
def test_json_output(text_file):
    code, out, _ = run(text_file(HARD), "--json", "--audience", "jongeren")
    data = json.loads(out)
    assert code == 1
    assert data["meets_target"] is False and data["target"] == "B1"
    assert {f["kind"] for f in data["findings"]} >= {"formal_word", "passive"}


@pytest.mark.django_db
def test_kinderen_have_a_stricter_target(text_file):
    _, out, _ = run(text_file(PLAIN), "--json", "--audience", "kinderen")
    assert json.loads(out)["target"] == "A2"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is leeg"), (b"   \n", "is leeg"), (b"\xff\xfe\x00bad", "geen tekst in UTF-8")],
)
def test_bad_input_exits_with_2(text_file, content, message):
    code, _, err = run(text_file(content))
    assert code == 2
    assert message in err


@pytest.mark.django_db
def test_missing_file_exits_with_2():
    code, _, err = run("/does/not/exist.txt")
    assert code == 2 and "kan niet gelezen worden" in err


@pytest.mark.django_db
def test_reads_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HARD.encode())))
    code, out, _ = run("-")
    assert code == 1 and "Niveau" in out


@pytest.mark.django_db
def test_bounds_and_repeated_findings_are_shown(text_file):
    soup = (
        "Het SWV stuurt de aanvraag naar de CvA. De IB en de AB'er maken eerst een plan. "
        "Dat gaat naar het MDO. De SMW en de JGZ zijn er ook bij. Daarna belt het CJG je. "
        "Indien je vragen hebt, bel de AB'er. Indien hij er niet is, bel de IB."
    )
    code, out, _ = run(text_file(soup))
    assert code == 1
    assert "Grens: " in out and "ten minste B2" in out
    assert "ambtelijke taal: ‘Indien’ (2 keer)" in out


@pytest.mark.django_db
def test_long_sentences_are_quoted_with_an_ellipsis(text_file):
    sentence = "Je kind " + " ".join(["mag"] * 30) + " naar school."
    _, out, _ = run(text_file(sentence))
    line = next(line for line in out.splitlines() if "lange zin" in line)
    assert "…’" in line and sentence not in line
