"""Dutch analysis in Python and the glossary's synonyms in a query."""

from search.query import parse
from search.text import fold, normalise_query, terms

GROUPS = [
    ["toelaatbaarheidsverklaring", "tlv", "toelating speciaal onderwijs"],
    ["thuiszitter", "thuiszitten", "niet naar school", "geen school"],
    ["extra ondersteuning", "rugzakje", "arrangement"],
    ["arrangement", "rugzakje", "ondersteuningsarrangement"],
]


def test_dutch_terms_fold_accents_drop_stop_words_and_stem():
    assert fold("Coöperatie één") == "cooperatie een"
    assert terms("De aanvragen van een rugzakje") == ["aanvraag", "rugzak"]
    assert terms("rugzakjes") == terms("rugzakje")


def test_abbreviation_expands_to_the_term_and_its_synonyms():
    query = parse("TLV aanvragen", GROUPS)
    assert query.clauses == (
        (("tlv",), ("toelaatbaarheidsverklaring",), ("toelating", "speciaal", "onderwijs")),
        (("aanvragen",),),
    )


def test_a_word_in_two_groups_gets_both():
    (clause,) = parse("rugzakjes", GROUPS).clauses
    assert set(clause) == {
        ("rugzakjes",),
        ("rugzakje",),
        ("extra", "ondersteuning"),
        ("arrangement",),
        ("ondersteuningsarrangement",),
    }


def test_phrases_match_before_words_and_small_word_synonyms_are_not_added():
    clauses = parse("mijn kind mag niet naar school", GROUPS).clauses
    assert clauses == ((("kind",),), (("school",), ("thuiszitten",), ("thuiszitter",)))


def test_only_stop_words_is_an_empty_query():
    assert parse("de het een", GROUPS).is_empty
    assert normalise_query("  Wat is   een TLV? ") == "wat is een tlv"
