"""The seed documents the demo is written from, cited in each text's ``sources``.

A fact in the demo (a phone number, an address, a cost, a deadline, a rule) is
only there because one of these documents says it; the text names that document,
and the web address the document gives for the fact, one source per line.
"""

SEED_TITLES = {
    "000": "Bijlage 7.2 - Informatie & ondersteuning voor ouders & professionals",
    "001": "Passend onderwijs: Waar kan je terecht? (Ouders & Onderwijs)",
    "002": "Samen bouwen aan ouder- en jeugdsteunpunten (ministerie van OCW)",
    "003": "Onderwijsconsulenten (website passend onderwijs, ministerie van OCW)",
    "004": "Samenwerkingsverband passend onderwijs (Kennisbank Ouders & Onderwijs)",
}


def cite(*seeds: str, urls: tuple[str, ...] = ()) -> str:
    """One line per seed; a web address the first seed gives goes on a line of its own."""
    first, *others = seeds
    lines = [f"{SEED_TITLES[first]}: {url}" for url in urls] or [SEED_TITLES[first]]
    return "\n".join([*lines, *(SEED_TITLES[seed] for seed in others)])
