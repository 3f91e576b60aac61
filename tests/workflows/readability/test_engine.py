"""The engine on its own: findings, offsets, levels and speed. No database needed."""

import json

import pytest

from workflows.readability import GlossaryEntry, Thresholds, analyse, level_for, meets

GLOSSARY = [
    GlossaryEntry("toelaatbaarheidsverklaring", "TLV", "Een besluit over speciaal onderwijs."),
    GlossaryEntry("zorgplicht", "", "De school moet een goede plek zoeken."),
]


def kinds(report) -> list[str]:
    return [f.kind for f in report.findings]


def test_a_plain_text_meets_b1_without_findings():
    report = analyse(
        "Je kind krijgt hulp op school. De juf praat met jou. Samen maken jullie een plan."
    )
    assert report.level in {"A2", "B1"}
    assert report.meets_target
    assert report.findings == []


def test_every_finding_points_at_its_own_text():
    text = (
        "Teneinde de ondersteuningsbehoefte adequaat te inventariseren, wordt middels een "
        "integrale analyse een arrangement geïmplementeerd.\n\nDe TLV wordt afgegeven."
    )
    report = analyse(text, glossary=GLOSSARY)
    assert report.findings
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text
        assert finding.reason


def test_long_sentences_depend_on_the_audience():
    sentence = "Je kind " + " ".join(["mag"] * 15) + " naar school."
    assert "long_sentence" not in kinds(analyse(sentence, Thresholds(long_sentence=20)))
    assert "long_sentence" in kinds(analyse(sentence, Thresholds(long_sentence=15)))


@pytest.mark.parametrize(
    "sentence",
    ["Er wordt een plan gemaakt.", "De TLV werd afgegeven door het samenwerkingsverband.",
     "Het formulier wordt door de school ingevuld."],
)  # fmt: skip
def test_passive_sentences_are_found(sentence):
    assert "passive" in kinds(analyse(sentence))


def test_active_sentences_are_not_passive():
    assert "passive" not in kinds(analyse("De school maakt een plan. Ik word morgen tien."))


def test_formal_words_get_a_plainer_alternative():
    report = analyse("Indien u vragen heeft, kunt u middels dit formulier contact opnemen.")
    suggestions = {f.text.lower(): f.suggestion for f in report.findings if f.kind == "formal_word"}
    assert suggestions == {"indien": "als", "middels": "met"}
    phrase = analyse("Wij bellen u met betrekking tot de aanvraag.")
    assert ("formal_word", "over") in [(f.kind, f.suggestion) for f in phrase.findings]


def test_nominalisations_and_rare_words():
    report = analyse("De implementatie van de herindicatieprocedure vraagt om bestendiging.")
    found = kinds(report)
    assert "nominalisation" in found
    assert "rare_word" in found or "long_word" in found


def test_unexplained_jargon_uses_the_glossary_explanation():
    report = analyse("De school vraagt een TLV aan.", glossary=GLOSSARY)
    jargon = [f for f in report.findings if f.kind == "jargon"]
    assert [(f.text, f.suggestion) for f in jargon] == [
        ("TLV", "Een besluit over speciaal onderwijs.")
    ]


@pytest.mark.parametrize(
    "text",
    ["De school vraagt een toelaatbaarheidsverklaring (TLV) aan. Later komt de TLV.",
     "De TLV (een besluit over speciaal onderwijs) komt later.",
     "Zorgplicht betekent: de school zoekt een plek."],
)  # fmt: skip
def test_explained_jargon_is_not_reported(text):
    assert "jargon" not in kinds(analyse(text, glossary=GLOSSARY))


def test_terms_explained_elsewhere_in_the_item_are_not_jargon():
    text = "De school heeft zorgplicht."
    assert "jargon" in kinds(analyse(text, glossary=GLOSSARY))
    assert "jargon" not in kinds(analyse(text, glossary=GLOSSARY, explained={"zorgplicht"}))


def test_unknown_abbreviations_are_reported():
    assert "abbreviation" in kinds(analyse("Vraag het aan de IB-er of het MT."))


def test_long_paragraphs_are_reported():
    paragraph = " ".join(["Je kind gaat naar school."] * 20)
    assert "long_paragraph" in kinds(analyse(paragraph, Thresholds(long_paragraph=80)))


def test_levels_follow_the_score_cut_offs():
    t = Thresholds(level_scores=(37.5, 62.5, 87.5))
    assert [level_for(s, t) for s in (10, 37.5, 62.4, 62.5, 99)] == ["A2", "B1", "B1", "B2", "C1"]
    assert meets("A2", "B1") and meets("B1", "B1") and not meets("B2", "B1")


def test_short_texts_are_judged_by_their_findings():
    plain = analyse("Onderwijsconsulenten helpen gratis.", Thresholds(min_words=40))
    assert plain.meets_target
    formal = analyse("Indien nodig bellen.", Thresholds(min_words=40))
    assert not formal.meets_target


def test_youth_allows_no_long_sentence():
    text = " ".join(["Je kind gaat elke dag met de fiets naar school en leert daar veel."] * 4)
    strict = Thresholds(long_sentence=12, max_long_sentences=0, min_words=10)
    assert analyse(text, Thresholds(min_words=10)).meets_target
    assert not analyse(text, strict).meets_target


def test_the_report_is_json_serialisable():
    data = json.loads(json.dumps(analyse("Er wordt een plan gemaakt.").to_dict()))
    assert set(data) == {"level", "score", "target", "meets_target", "features", "findings"}
    assert data["findings"][0]["kind"] == "passive"
    assert "flesch_douma" in data["features"]


def test_empty_text_gives_an_empty_report():
    report = analyse("   ")
    assert report.features.words == 0 and report.score == 0 and report.findings == []
