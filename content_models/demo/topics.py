"""The topic tree: (slug, title, description, parent slug, related slugs)."""

TOPICS = [
    (
        "passend-onderwijs",
        "Passend onderwijs",
        "Elk kind een goede plek op school, ook als het extra hulp nodig heeft.",
        None,
        [],
    ),
    (
        "samenwerkingsverband",
        "Samenwerkingsverband",
        "Wat het samenwerkingsverband doet en wanneer je ermee te maken krijgt.",
        "passend-onderwijs",
        ["ondersteuningsplan", "zorgplicht", "opp", "extra-ondersteuning", "opr"],
    ),
    (
        "ondersteuningsplan",
        "Ondersteuningsplan",
        "De afspraken van de scholen in je regio over hulp.",
        "samenwerkingsverband",
        ["opr", "extra-ondersteuning"],
    ),
    (
        "opr",
        "Ondersteuningsplanraad (OPR)",
        "Hoe ouders meepraten met het samenwerkingsverband.",
        "samenwerkingsverband",
        ["ondersteuningsplan"],
    ),
    (
        "zorgplicht",
        "Zorgplicht",
        "De school moet zoeken naar een passende plek voor je kind.",
        "passend-onderwijs",
        ["extra-ondersteuning", "samenwerkingsverband"],
    ),
    (
        "extra-ondersteuning",
        "Extra ondersteuning",
        "Meer hulp op school dan de basisondersteuning.",
        "passend-onderwijs",
        ["opp", "zorgplicht"],
    ),
    (
        "opp",
        "Ontwikkelingsperspectief (OPP)",
        "Het plan voor een leerling die extra hulp krijgt.",
        "extra-ondersteuning",
        ["extra-ondersteuning"],
    ),
    (
        "thuiszitten",
        "Thuiszitten",
        "Wat je kunt doen als je kind niet naar school gaat.",
        "passend-onderwijs",
        ["geschillen", "zorgplicht"],
    ),
    (
        "leerlingenvervoer",
        "Leerlingenvervoer",
        "Vervoer naar school als je kind niet zelf kan reizen.",
        "passend-onderwijs",
        [],
    ),
    (
        "geschillen",
        "Klachten en geschillen",
        "Wat je kunt doen als je het niet eens bent met de school.",
        "passend-onderwijs",
        ["zorgplicht", "thuiszitten"],
    ),
]
