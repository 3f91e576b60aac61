"""Personal data out of free text, before it is stored.

Parents write comments like "mijn zoon heet Daan, bel me op 06-12345678". The
comment is useful; the name and number are not ours to keep. Anything that
looks like an e-mail address, a phone number, a BSN or another long number,
or a name after "heet"/"genaamd" is replaced by a placeholder.
"""

import re

PARTICLES = r"(?:(?:van|de|der|den|ter|ten|het|in 't)\s+)*"
CAPITALISED = r"[A-ZÀ-Ý][\w'-]+"
FAMILY = r"(?i:mijn|onze|m'n) (?i:zoon|dochter|kind|broer|zus|pleegzoon|pleegdochter)"

MASKS = [
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[e-mailadres]"),
    # Phone numbers (06-12345678, 020 123 4567, +31 6 12345678) and BSN-like numbers.
    (re.compile(r"(?<!\w)(\+|00)?\d[\d\s().-]{7,}\d(?!\w)"), "[nummer]"),
    # "heet Daan", "genaamd sam de Vries": whatever follows is a name.
    (
        re.compile(rf"\b(heet|heten|genaamd|naam is)(\s+)[\w'-]+(?:\s+{PARTICLES}{CAPITALISED})*"),
        r"\1\2[naam]",
    ),
    # "onze dochter Lisa van der Berg": a capitalised name right after the relation.
    (
        re.compile(rf"\b({FAMILY})(\s*,?\s*){CAPITALISED}(?:\s+{PARTICLES}{CAPITALISED})*"),
        r"\1\2[naam]",
    ),
]


def mask_personal_data(text: str) -> str:
    for pattern, replacement in MASKS:
        text = pattern.sub(replacement, text)
    return text
