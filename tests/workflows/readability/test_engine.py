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
    assert set(data) == {
        "level", "score", "target", "meets_target", "features", "findings", "bounds"
    }  # fmt: skip
    assert data["findings"][0]["kind"] == "passive"
    assert "flesch_douma" in data["features"]


def test_empty_text_gives_an_empty_report():
    report = analyse("   ")
    assert report.features.words == 0 and report.score == 0 and report.findings == []


PLAIN = (
    "Je kind gaat naar een nieuwe school. Daar krijgt het extra hulp bij lezen. "
    "De juf praat elke week met jou. Samen kijken jullie hoe het gaat. "
    "Gaat het niet goed? Dan maakt de school een nieuw plan. Jij mag zeggen wat je ervan vindt."
)
SOUP = (
    "Het SWV stuurt de aanvraag naar de CvA. De IB en de AB'er maken eerst een plan. "
    "Dat gaat naar het MDO. De SMW en de JGZ zijn er ook bij. Daarna belt het CJG je. "
    "Je krijgt dan een brief van de GGD. Heb je vragen? Bel de AB'er of de IB."
)
PASSIVE = (
    "Het plan wordt door de school gemaakt. Daarna wordt het met jou besproken. "
    "De hulp wordt in de klas gegeven. Na een half jaar wordt het plan bekeken. "
    "Als het nodig is, wordt het aangepast. Jij wordt daarvoor uitgenodigd. "
    "Je kind wordt ook gevraagd wat het ervan vindt."
)


def test_abbreviation_soup_is_at_least_b2_however_short_its_sentences():
    report = analyse(SOUP)
    assert report.level in {"B2", "C1"} and not report.meets_target
    assert report.bounds and "afkortingen" in report.bounds[0]
    assert report.features.unexplained_per_100 > 3


def test_a_text_in_the_passive_is_at_least_b2():
    report = analyse(PASSIVE)
    assert report.features.passive_share > 0.5
    assert report.level in {"B2", "C1"} and not report.meets_target
    assert any("lijdende vorm" in bound for bound in report.bounds)


def test_the_bounds_come_from_the_thresholds():
    lenient = Thresholds(max_unexplained_per_100=None, max_passive_share=None)
    assert analyse(SOUP, lenient).bounds == analyse(PASSIVE, lenient).bounds == []


@pytest.mark.parametrize(
    "explained",
    ["Het SWV (samenwerkingsverband) helpt. De CvA (commissie van advies) beslist.",
     "Het samenwerkingsverband (SWV) helpt. De commissie van advies (CvA) beslist.",
     "SWV: de scholen in je regio samen. Het SWV helpt. De CvA, dat is een commissie, beslist.",
     "Het SWV betekent samenwerkingsverband. Het SWV helpt. Een CvA is een groep mensen."],
)  # fmt: skip
def test_abbreviations_the_text_explains_do_not_count(explained):
    report = analyse(PLAIN + " " + explained + " Later helpt het SWV weer en beslist de CvA.")
    assert "abbreviation" not in kinds(report)
    assert report.features.unexplained_per_100 == 0 and report.bounds == []


def test_a_long_word_the_text_explains_gets_no_advice_to_explain_it():
    text = "Alle scholen in je regio werken samen. Dat heet een samenwerkingsverband."
    assert "long_word" not in kinds(analyse(text))
    assert "long_word" in kinds(analyse("Bel het samenwerkingsverband."))


def test_a_single_long_sentence_is_a_finding_not_a_verdict():
    long = (
        " Als je kind op school extra hulp nodig heeft, dan praat je eerst met de juf, "
        "want die ziet je kind elke dag en weet vaak al goed wat er aan de hand is."
    )
    report = analyse(PLAIN + long)
    assert "long_sentence" in kinds(report)
    assert report.meets_target and report.bounds == []


def test_levels_span_the_scale():
    a2 = (
        "Sara is tien. Ze gaat naar school. Ze leest nog niet goed. De juf helpt haar. "
        "Elke dag leest Sara een boek. Het gaat steeds beter. Sara is blij. "
        "Haar moeder is ook blij. Morgen leest Sara voor in de klas."
    )
    c1 = (
        "Het bevoegd gezag draagt zorg voor de vaststelling van een ontwikkelingsperspectief, "
        "waarin de verwachte uitstroombestemming en de onderbouwing daarvan worden opgenomen, "
        "nadat op overeenstemming gericht overleg met de ouders heeft plaatsgevonden, "
        "een en ander conform de vigerende regelgeving inzake de ondersteuningstoewijzing."
    )
    assert analyse(a2).level == "A2"
    assert analyse(c1).level == "C1"


def test_the_same_finding_is_listed_once_with_its_count():
    report = analyse("Indien je wilt, bel ons. Indien je niet wilt, mail ons. Indien nodig.")
    formal = [f for f in report.findings if f.kind == "formal_word"]
    assert [(f.text, f.count) for f in formal] == [("Indien", 3)]


def test_long_quotes_end_with_an_ellipsis():
    sentence = "Je kind " + " ".join(["mag"] * 30) + " naar school."
    finding = next(f for f in analyse(sentence, Thresholds(quote_length=40)).findings)
    assert finding.text == sentence
    assert len(finding.quote) <= 40 and finding.quote.endswith("…")
    assert analyse("Er wordt een plan gemaakt.").findings[0].quote == "Er wordt een plan gemaakt."


def test_every_finding_has_a_reason_and_a_plainer_alternative():
    text = (
        "Teneinde de ondersteuningsbehoefte adequaat te inventariseren, wordt middels een "
        "integrale analyse conform de vigerende procedures door het MT een herindicatie "
        "geïmplementeerd, waarbij de besluitvorming omtrent de toewijzing van de middelen "
        "reeds in een eerder stadium heeft plaatsgevonden.\n\n" + " ".join(["Je kind leert."] * 30)
    )
    report = analyse(text, Thresholds(long_paragraph=20))
    assert set(kinds(report)) >= {
        "formal_word", "nominalisation", "passive", "long_sentence", "long_word",
        "rare_word", "abbreviation", "long_paragraph",
    }  # fmt: skip
    for finding in report.findings:
        assert finding.reason and finding.suggestion, finding


def test_common_compounds_and_names_are_not_rare_words():
    report = analyse("Kijk in de klachtenregeling. Amira belt. Vraag het aan Amira.")
    assert "rare_word" not in kinds(report)
