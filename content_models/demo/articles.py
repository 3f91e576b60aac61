"""National articles. Body blocks: (type, value), resolved by the loader.

Each text says only what its seeds say (``sources``); the texts for young people
(audience jongeren) speak to the young person, the others to the parent.
"""

from .sources import cite

ARTICLES = [
    {
        "slug": "wat-is-een-samenwerkingsverband",
        "title": "Wat is een samenwerkingsverband?",
        "summary": (
            "Alle scholen in je regio werken samen in een samenwerkingsverband. "
            "Zo zorgen ze dat elk kind een goede plek op school krijgt."
        ),
        "audiences": ["ouders"],
        "topics": ["samenwerkingsverband", "passend-onderwijs"],
        "sources": cite("004", "000"),
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
                "Alle scholen moeten meedoen. Alleen de scholen van cluster 1 en 2 doen niet mee.",
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
                "Dat heet basisondersteuning. Je vindt het plan meestal op de website van het "
                "samenwerkingsverband.",
            ),
            ("heading", "Jij mag meepraten"),
            (
                "paragraph",
                "Ouders praten mee in de ondersteuningsplanraad (OPR). "
                "Het ondersteuningsplan gaat alleen door als de OPR ermee instemt.",
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
            "Heeft je kind extra hulp nodig op school? Dan geldt de zorgplicht. "
            "Lees wat je dan kunt doen."
        ),
        "audiences": ["ouders"],
        "topics": ["zorgplicht"],
        "sources": cite("004", "003"),
        "body": [
            (
                "paragraph",
                "Heeft je kind extra hulp nodig op school? Dan geldt voor de school de zorgplicht. "
                "Vraag de school wat dat voor jouw kind betekent.",
            ),
            ("glossary_term", "zorgplicht"),
            ("heading", "Wat kun je doen?"),
            (
                "steps",
                [
                    (
                        "Lees het schoolondersteuningsprofiel",
                        "Daarin staat hoe de school de hulp aan leerlingen regelt.",
                    ),
                    (
                        "Praat met de school",
                        "Vertel wat je kind nodig heeft. Vraag welke hulp de school kan geven.",
                    ),
                    (
                        "Kom je er niet uit?",
                        "Neem contact op met het samenwerkingsverband. Lukt het dan nog niet? "
                        "Een onderwijsconsulent helpt bij onenigheid over een plek op school.",
                    ),
                ],
            ),
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
        "sources": cite("004", "000"),
        "body": [
            (
                "paragraph",
                "Elke school geeft basisondersteuning. Heeft je kind meer nodig? "
                "Dan kan de school extra hulp van het samenwerkingsverband inzetten.",
            ),
            ("heading", "Afspraken of een OPP"),
            (
                "paragraph",
                "Krijgt je kind extra hulp? Dan maakt de school afspraken met jou. "
                "Of de school maakt een ontwikkelingsperspectiefplan (OPP). "
                "Ben je het niet eens met het OPP? Vraag dan het samenwerkingsverband hoe je "
                "bezwaar maakt.",
            ),
            ("heading", "De TLV aanvragen"),
            (
                "paragraph",
                "Gaat je kind naar het speciaal onderwijs? Dan is een toelaatbaarheidsverklaring "
                "(TLV) nodig. De school vraagt de TLV aan bij het samenwerkingsverband. "
                "Jij hoeft dat niet zelf te doen. Het samenwerkingsverband beslist.",
            ),
            ("glossary_term", "toelaatbaarheidsverklaring"),
            (
                "tip",
                (
                    "Ben je het niet eens met de TLV?",
                    "Vraag het samenwerkingsverband hoe je bezwaar maakt. "
                    "Er is ook een landelijke geschillencommissie.",
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
        "audiences": ["ouders"],
        "topics": ["thuiszitten"],
        "sources": cite("001", "003"),
        "body": [
            (
                "paragraph",
                "Soms kan een kind niet naar school. Bijvoorbeeld omdat er geen school is die past. "
                "Zo'n kind heet ook wel een thuiszitter. Wacht dan niet te lang met hulp vragen.",
            ),
            ("heading", "Wat kun je doen?"),
            (
                "steps",
                [
                    ("Praat met de school", "Vraag wat de school gaat doen. Spreek een datum af."),
                    (
                        "Neem contact op met het samenwerkingsverband",
                        "Na de school is het samenwerkingsverband de volgende plek voor je vraag.",
                    ),
                    (
                        "Schakel een onderwijsconsulent in",
                        "Zit je kind langer dan 4 weken thuis zonder goede plek? "
                        "Dan helpt een onderwijsconsulent. Dat kost je niets.",
                    ),
                ],
            ),
            ("glossary_term", "thuiszitter"),
            ("contact_card", "onderwijsconsulenten"),
            (
                "paragraph",
                "Vraag ook aan de deskundige die je helpt of hij of zij bij de LANSbrekers hoort. "
                "Die groep helpt kinderen die thuis zitten weer naar school.",
            ),
            ("experience_quote", "na-drie-maanden-weer-naar-school"),
        ],
    },
    {
        "slug": "klacht-over-school",
        "title": "Je bent het niet eens met de school",
        "summary": (
            "Kom je er met de school niet uit? Lees welke stappen je kunt zetten, "
            "en wie je daarbij helpt."
        ),
        "audiences": ["ouders"],
        "topics": ["geschillen"],
        "sources": cite("000", "001", "002", "003"),
        "body": [
            (
                "paragraph",
                "Soms ben je het niet eens met de school. Bijvoorbeeld over de hulp voor je kind, "
                "het OPP of een schorsing. Praat er eerst over met de leraar of de directie.",
            ),
            ("heading", "Een klacht of een geschil"),
            (
                "paragraph",
                "Lukt het niet samen? Dan kun je een klacht indienen. De school en het "
                "schoolbestuur behandelen klachten. Het ouder- en jeugdsteunpunt legt je uit "
                "welke stappen je kunt zetten.",
            ),
            (
                "paragraph",
                "Gaat het over de hulp, het OPP, een schorsing of een verwijdering? Vraag dan het "
                "samenwerkingsverband hoe je bezwaar maakt. Er is ook een onafhankelijke "
                "landelijke geschillencommissie. Tot slot kun je naar de rechter.",
            ),
            ("glossary_term", "geschillencommissie"),
            (
                "tip",
                (
                    "Hulp nodig?",
                    "Een onderwijsconsulent helpt als je het niet eens bent over een plek, "
                    "een verwijdering of de hulp. Dat kost je niets.",
                ),
            ),
            ("contact_card", "onderwijsconsulenten"),
        ],
    },
    {
        "slug": "schorsing-en-verwijdering",
        "title": "De school schorst je kind of stuurt het weg",
        "summary": (
            "Mag je kind een tijd niet naar school, of wil de school je kind wegsturen? "
            "Lees wat je kunt doen."
        ),
        "audiences": ["ouders"],
        "topics": ["schorsing-en-verwijdering", "geschillen"],
        "sources": cite("000", "003", "001"),
        "body": [
            (
                "paragraph",
                "Bij een schorsing mag je kind een tijd niet naar school. Bij een verwijdering "
                "wil de school dat je kind van school gaat. Ben je het daar niet mee eens? "
                "Dan kun je hulp vragen.",
            ),
            ("heading", "Wat kun je doen?"),
            (
                "steps",
                [
                    (
                        "Praat met de school",
                        "Vraag waarom de school dit besluit neemt. Vraag wat er nodig is om het "
                        "weer goed te maken.",
                    ),
                    (
                        "Vraag een onderwijsconsulent",
                        "Een onderwijsconsulent helpt ouders en scholen bij onenigheid over een "
                        "schorsing of een verwijdering. Dat kost je niets.",
                    ),
                    (
                        "Maak bezwaar",
                        "Vraag het samenwerkingsverband hoe je bezwaar maakt. Er is ook een "
                        "landelijke geschillencommissie. Tot slot kun je naar de rechter.",
                    ),
                ],
            ),
            ("contact_card", "onderwijsconsulenten"),
            (
                "tip",
                (
                    "Je hoeft het niet alleen te doen",
                    "Je kunt altijd Ouders & Onderwijs bellen voor advies.",
                ),
            ),
            ("contact_card", "ouders-en-onderwijs"),
        ],
    },
    {
        "slug": "bezwaar-bij-het-samenwerkingsverband",
        "title": "Bezwaar maken bij het samenwerkingsverband",
        "summary": (
            "Ben je het niet eens met een besluit over de TLV van je kind? "
            "Dan kun je bezwaar maken bij het samenwerkingsverband."
        ),
        "audiences": ["ouders"],
        "topics": ["geschillen", "samenwerkingsverband"],
        "sources": cite("000", "004"),
        "body": [
            (
                "paragraph",
                "Het samenwerkingsverband beslist over de toelaatbaarheidsverklaring (TLV) van "
                "je kind. Ben je het niet eens met dat besluit? Dan kun je bezwaar maken.",
            ),
            ("glossary_term", "toelaatbaarheidsverklaring"),
            ("heading", "Zo gaat het"),
            (
                "steps",
                [
                    (
                        "Vraag hoe het werkt",
                        "Vraag het samenwerkingsverband hoe je bezwaar maakt. "
                        "Kijk ook op de website.",
                    ),
                    (
                        "Maak bezwaar",
                        "Schrijf op waarom je het niet eens bent met het besluit.",
                    ),
                    (
                        "Naar de geschillencommissie",
                        "Kom je er dan nog niet uit? Dan kun je naar een landelijke "
                        "geschillencommissie. Die is onafhankelijk. Tot slot kun je naar de rechter.",
                    ),
                ],
            ),
            (
                "tip",
                (
                    "Ook voor een geschil met de school",
                    "Ben je het niet eens met de school over de hulp, het OPP of een schorsing? "
                    "Vraag het samenwerkingsverband dan ook hoe je bezwaar maakt.",
                ),
            ),
        ],
    },
    {
        "slug": "leerlingenvervoer",
        "title": "Vervoer naar school",
        "summary": (
            "Kan je kind niet zelf naar school reizen? Soms regelt de gemeente het vervoer. "
            "Lees hoe dat werkt."
        ),
        "audiences": ["ouders"],
        "topics": ["leerlingenvervoer"],
        "sources": cite("000", urls=("https://vng.nl/rubrieken/onderwerpen/leerlingenvervoer",)),
        "body": [
            (
                "paragraph",
                "Soms kan je kind gebruikmaken van leerlingenvervoer. De gemeente regelt dat. "
                "De gemeenteraad maakt er regels voor. Die kunnen per gemeente verschillen.",
            ),
            ("glossary_term", "leerlingenvervoer"),
            ("heading", "Wat moet je weten?"),
            (
                "steps",
                [
                    (
                        "Jij doet zelf ook iets",
                        "De regels gaan ervan uit dat ouders zelf ook helpen, voor zover dat "
                        "redelijk is.",
                    ),
                    (
                        "Voor de middelbare school",
                        "Gaat je kind naar het voortgezet (speciaal) onderwijs? Dan is er alleen "
                        "vervoer als je kind door een beperking niet zelf met de bus of trein kan "
                        "reizen.",
                    ),
                    (
                        "Vraag het aan bij je gemeente",
                        "Op de website van je gemeente lees je hoe je het vervoer aanvraagt.",
                    ),
                ],
            ),
            ("contact_card", "vng-leerlingenvervoer"),
        ],
    },
    {
        "slug": "ziek-en-toch-naar-school",
        "title": "Je kind is ziek: toch blijven leren",
        "summary": (
            "Is je kind lang of vaak ziek? Dan kan een consulent helpen, zodat je kind "
            "toch kan blijven leren."
        ),
        "audiences": ["ouders"],
        "topics": ["ziek-en-school"],
        "sources": cite("000", urls=("http://ziezon.nl/",)),
        "body": [
            (
                "paragraph",
                "Ook een kind met een langdurige of ernstige ziekte moet kunnen leren. "
                "En het is belangrijk dat het contact houdt met de klas en de leraren.",
            ),
            ("heading", "Hulp van een consulent"),
            (
                "paragraph",
                "Er zijn consulenten voor zieke leerlingen. Ze helpen ouders, de leerling en de "
                "school. Bijvoorbeeld met lessen aan huis als je kind geen les kan krijgen van de "
                "eigen leraar. Ouders en school kunnen de consulent gratis inschakelen.",
            ),
            ("contact_card", "ziezon"),
            (
                "tip",
                (
                    "Heeft je kind een hulpmiddel nodig?",
                    "Een hulpmiddel voor in de klas, zoals een aangepaste stoel, vraag je aan bij "
                    "het UWV.",
                ),
            ),
            ("contact_card", "uwv-onderwijsvoorzieningen"),
        ],
    },
    {
        "slug": "privacy-en-toestemming",
        "title": "Wie mag gegevens over je kind delen?",
        "summary": (
            "Scholen werken samen en delen kennis. Maar gegevens over je kind delen ze "
            "meestal alleen als jij dat goed vindt."
        ),
        "audiences": ["ouders"],
        "topics": ["privacy", "samenwerkingsverband"],
        "sources": cite("004"),
        "body": [
            (
                "paragraph",
                "De scholen in het samenwerkingsverband leren van elkaar. Zo kunnen ze een "
                "leerling op de eigen school beter helpen.",
            ),
            ("heading", "Jij geeft toestemming"),
            (
                "paragraph",
                "Persoonlijke gegevens over je kind mogen meestal alleen gedeeld worden als jij "
                "daar toestemming voor geeft. Vraag de school altijd wat ze willen delen, met wie "
                "en waarom.",
            ),
            (
                "tip",
                (
                    "Twijfel je?",
                    "Vraag om uitleg voordat je ja zegt.",
                ),
            ),
        ],
    },
    {
        "slug": "wat-staat-er-in-het-ondersteuningsplan",
        "title": "Wat staat er in het ondersteuningsplan?",
        "summary": (
            "Het samenwerkingsverband schrijft zijn afspraken op in een ondersteuningsplan. "
            "Lees wat er in elk geval in staat."
        ),
        "audiences": ["ouders"],
        "topics": ["ondersteuningsplan", "opr"],
        "sources": cite("004"),
        "body": [
            (
                "paragraph",
                "Het geld voor passend onderwijs gaat naar het samenwerkingsverband. "
                "De scholen maken samen afspraken over hulp. Die schrijven ze op in het "
                "ondersteuningsplan.",
            ),
            ("glossary_term", "ondersteuningsplan"),
            ("heading", "Dit staat er in elk geval in"),
            (
                "steps",
                [
                    ("De basisondersteuning", "Welke hulp elke school in de regio minimaal geeft."),
                    (
                        "Speciaal onderwijs",
                        "Hoe een kind naar het speciaal (basis)onderwijs gaat, en terug "
                        "naar een gewone school.",
                    ),
                    ("Het geld", "Hoe het geld voor extra hulp wordt verdeeld."),
                    (
                        "Een plek voor elk kind",
                        "Hoe de scholen samen zorgen voor een plek voor alle leerlingen.",
                    ),
                    (
                        "De resultaten",
                        "Wat leerlingen met extra hulp leren.",
                    ),
                    ("Informatie voor ouders", "Hoe het samenwerkingsverband ouders informeert."),
                ],
            ),
            (
                "paragraph",
                "Je vindt het plan meestal op de website van het samenwerkingsverband. "
                "Ouders in de ondersteuningsplanraad (OPR) praten mee over het plan.",
            ),
        ],
    },
    {
        "slug": "steunpunt-ook-voor-jou",
        "title": "Vragen over school? Het steunpunt is er ook voor jou",
        "summary": (
            "Heb jij extra hulp nodig op school? Of loop je vast? "
            "Dan kun je zelf naar het steunpunt gaan."
        ),
        "audiences": ["jongeren"],
        "topics": ["samenwerkingsverband"],
        "sources": cite("002", "004"),
        "body": [
            (
                "paragraph",
                "Elk samenwerkingsverband krijgt een ouder- en jeugdsteunpunt. "
                "Dat is er voor ouders. Maar ook voor jou.",
            ),
            ("heading", "Wat kan het steunpunt voor jou doen?"),
            (
                "steps",
                [
                    ("Uitleg", "Je krijgt uitleg over passend onderwijs in jouw regio."),
                    ("Je rechten", "Je hoort wat jouw rechten zijn. En wat de school moet doen."),
                    ("Hulp", "Ze helpen je met je vragen. Samen zoek je wat past."),
                ],
            ),
            (
                "tip",
                (
                    "Jouw ervaring telt",
                    "Het steunpunt vertelt het samenwerkingsverband wat jongeren meemaken. "
                    "Zo kan het beter worden.",
                ),
            ),
        ],
    },
    {
        "slug": "zit-jij-thuis",
        "title": "Zit jij thuis en ga je niet naar school?",
        "summary": "Zit je thuis, omdat er geen school is die past? Lees wie je kan helpen.",
        "audiences": ["jongeren"],
        "topics": ["thuiszitten"],
        "sources": cite("001", "003"),
        "body": [
            (
                "paragraph",
                "Soms is er geen school die bij je past. Dan zit je thuis. Je hoeft dit niet "
                "alleen op te lossen.",
            ),
            ("heading", "Wie kan helpen?"),
            (
                "steps",
                [
                    ("Je ouders en de school", "Zij praten samen over een plek voor jou."),
                    (
                        "Een onderwijsconsulent",
                        "Zit je langer dan 4 weken thuis? Dan kan een onderwijsconsulent helpen. "
                        "Die komt vaak bij je thuis.",
                    ),
                    (
                        "Een plan",
                        "Samen met jou en je ouders maakt de consulent een plan. "
                        "Zo kun je weer naar school.",
                    ),
                ],
            ),
            (
                "tip",
                (
                    "Jij hebt rechten",
                    "Elk kind heeft recht op goed onderwijs. Dat staat in het Kinderrechtenverdrag.",
                ),
            ),
            ("contact_card", "kinderombudsman"),
        ],
    },
    {
        "slug": "ben-jij-ziek",
        "title": "Ben jij lang ziek? Je kunt toch blijven leren",
        "summary": "Ben je lang of vaak ziek? Je kunt toch blijven leren. Een consulent helpt.",
        "audiences": ["jongeren"],
        "topics": ["ziek-en-school"],
        "sources": cite("000"),
        "body": [
            (
                "paragraph",
                "Ben je lang ziek? Dan wil je toch blijven leren. "
                "En je wilt contact houden met je klas.",
            ),
            ("heading", "Een consulent helpt"),
            (
                "paragraph",
                "Er zijn consulenten voor zieke leerlingen. Zij helpen jou, je ouders en je school. "
                "Soms krijg je dan les thuis. Dat kost niets.",
            ),
            ("contact_card", "ziezon"),
        ],
    },
]

QUESTIONS = [
    (
        "wie-vraagt-de-tlv-aan",
        "Wie vraagt de TLV aan?",
        "De school vraagt de toelaatbaarheidsverklaring aan bij het samenwerkingsverband. "
        "Jij hoeft dat niet zelf te doen. Het samenwerkingsverband beslist.",
        ["extra-ondersteuning"],
        cite("004"),
    ),
    (
        "wat-kost-een-onderwijsconsulent",
        "Wat kost een onderwijsconsulent?",
        "Niets. Ouders en scholen kunnen een onderwijsconsulent kosteloos inschakelen.",
        ["geschillen", "thuiszitten"],
        cite("003", "000"),
    ),
    (
        "niet-eens-met-het-opp",
        "Wat kan ik doen als ik het niet eens ben met het OPP?",
        "Praat eerst met de school. Kom je er niet uit? Vraag dan het samenwerkingsverband "
        "hoe je bezwaar maakt.",
        ["opp"],
        cite("000"),
    ),
    (
        "waar-staat-het-ondersteuningsplan",
        "Waar vind ik het ondersteuningsplan?",
        "Meestal op de website van het samenwerkingsverband.",
        ["ondersteuningsplan"],
        cite("004"),
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
        "sources": cite("001"),  # what an onderwijsconsulent does: a visit at home, a plan
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
