"""Glossary terms: (slug, term, abbreviation, explanation, synonyms)."""

GLOSSARY = [
    (
        "toelaatbaarheidsverklaring",
        "toelaatbaarheidsverklaring",
        "TLV",
        "Een besluit van het samenwerkingsverband. Daarmee mag je kind naar het speciaal "
        "onderwijs of speciaal basisonderwijs. De school vraagt de TLV aan.",
        "toelating speciaal onderwijs, verklaring speciaal onderwijs",
    ),
    (
        "ontwikkelingsperspectiefplan",
        "ontwikkelingsperspectiefplan",
        "OPP",
        "Een plan van de school voor een leerling die extra hulp krijgt. "
        "Er staat in wat je kind kan leren en welke hulp het krijgt. "
        "De school bespreekt het plan met jou.",
        "ontwikkelingsperspectief, handelingsplan",
    ),
    (
        "schoolondersteuningsprofiel",
        "schoolondersteuningsprofiel",
        "SOP",
        "Een stuk van de school. Daarin staat welke hulp de school kan geven.",
        "ondersteuningsprofiel",
    ),
    (
        "ondersteuningsplanraad",
        "ondersteuningsplanraad",
        "OPR",
        "Een groep ouders, leerlingen en leraren. Zij praten mee over de plannen voor "
        "extra hulp op de scholen in de regio. Zonder hun ja gaan de plannen niet door.",
        "medezeggenschap samenwerkingsverband",
    ),
    (
        "zorgplicht",
        "zorgplicht",
        "",
        "Heeft een kind extra hulp nodig? Dan moet de school een goede plek zoeken. "
        "Op de eigen school of op een andere school.",
        "plicht om een plek te zoeken",
    ),
    (
        "basisondersteuning",
        "basisondersteuning",
        "",
        "De hulp die elke school in de regio minimaal geeft. Het samenwerkingsverband "
        "maakt daar afspraken over.",
        "basishulp",
    ),
    (
        "extra-ondersteuning",
        "extra ondersteuning",
        "",
        "Hulp op school die meer is dan de basisondersteuning. Bijvoorbeeld een "
        "begeleider in de klas of een aangepast programma.",
        "rugzakje, arrangement, extra hulp, leerlinggebonden financiering, lgf",
    ),
    (
        "arrangement",
        "arrangement",
        "",
        "Afspraken over extra hulp voor één leerling: wat, hoeveel en hoe lang. "
        "Vroeger heette dit vaak een rugzakje.",
        "rugzakje, ondersteuningsarrangement",
    ),
    (
        "thuiszitter",
        "thuiszitter",
        "",
        "Een kind dat moet leren, maar al meer dan 4 weken niet naar school gaat. "
        "Zonder toestemming of vrijstelling.",
        "thuiszitten, niet naar school, geen school",
    ),
    (
        "samenwerkingsverband",
        "samenwerkingsverband",
        "SWV",
        "Alle scholen in een regio werken samen in een samenwerkingsverband. "
        "Zij zorgen samen voor een passende plek voor elk kind.",
        "swv, samenwerkingsverband passend onderwijs",
    ),
    (
        "ondersteuningsplan",
        "ondersteuningsplan",
        "",
        "Het plan van het samenwerkingsverband. Daarin staat welke hulp scholen geven "
        "en hoe het geld wordt verdeeld.",
        "",
    ),
    (
        "speciaal-onderwijs",
        "speciaal onderwijs",
        "SO",
        "Scholen voor kinderen die veel extra hulp nodig hebben. "
        "Voor de middelbare school heet het voortgezet speciaal onderwijs (VSO).",
        "speciale school, cluster 3, cluster 4",
    ),
    (
        "speciaal-basisonderwijs",
        "speciaal basisonderwijs",
        "SBO",
        "Basisscholen met kleinere klassen en meer hulp dan een gewone basisschool.",
        "speciale basisschool",
    ),
    (
        "voortgezet-speciaal-onderwijs",
        "voortgezet speciaal onderwijs",
        "VSO",
        "Speciaal onderwijs voor jongeren van ongeveer 12 tot 20 jaar.",
        "speciale middelbare school",
    ),
    (
        "praktijkonderwijs",
        "praktijkonderwijs",
        "PrO",
        "Een middelbare school waar je vooral leert door te doen. Je bereidt je voor op werk.",
        "praktijkschool",
    ),
    (
        "leerplicht",
        "leerplicht",
        "",
        "Kinderen moeten naar school vanaf hun vijfde jaar. "
        "Dat duurt tot het eind van het schooljaar waarin ze 16 worden.",
        "schoolplicht",
    ),
    (
        "leerplichtambtenaar",
        "leerplichtambtenaar",
        "",
        "Iemand van de gemeente. Hij of zij let erop dat kinderen naar school gaan. "
        "En helpt als dat niet lukt.",
        "leerplichtconsulent",
    ),
    (
        "intern-begeleider",
        "intern begeleider",
        "IB'er",
        "Een leraar op de basisschool die de extra hulp voor leerlingen regelt.",
        "ib, ib-er, zorgcoördinator",
    ),
    (
        "onderwijsconsulent",
        "onderwijsconsulent",
        "",
        "Een onafhankelijke deskundige die gratis helpt als ouders en school het niet eens worden.",
        "consulent",
    ),
    (
        "geschillencommissie",
        "geschillencommissie",
        "",
        "Een groep onafhankelijke mensen die een ruzie tussen ouders en school beoordeelt. "
        "Ze geven een oordeel.",
        "klachtencommissie, geschil, klacht",
    ),
    (
        "medezeggenschapsraad",
        "medezeggenschapsraad",
        "MR",
        "Ouders, leerlingen en leraren die meepraten over de school.",
        "ouderraad",
    ),
    (
        "dekkend-aanbod",
        "dekkend aanbod",
        "",
        "Er is in de regio voor elk kind een passende plek. Dat is het doel van het "
        "samenwerkingsverband.",
        "",
    ),
    (
        "ouder-en-jeugdsteunpunt",
        "ouder- en jeugdsteunpunt",
        "",
        "Een plek in je regio voor vragen over passend onderwijs. Ouders en jongeren "
        "kunnen er terecht. Ze luisteren, geven uitleg en helpen je verder.",
        "steunpunt, ouderloket",
    ),
    (
        "leerlingenvervoer",
        "leerlingenvervoer",
        "",
        "Vervoer naar school dat de gemeente regelt, bijvoorbeeld een taxibusje. "
        "Dat kan als je kind niet zelf kan reizen.",
        "taxi naar school, schoolvervoer",
    ),
]
