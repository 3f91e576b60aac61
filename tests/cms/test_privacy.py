"""Masking personal data in free text: realistic Dutch sentences with and without it
(issue 22, point 4). Each personal sentence names the values that must disappear."""

import pytest

from cms.signaleren.privacy import looks_personal, mask_personal_data

PERSONAL = [
    # (sentence, values that must not survive)
    ("mijn dochter fatima kan niet meer naar school", ["fatima"]),
    ("Mijn zoontje Daan is 6 en zit thuis.", ["Daan"]),
    ("Ons kind Sem heeft een OPP gekregen.", ["Sem"]),
    ("Ik ben Sanne de Vries en ik heb een vraag over mijn zoon.", ["Sanne", "Vries"]),
    ("Groeten, Pieter Bakker", ["Pieter", "Bakker"]),
    ("Ik ben de moeder van Lotte uit groep 5.", ["Lotte"]),
    ("Mijn rekeningnummer is NL91 ABNA 0417 1643 00 voor de vergoeding.", ["0417", "ABNA"]),
    ("Kunt u het geld overmaken naar NL91ABNA0417164300?", ["NL91ABNA0417164300"]),
    ("Mijn zoon heet Daan en is 9.", ["Daan"]),
    ("Onze dochter Lisa van der Berg zit al maanden thuis.", ["Lisa", "Berg"]),
    ("Bel me op 06-12345678 na vijf uur.", ["12345678"]),
    ("Mijn nummer is 0612345678.", ["0612345678"]),
    ("U kunt bellen naar +31 6 1234 5678.", ["1234 5678"]),
    ("Mail naar j.jansen@hotmail.com als u meer wilt weten.", ["jansen@hotmail"]),
    ("Het BSN van mijn kind is 123456782.", ["123456782"]),
    ("Hij is geboren op 12-03-2015.", ["12-03-2015"]),
    ("We wonen op de Dorpsstraat 12 in Utrecht.", ["Dorpsstraat 12"]),
    ("Ons adres is Kerkweg 7a, 3511 AB Utrecht.", ["Kerkweg 7a", "3511 AB"]),
    ("Juf Anja zegt dat hij niet mee kan komen.", ["Anja"]),
    ("Meester De Jong heeft ons nooit teruggebeld.", ["De Jong"]),
    ("Mevrouw Jansen van het samenwerkingsverband was heel aardig.", ["Jansen"]),
    ("Het gesprek met dhr. Van Dijk ging goed.", ["Van Dijk"]),
    ("Daan heeft autisme en vindt de grote klas moeilijk.", ["Daan"]),
    ("Mijn dochter, Emma, zit thuis", ["Emma"]),
    ("Mijn kind heet sam", ["sam"]),
    ("Met vriendelijke groet, Mohammed el Amrani", ["Mohammed", "Amrani"]),
    ("Groetjes van Noor en haar moeder", ["Noor"]),
    ("mvg Karin", ["Karin"]),
    ("Ik ben Ayoub, ik zit in de derde klas.", ["Ayoub"]),
    ("ik ben sanne, moeder van twee kinderen", ["sanne"]),
    ("Mijn zoon noah wordt gepest op school.", ["noah"]),
    ("Vader van Liam hier, hoe vraag ik een TLV aan?", ["Liam"]),
    ("Onze pleegdochter Zeynep wacht al een jaar op een plek.", ["Zeynep"]),
    ("Zijn broertje Jayden zit op dezelfde school.", ["Jayden"]),
    ("Mijn man Erik en ik willen een gesprek.", ["Erik"]),
    ("De mentor, meneer Bakker, reageert niet op mijn mails.", ["Bakker"]),
    ("Mijn dochtertje Priya is 7.", ["Priya"]),
    ("Bel mij gerust: 020 123 4567.", ["123 4567"]),
    ("Mijn zoon Thijs van den Broek is 12.", ["Thijs", "Broek"]),
    ("Hartelijke groet, Fleur", ["Fleur"]),
    ("Hij is geboren op 3 maart 2015 en zit thuis.", ["3 maart 2015"]),
    ("Geboortedatum: 12 okt. 2014", ["12 okt. 2014"]),
    ("Ze zit in groep 7 van De Regenboog.", ["De Regenboog"]),
    ("Hij zit op basisschool De Regenboog, groep 7.", ["Regenboog, groep 7"]),
    ("Onze zoon zit in klas 2b op het Stedelijk Lyceum.", ["2b op het Stedelijk"]),
    ("Ze zit in de brugklas van het Stedelijk Gymnasium.", ["Stedelijk Gymnasium"]),
]

PLAIN = [
    "Mijn zoon kan niet naar school sinds 2024.",
    "Stap 3 kost 25 euro.",
    "Wat is een ontwikkelingsperspectief precies?",
    "Ik snap niet wat een samenwerkingsverband doet.",
    "De tekst is te lang, kan het korter?",
    "Dit was heel duidelijk, dank je wel!",
    "Mijn kind zit in groep 7 en heeft dyslexie.",
    "Mijn dochter heeft een TLV nodig voor het speciaal onderwijs.",
    "Ik ben moeder van een zoon van 11.",
    "Ik ben boos, want niemand helpt ons.",
    "De juf van mijn dochter belt nooit terug.",
    "Groeten uit Utrecht.",
    "Bel het Onderwijsloket voor advies.",  # any phone number is masked, also an office's
    "Wat betekent thuiszitten als je kind 5 jaar is?",
    "Het woord arrangement snap ik niet.",
    "Kan ik bezwaar maken tegen het OPP?",
    "Onze zoon gaat in augustus naar het voortgezet onderwijs.",
    "De leerplichtambtenaar kwam op 3 maart langs.",
    "Hoeveel weken mag een kind thuiszitten?",
    "Mijn kind is 14 en wil zelf meepraten.",
    "Er staat niet bij wat ik moet doen als de school weigert.",
    "Ik mis een stukje over leerlingenvervoer.",
    "De uitleg over de zorgplicht was goed.",
    "Wij wonen in Groningen en vinden geen school.",
    "Kunt u de stappen in een lijstje zetten?",
    "Mijn zoon is hoogbegaafd en verveelt zich.",
    "Ik vind de tekst fijn om te lezen.",
    "Welke rechten heb ik als ouder?",
    "De Geschillencommissie passend onderwijs: hoe werkt dat?",
    "Ik ben blij met deze informatie.",
]


def test_the_table_is_big_enough():
    assert len(PERSONAL) + len(PLAIN) >= 60


@pytest.mark.parametrize(("text", "values"), PERSONAL)
def test_personal_data_is_masked(text, values):
    masked = mask_personal_data(text)
    for value in values:
        assert value not in masked, masked
    assert "[" in masked


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentences_stay_as_they_are(text):
    assert mask_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Ik ben Sanne de Vries", "Ik ben [naam]"),
        ("Groeten, Pieter Bakker", "Groeten, [naam]"),
        ("moeder van Lotte", "moeder van [naam]"),
        ("IBAN NL91 ABNA 0417 1643 00.", "IBAN [rekeningnummer]."),
        ("mijn dochter fatima", "mijn dochter [naam]"),
    ],
)
def test_the_placeholder_keeps_the_sentence(text, masked):
    assert mask_personal_data(text) == masked


@pytest.mark.parametrize(
    "query",
    ["123456789", "Daan Vermeulen", "daan vermeulen", "priya ramdin", "Priya Ramdin",
     "info@example.nl", "06 12345678", "NL91ABNA0417164300", "juf Anja", "3511AB"],
)  # fmt: skip
def test_personal_search_queries_are_recognised(query):
    assert looks_personal(query)


@pytest.mark.parametrize(
    "query", ["tlv aanvragen", "thuiszitten", "rugzakje", "groep 8", "opp 2024", "zorgplicht"]
)
def test_ordinary_search_queries_are_not(query):
    assert not looks_personal(query)
