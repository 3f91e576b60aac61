"""Feedback themes: what parents' comments are about, by plain keyword lists."""

from search.text import fold

THEMES = [
    (
        "moeilijk",
        "Te moeilijk of te lang",
        ["moeilijk", "ingewikkeld", "snap", "begrijp", "lang", "vaag", "onduidelijk", "woorden"],
    ),
    (
        "contact",
        "Contact en bereikbaarheid",
        ["bel", "telefoon", "mail", "contact", "bereik", "antwoord", "wachten", "nummer"],
    ),
    (
        "klopt",
        "Klopt niet of is verouderd",
        ["klopt", "fout", "oud", "verouderd", "niet meer", "onjuist"],
    ),
    (
        "mist",
        "Informatie ontbreekt",
        ["mis", "ontbreek", "graag meer", "waar vind", "staat niet", "voorbeeld"],
    ),
    (
        "school",
        "Ervaring met school of SWV",
        ["school", "juf", "meester", "leraar", "directeur", "samenwerkingsverband"],
    ),
]
OTHER = ("overig", "Overig")


def theme_of(comment: str) -> tuple[str, str]:
    text = fold(comment)
    for code, label, words in THEMES:
        if any(word in text for word in words):
            return code, label
    return OTHER
