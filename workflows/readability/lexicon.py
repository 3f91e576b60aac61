"""Word knowledge: frequency (wordfreq), syllables (pyphen), and curated Dutch lists.

Lookups are cached per lower-cased word: an article repeats most of its words,
which keeps the engine fast enough to run while an editor types.
"""

import math
import re
from functools import lru_cache

import pyphen
from wordfreq import get_frequency_dict

_FREQUENCIES = get_frequency_dict("nl", wordlist="best")
_HYPHENATOR = pyphen.Pyphen(lang="nl_NL")

# Function words: not counted as content words for frequency and length features.
STOPWORDS = frozenset(
    """aan al alle als andere ben bij dan dat de deze die dit doen doet door dus een en er
    ga gaat geen had heb hebben heeft hem hen het hier hij hoe hun ik in is je jij jou jouw
    kan kun kunnen maar me meer men met mij mijn moet moeten na naar niet nog nu of om ons
    onze ook op over te tot u uit uw van veel voor want waren was wat we wel welke wie wij
    wil wilt worden wordt zal ze zei zich zij zijn zo zoals zou zullen""".split()
)

# Content words at least this frequent (Zipf) count as common words: the words an A2
# reader knows ("school", "kind", "helpen").
COMMON_ZIPF = 4.5
# Text in another language is scored as if its words were as frequent as in plain
# Dutch (the B1 texts of the calibration corpus), so only sentence length moves it.
PLAIN_MEAN_ZIPF = 5.2
PLAIN_COMMON_WORD_SHARE = 0.9

# Forms of "worden" that, with a past participle, make a passive sentence.
WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden", "geworden"})
SEPARABLE_PREFIXES = "aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg"
PARTICIPLE_RE = re.compile(
    rf"^(?:(?:{SEPARABLE_PREFIXES})?ge|be|ver|ont|her|er)[a-zà-ÿ]{{2,}}(?:d|t|en)$"
)
NOMINALISATION_RE = re.compile(r"(?:ing|ingen|heid|heden|atie|aties|iteit|iteiten|ment|menten)$")
# Words that end like a nominalisation but are ordinary words.
NOT_NOMINALISATIONS = frozenset(
    {
        "ding",
        "dingen",
        "kring",
        "woning",
        "koning",
        "leerling",
        "leerlingen",
        "tekening",
        "richting",
        "regering",
        "vergadering",
        "rekening",
        "moment",
        "momenten",
        "informatie",
        "situatie",
        "organisatie",
        "organisaties",
        "vakantie",
        "politie",
        "ervaring",
        "ervaringen",
        "opleiding",
        "opleidingen",
        "instrument",
        "document",
        "documenten",
        "cement",
        "argument",
        "uitnodiging",
        "waarschuwing",
        "mening",
        "oefening",
        "begeleiding",
        "ondersteuning",
        "verklaring",
        "aanmelding",
        "bemiddeling",
    }
)
CLAUSE_MARKERS = frozenset(
    {
        "omdat",
        "doordat",
        "zodat",
        "terwijl",
        "hoewel",
        "wanneer",
        "indien",
        "nadat",
        "voordat",
        "waardoor",
        "waarin",
        "waarbij",
        "waarmee",
        "waarop",
        "waarvan",
        "zodra",
        "tenzij",
        "opdat",
        "mits",
        "aangezien",
        "maar",
        "want",
        "welke",
    }
)

# Formal or bureaucratic words with a plainer alternative (curated for this domain).
PLAIN_ALTERNATIVES = {
    "aanvang": "begin",
    "aanvangen": "beginnen",
    "adequaat": "goed",
    "alsmede": "en",
    "alvorens": "voordat",
    "behoeven": "nodig hebben",
    "beogen": "willen",
    "beoogt": "wil",
    "bewerkstelligen": "zorgen voor",
    "conform": "volgens",
    "derhalve": "daarom",
    "dienen": "moeten",
    "dient": "moet",
    "doch": "maar",
    "echter": "maar",
    "faciliteren": "mogelijk maken",
    "gedurende": "tijdens",
    "hetgeen": "wat",
    "implementeren": "invoeren",
    "implementatie": "invoering",
    "indien": "als",
    "inzake": "over",
    "inzichtelijk": "duidelijk",
    "middels": "met",
    "momenteel": "nu",
    "omtrent": "over",
    "ontvangen": "krijgen",
    "optimaal": "zo goed mogelijk",
    "prioriteit": "voorrang",
    "reeds": "al",
    "respectievelijk": "en",
    "teneinde": "om",
    "thans": "nu",
    "trachten": "proberen",
    "tracht": "probeert",
    "uiteraard": "natuurlijk",
    "verstrekken": "geven",
    "verstrekt": "geeft",
    "vigerende": "geldende",
    "voorafgaand": "vooraf",
    "voortvarend": "snel",
    "woonachtig": "wonen",
    "zijnde": "als",
    "evalueren": "bespreken",
    "evaluatie": "bespreking",
    "initiatief": "plan",
    "inventariseren": "in kaart brengen",
    "integraal": "samen",
    "geïmplementeerd": "ingevoerd",
    "ingeval": "als",
    "desgewenst": "als je wilt",
    "adviseren": "advies geven",
    "participeren": "meedoen",
    "participatie": "meedoen",
    "problematiek": "problemen",
    "ten behoeve van": "voor",
    "met betrekking tot": "over",
    "in het kader van": "bij",
    "ter beschikking stellen": "geven",
    "in overleg met": "samen met",
    "op basis van": "volgens",
    "naar aanleiding van": "door",
    "in verband met": "door",
    "ten aanzien van": "over",
    "teneinde te": "om te",
    "vanuit het oogpunt van": "voor",
    "een beroep doen op": "vragen om hulp van",
    "zorgdragen voor": "zorgen voor",
    "in de gelegenheid stellen": "de kans geven",
}
PLAIN_PHRASES = sorted((p for p in PLAIN_ALTERNATIVES if " " in p), key=len, reverse=True)


def zipf(word: str) -> float:
    """Zipf frequency (0–8) of a lower-case Dutch word; 0 for unknown words."""
    frequency = _FREQUENCIES.get(word)
    return math.log10(frequency) + 9 if frequency else 0.0


@lru_cache(maxsize=65536)
def word_facts(word: str) -> tuple[float, int, bool, bool]:
    """(zipf, syllables, is a participle, is a nominalisation) of a lower-case word."""
    frequency = zipf(word)
    syllables = len(_HYPHENATOR.positions(word)) + 1 if len(word) > 3 else 1
    participle = bool(PARTICIPLE_RE.match(word))
    nominal = (
        len(word) >= 8
        and word not in NOT_NOMINALISATIONS
        and frequency < 4.5
        and bool(NOMINALISATION_RE.search(word))
    )
    return frequency, syllables, participle, nominal


# A rare compound of two common words ("klachtenregeling", "taxibusje") is not jargon:
# a reader who knows both parts knows the whole. Parts must be at least this frequent.
COMPOUND_PART_ZIPF = 4.0
LINKING = ("s", "en", "e")  # "ondersteuning-s-plan", "klacht-en-regeling"


@lru_cache(maxsize=16384)
def is_transparent_compound(word: str) -> bool:
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if zipf(tail) < COMPOUND_PART_ZIPF:
            continue
        heads = [head] + [head[: -len(link)] for link in LINKING if head.endswith(link)]
        if any(zipf(h) >= COMPOUND_PART_ZIPF for h in heads if len(h) >= 3):
            return True
    return False
