"""National articles. Body blocks: (type, value), resolved by the loader."""

ARTICLES = [
    {
        "slug": "wat-is-een-samenwerkingsverband",
        "title": "Wat is een samenwerkingsverband?",
        "summary": (
            "Alle scholen in je regio werken samen in een samenwerkingsverband. "
            "Zo zorgen ze dat elk kind een goede plek op school krijgt."
        ),
        "audiences": ["ouders", "jongeren"],
        "topics": ["samenwerkingsverband", "passend-onderwijs"],
        "sources": "Kennisbank Ouders & Onderwijs: Samenwerkingsverband passend onderwijs",
        "body": [
            (
                "paragraph",
                "Heeft je kind extra hulp nodig op school? Dan krijg je vaak te maken met het "
                "samenwerkingsverband. Hier lees je wat dat is en wat het voor jou doet.",
            ),
            ("heading", "Twee samenwerkingsverbanden in elke regio"),
            (
                "paragraph",
                "Elke regio heeft er twee. Eén voor de basisschool en één voor de middelbare school. "
                "Bijna alle scholen doen mee. Ook de scholen voor speciaal onderwijs.",
            ),
            ("glossary_term", "samenwerkingsverband"),
            ("heading", "Wat doet het samenwerkingsverband?"),
            (
                "steps",
                [
                    (
                        "Het verdeelt de extra hulp",
                        "Het samenwerkingsverband beslist welke extra hulp een school kan inzetten.",
                    ),
                    (
                        "Het beslist over speciaal onderwijs",
                        "Moet je kind naar het speciaal onderwijs? Dan vraagt de school een "
                        "toelaatbaarheidsverklaring (TLV) aan. Het samenwerkingsverband beslist.",
                    ),
                    (
                        "Het laat scholen samenwerken",
                        "Scholen weten zo wat andere scholen kunnen. Ze leren van elkaar.",
                    ),
                ],
            ),
            ("heading", "Het ondersteuningsplan"),
            (
                "paragraph",
                "De scholen maken samen afspraken over hulp. Die staan in het ondersteuningsplan. "
                "Daarin staat bijvoorbeeld welke hulp elke school minimaal geeft. "
                "Dat heet basisondersteuning. Je vindt het plan op de website van het "
                "samenwerkingsverband.",
            ),
            ("heading", "Jij mag meepraten"),
            (
                "paragraph",
                "Ouders en leerlingen praten mee in de ondersteuningsplanraad (OPR). "
                "De OPR moet het ondersteuningsplan goedkeuren.",
            ),
            (
                "tip",
                (
                    "Tip",
                    "Ga eerst naar de school van je kind. Kom je er samen niet uit? "
                    "Neem dan contact op met het samenwerkingsverband. Het heeft een ouder- "
                    "en jeugdsteunpunt waar je terecht kunt.",
                ),
            ),
            ("contact_card", "ouders-en-onderwijs"),
        ],
    },
    {
        "slug": "zorgplicht",
        "title": "Wat is zorgplicht?",
        "summary": (
            "Heeft je kind extra hulp nodig? Dan moet de school zoeken naar een plek "
            "die bij je kind past."
        ),
        "audiences": ["ouders"],
        "topics": ["zorgplicht"],
        "body": [
            (
                "paragraph",
                "Je meldt je kind aan bij een school. Je vertelt dat je kind extra hulp nodig heeft. "
                "Vanaf dan heeft de school zorgplicht.",
            ),
            ("heading", "Wat moet de school doen?"),
            (
                "steps",
                [
                    (
                        "De school onderzoekt wat je kind nodig heeft",
                        "De school praat met jou. Ze kijkt ook naar verslagen van vorige scholen.",
                    ),
                    (
                        "De school kijkt of ze die hulp kan geven",
                        "Dat staat in het schoolondersteuningsprofiel (SOP) van de school.",
                    ),
                    (
                        "Lukt het niet? Dan zoekt de school een andere school",
                        "De school zoekt samen met jou een school die wel past.",
                    ),
                ],
            ),
            (
                "paragraph",
                "De school heeft hier 6 weken voor. Soms mag de school er 4 weken langer over doen.",
            ),
            ("glossary_term", "zorgplicht"),
            ("contact_card", "onderwijsconsulenten"),
        ],
    },
    {
        "slug": "extra-ondersteuning-en-tlv",
        "title": "Extra hulp op school en de TLV",
        "summary": (
            "Soms is de gewone hulp op school niet genoeg. Lees hoe je kind extra hulp krijgt, "
            "en wanneer een TLV nodig is."
        ),
        "audiences": ["ouders"],
        "topics": ["extra-ondersteuning", "opp"],
        "body": [
            (
                "paragraph",
                "Elke school geeft basisondersteuning. Heeft je kind meer nodig? "
                "Dan kan de school extra ondersteuning regelen. Vroeger heette dat een rugzakje.",
            ),
            ("heading", "Het OPP"),
            (
                "paragraph",
                "Krijgt je kind extra hulp? Dan maakt de school een ontwikkelingsperspectiefplan (OPP). "
                "Daarin staat wat je kind kan leren en welke hulp het krijgt. "
                "De school moet het plan met jou bespreken. Jij moet het eens zijn met de hulp.",
            ),
            ("heading", "De TLV aanvragen"),
            (
                "paragraph",
                "Moet je kind naar het speciaal onderwijs of het speciaal basisonderwijs? "
                "Dan is een toelaatbaarheidsverklaring (TLV) nodig. "
                "De school vraagt de TLV aan bij het samenwerkingsverband. Jij hoeft dat niet zelf te doen.",
            ),
            ("glossary_term", "toelaatbaarheidsverklaring"),
            (
                "tip",
                (
                    "Ben je het niet eens met de TLV?",
                    "Je kunt bezwaar maken bij het samenwerkingsverband. "
                    "Daarna kun je naar de geschillencommissie.",
                ),
            ),
        ],
    },
    {
        "slug": "mijn-kind-zit-thuis",
        "title": "Mijn kind gaat niet naar school",
        "summary": (
            "Zit je kind thuis, omdat er geen passende plek is? Wacht niet te lang. "
            "Hier lees je wie je kan helpen."
        ),
        "audiences": ["ouders", "jongeren"],
        "topics": ["thuiszitten"],
        "body": [
            (
                "paragraph",
                "Soms kan een kind niet naar school. Bijvoorbeeld omdat de school de hulp niet kan geven. "
                "Of omdat er geen plek is. Zit je kind langer dan 4 weken thuis? "
                "Dan heet je kind een thuiszitter.",
            ),
            ("heading", "Wat kun je doen?"),
            (
                "steps",
                [
                    ("Praat met de school", "Vraag wat de school gaat doen. Spreek een datum af."),
                    (
                        "Bel het samenwerkingsverband",
                        "Het samenwerkingsverband moet helpen om een plek te vinden.",
                    ),
                    (
                        "Schakel een onderwijsconsulent in",
                        "Komt er geen oplossing? Een onderwijsconsulent helpt je gratis.",
                    ),
                ],
            ),
            ("contact_card", "onderwijsconsulenten"),
            (
                "paragraph",
                "De leerplichtambtenaar van je gemeente weet ook dat je kind thuis zit. "
                "Hij of zij denkt mee over een oplossing.",
            ),
            ("experience_quote", "na-drie-maanden-weer-naar-school"),
        ],
    },
    {
        "slug": "klacht-over-school",
        "title": "Je bent het niet eens met de school",
        "summary": (
            "Kom je er met de school niet uit? Je kunt een klacht indienen of naar de "
            "geschillencommissie gaan."
        ),
        "audiences": ["ouders"],
        "topics": ["geschillen"],
        "body": [
            (
                "paragraph",
                "Soms ben je het niet eens met de school. Bijvoorbeeld over de hulp voor je kind, "
                "het OPP of een schorsing. Praat er eerst over met de leraar en de directeur.",
            ),
            ("heading", "Een klacht of een geschil"),
            (
                "paragraph",
                "Lukt het niet samen? Dan kun je een klacht indienen bij de school. "
                "Gaat het over de TLV, het OPP, extra hulp of verwijdering? "
                "Dan kun je naar de geschillencommissie.",
            ),
            ("glossary_term", "geschillencommissie"),
            ("contact_card", "onderwijsgeschillen"),
            ("tip", ("Hulp nodig?", "Een onderwijsconsulent kan eerst bemiddelen. Dat is gratis.")),
        ],
    },
]

QUESTIONS = [
    (
        "wie-vraagt-de-tlv-aan",
        "Wie vraagt de TLV aan?",
        "De school vraagt de toelaatbaarheidsverklaring aan bij het samenwerkingsverband. "
        "Jij hoeft dat niet zelf te doen. De school bespreekt het wel met jou.",
        ["extra-ondersteuning"],
    ),
    (
        "bestaat-het-rugzakje-nog",
        "Bestaat het rugzakje nog?",
        "Nee. Sinds 2014 bestaat het rugzakje niet meer. Nu regelt de school extra "
        "ondersteuning samen met het samenwerkingsverband.",
        ["extra-ondersteuning"],
    ),
    (
        "wat-kost-een-onderwijsconsulent",
        "Wat kost een onderwijsconsulent?",
        "Niets. De hulp van een onderwijsconsulent is gratis voor ouders en scholen.",
        ["geschillen", "thuiszitten"],
    ),
    (
        "hoe-lang-duurt-de-zorgplicht",
        "Hoe lang heeft de school om een plek te vinden?",
        "De school heeft 6 weken na je aanmelding. Soms mag de school er 4 weken langer over doen.",
        ["zorgplicht"],
    ),
    (
        "mag-ik-het-opp-lezen",
        "Mag ik het OPP van mijn kind lezen?",
        "Ja. De school moet het OPP met jou bespreken. Jij moet het eens zijn met de hulp die "
        "erin staat.",
        ["opp"],
    ),
]

STORIES = [
    {
        "slug": "na-drie-maanden-weer-naar-school",
        "title": "Na drie maanden weer naar school",
        "teller": "Moeder van een zoon van 11",
        "text": (
            "Mijn zoon zat drie maanden thuis. Niemand wist wat we moesten doen. "
            "Een onderwijsconsulent kwam bij ons thuis. Zij maakte een plan met ons en de school. "
            "Nu gaat hij weer elke ochtend naar school."
        ),
        "audiences": ["ouders"],
        "topics": ["thuiszitten"],
    },
    {
        "slug": "ik-mocht-meepraten-over-mijn-plan",
        "title": "Ik mocht meepraten over mijn plan",
        "teller": "Leerling van 15 jaar",
        "text": (
            "Op school hadden ze een plan voor mij gemaakt. Ik snapte er niets van. "
            "Toen mocht ik bij het gesprek zijn. Ik zei wat ik moeilijk vind. "
            "Nu staat dat ook in mijn plan."
        ),
        "audiences": ["jongeren"],
        "topics": ["opp"],
    },
]
