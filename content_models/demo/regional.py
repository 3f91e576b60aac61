"""Regional content of the two example SWVs (marked as examples)."""

EXAMPLE_REGIONS = ("PO2001", "VO2708")


def regional_content(code: str, name: str, sector: str) -> dict:
    """The supplement, contacts and route steps of one example SWV."""
    school_kind = "de basisschool" if sector == "PO" else "de middelbare school"
    slug = code.lower()
    return {
        "organisations": [
            {
                "slug": f"{slug}-samenwerkingsverband",
                "name": name,
                "kind": "samenwerkingsverband",
                "helps_with": (
                    f"Het samenwerkingsverband van alle scholen voor {school_kind} in deze regio. "
                    "Hier kun je terecht als je er met de school niet uitkomt."
                ),
                "costs": "Gratis",
                "audiences": ["ouders"],
                "channels": [
                    ("email", f"info@{slug}.voorbeeld.example", "", ""),
                    ("web", f"https://{slug}.voorbeeld.example", "", ""),
                ],
            },
            {
                "slug": f"{slug}-steunpunt",
                "name": f"Ouder- en jeugdsteunpunt ({code}, voorbeeld)",
                "kind": "steunpunt",
                "helps_with": (
                    "Voor ouders en jongeren met vragen over passend onderwijs in deze regio. "
                    "We luisteren, leggen uit en zoeken samen met jou naar een oplossing."
                ),
                "costs": "Gratis",
                "audiences": ["ouders", "jongeren"],
                "channels": [
                    (
                        "email",
                        f"steunpunt@{slug}.voorbeeld.example",
                        "",
                        "We antwoorden binnen 2 werkdagen",
                    ),
                    (
                        "chat",
                        f"https://{slug}.voorbeeld.example/chat",
                        "Chat",
                        "Dinsdag en donderdag van 19.00 tot 21.00 uur",
                    ),
                ],
            },
        ],
        "supplement": {
            "slug": f"{slug}-samenwerkingsverband-in-de-regio",
            "title": f"Het samenwerkingsverband in jouw regio ({code})",
            "summary": "Wat het samenwerkingsverband in deze regio doet, en hoe je ons bereikt.",
            "audiences": ["ouders", "jongeren"],
            "topics": ["samenwerkingsverband"],
            "supplement_to": "wat-is-een-samenwerkingsverband",
            "body": [
                (
                    "paragraph",
                    f"In deze regio werken alle scholen voor {school_kind} samen. "
                    "Dit is een voorbeeld van een regionale aanvulling.",
                ),
                (
                    "steps",
                    [
                        (
                            "Bel of mail het steunpunt",
                            "Het ouder- en jeugdsteunpunt helpt je verder. Je hoeft je niet aan te melden.",
                        ),
                        (
                            "Een gesprek op school",
                            "Iemand van het samenwerkingsverband kan meekomen naar een gesprek op school.",
                        ),
                    ],
                ),
                ("contact_card", f"{slug}-steunpunt"),
                (
                    "paragraph",
                    "Het ondersteuningsplan van dit samenwerkingsverband staat op onze website.",
                ),
            ],
        },
        "route": {
            "slug": f"{slug}-waar-kan-je-terecht",
            "title": f"Waar kan je terecht? Aanvulling {code}",
            "supplement_to": "waar-kan-je-terecht",
            "audiences": ["ouders", "jongeren"],
            "topics": ["passend-onderwijs"],
            "steps": [
                (
                    1,
                    "Bel het ouder- en jeugdsteunpunt",
                    "Ook als je nog met de school praat, kun je het steunpunt om advies vragen.",
                    [f"{slug}-steunpunt"],
                ),
                (
                    2,
                    "Vraag een gesprek met het samenwerkingsverband",
                    "Mail het samenwerkingsverband. Vertel wat je al met de school hebt besproken.",
                    [f"{slug}-samenwerkingsverband"],
                ),
            ],
        },
    }
