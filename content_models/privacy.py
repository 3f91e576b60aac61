"""Personal data out of free text, before it is stored.

Parents write comments like "mijn zoon heet Daan, bel me op 06-12345678". The
comment is useful; the name and number are not ours to keep. Anything that
looks like an e-mail address, an IBAN, a postcode or street address, a phone
number, a BSN or another long number is replaced by a placeholder, and so is a
name: after "heet", "ik ben", "groeten", "mijn dochter", "moeder van", "juf", or
a first name from the list in ``privacy_first_names.txt`` wherever it stands
with a capital. In those contexts a listed name counts in lower case too
("mijn dochter fatima").

``mask_personal_data`` is for every free-text field a member of the public or a
panel member fills in (feedback, panel comments, support contacts).
``looks_personal`` is stricter, for short texts without context such as search
queries, which are dropped rather than masked.
"""

import re
from functools import cache
from pathlib import Path

NAMES_FILE = Path(__file__).with_name("privacy_first_names.txt")

PARTICLES = r"(?:(?:van|de|der|den|ter|ten|het|in 't|'t|el|al)\s+)*"
CAPITALISED = r"[A-ZÀ-Ý][a-zà-ÿ'-]+"
# A surname (or more names) after a first name: "de Vries", "van der Berg", "Bakker".
MORE_NAMES = rf"(?:\s+{PARTICLES}{CAPITALISED})*"
RELATIVE = (
    r"(?i:mijn|onze|ons|m'n|zijn|haar|hun)\s+(?i:zoon|zoontje|dochter|dochtertje|kind|kindje|"
    r"pleegzoon|pleegdochter|pleegkind|kleinzoon|kleindochter|kleinkind|broer|broertje|zus|"
    r"zusje|zoon|man|vrouw|partner)"
)
PARENT_OF = r"(?i:moeder|vader|ouder|mama|papa|opa|oma|voogd|pleegmoeder|pleegvader)\s+van"
INTRODUCTION = (
    r"(?i:ik\s+ben|groeten|groetjes|groet|met\s+vriendelijke\s+groet(?:en)?|"
    r"vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|mvg|liefs|gr\.)"
)
TITLE = r"(?i:juf|juffrouw|meester|meneer|mevrouw|mevr\.|dhr\.|mw\.|dokter|dr\.)"
STREET = r"(?:straat|laan|weg|plein|singel|gracht|dijk|kade|hof|pad|steeg|dreef|markt|erf)"


@cache
def first_names() -> frozenset[str]:
    lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def masks() -> list[tuple[re.Pattern[str], str]]:
    """The patterns, in order: numbers and addresses first, then names by their context."""
    names = sorted(first_names(), key=len, reverse=True)
    listed = "|".join(re.escape(n) for n in names)
    listed_capitalised = "|".join(re.escape(n[0].upper() + n[1:]) for n in names)
    # After a context word a name has a capital, or is a listed name in any case.
    name = rf"(?:{CAPITALISED}|(?i:{listed})\b){MORE_NAMES}"
    return [
        (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[e-mailadres]"),
        (
            re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b", re.IGNORECASE),
            "[rekeningnummer]",
        ),
        (re.compile(r"\b\d{4}\s?[A-Z]{2}\b"), "[postcode]"),
        (re.compile(rf"\b[A-Z][a-zà-ÿ]*{STREET}\s+\d+\s?[a-zA-Z]?\b"), "[adres]"),
        # Phone numbers (06-12345678, 020 123 4567, +31 6 12345678), BSNs, birth dates.
        (re.compile(r"(?<!\w)(\+|00)?\d[\d\s().-]{7,}\d(?!\w)"), "[nummer]"),
        # "heet Daan", "genaamd sam de Vries": whatever follows is a name.
        (re.compile(rf"\b(heet|heten|genaamd|naam is)(\s+)[\w'-]+{MORE_NAMES}"), r"\1\2[naam]"),
        (re.compile(rf"\b({RELATIVE})(\s*,?\s*){name}"), r"\1\2[naam]"),
        (re.compile(rf"\b({PARENT_OF})(\s+){name}"), r"\1\2[naam]"),
        (re.compile(rf"\b({INTRODUCTION})(,?\s+){name}"), r"\1\2[naam]"),
        (re.compile(rf"\b({TITLE})(\s+){CAPITALISED}{MORE_NAMES}"), r"\1\2[naam]"),
        (re.compile(rf"\b(?:{listed_capitalised})\b{MORE_NAMES}"), "[naam]"),
    ]


CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def mask_personal_data(text: str) -> str:
    """``text`` with every name, number and address it mentions replaced by a placeholder.

    Control characters (a NUL byte, which PostgreSQL cannot store) go as well.
    """
    text = CONTROL_CHARACTERS.sub("", text)
    for pattern, replacement in masks():
        text = pattern.sub(replacement, text)
    return text


NUMBER_SEQUENCE = re.compile(r"\d{5,}|\d{3,}\D{1,2}\d{3,}")
TWO_CAPITALISED = re.compile(rf"\b{CAPITALISED}\s+{PARTICLES}{CAPITALISED}\b")


def looks_personal(text: str) -> bool:
    """Could this short text (a search query) name or identify someone?

    Without a sentence around it there is no context, so any listed first name in
    any case, a number sequence or two capitalised words ("Daan Vermeulen") counts.
    """
    if mask_personal_data(text) != text:
        return True
    words = re.findall(r"[\w'-]+", text.lower())
    if any(word in first_names() for word in words):
        return True
    return bool(NUMBER_SEQUENCE.search(text) or TWO_CAPITALISED.search(text))
