"""Glossary terms: (slug, term, abbreviation, explanation, synonyms); their sources by slug.

Explanations say only what the seeds say; synonyms are what readers type (search),
not claims, so "rugzakje" finds extra ondersteuning without the text saying it.
"""

from .sources import cite

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
        "Er staat in wat je kind kan leren en welke hulp het krijgt.",
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
        "Een raad van het samenwerkingsverband waarin ouders meepraten over het "
        "ondersteuningsplan. Het plan gaat alleen door als de raad ermee instemt.",
        "medezeggenschap samenwerkingsverband",
    ),
    (
        "zorgplicht",
        "zorgplicht",
        "",
        "Een plicht van de school voor leerlingen die extra hulp nodig hebben. "
        "Vraag de school wat die plicht voor jouw kind betekent.",
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
        "Hulp op school die meer is dan de basisondersteuning. "
        "Het samenwerkingsverband beslist over die hulp.",
        "rugzakje, arrangement, extra hulp, leerlinggebonden financiering, lgf",
    ),
    (
        "arrangement",
        "arrangement",
        "",
        "Afspraken over extra hulp voor één leerling: wat, hoeveel en hoe lang.",
        "rugzakje, ondersteuningsarrangement",
    ),
    (
        "thuiszitter",
        "thuiszitter",
        "",
        "Een kind dat niet naar school gaat, omdat er geen plek is die past. "
        "Zit een kind langer dan 4 weken thuis? Dan kan een onderwijsconsulent helpen.",
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
        "Basisscholen voor kinderen die meer hulp nodig hebben dan een gewone basisschool "
        "kan geven.",
        "speciale basisschool",
    ),
    (
        "voortgezet-speciaal-onderwijs",
        "voortgezet speciaal onderwijs",
        "VSO",
        "Speciaal onderwijs na de basisschool.",
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
        "De regel dat kinderen naar school moeten gaan.",
        "schoolplicht",
    ),
    (
        "leerplichtambtenaar",
        "leerplichtambtenaar",
        "",
        "Iemand die erop let dat kinderen naar school gaan.",
        "leerplichtconsulent",
    ),
    (
        "intern-begeleider",
        "intern begeleider",
        "IB'er",
        "Iemand op school die meedenkt over extra hulp voor leerlingen.",
        "ib, ib-er, zorgcoördinator",
    ),
    (
        "onderwijsconsulent",
        "onderwijsconsulent",
        "",
        "Een deskundige die niet bij de school hoort. Hij of zij helpt als ouders en "
        "school het niet eens worden. Dat kost niets.",
        "consulent",
    ),
    (
        "geschillencommissie",
        "geschillencommissie",
        "",
        "Een onafhankelijke landelijke commissie. Zij kijkt naar onenigheid tussen ouders en "
        "school of samenwerkingsverband.",
        "klachtencommissie, geschil, klacht",
    ),
    (
        "medezeggenschapsraad",
        "medezeggenschapsraad",
        "MR",
        "Een raad op school die meepraat over de school. Ook leerlingen kunnen erin zitten.",
        "",
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
        "kunnen er terecht voor uitleg en hulp.",
        "steunpunt, ouderloket",
    ),
    (
        "leerlingenvervoer",
        "leerlingenvervoer",
        "",
        "Vervoer naar school dat de gemeente regelt. "
        "Dat kan als je kind niet zelf naar school kan reizen.",
        "taxi naar school, schoolvervoer",
    ),
]

GLOSSARY_SOURCES = {
    "toelaatbaarheidsverklaring": cite("000", "004"),
    "ontwikkelingsperspectiefplan": cite("004", "000"),
    "schoolondersteuningsprofiel": cite("004"),
    "ondersteuningsplanraad": cite("004"),
    "zorgplicht": cite("004"),
    "basisondersteuning": cite("004"),
    "extra-ondersteuning": cite("004"),
    "arrangement": cite("003"),
    "thuiszitter": cite("001", "003"),
    "samenwerkingsverband": cite("004"),
    "ondersteuningsplan": cite("004"),
    "speciaal-onderwijs": cite("004"),
    "speciaal-basisonderwijs": cite("004"),
    "voortgezet-speciaal-onderwijs": cite("004"),
    "praktijkonderwijs": cite("004"),
    "leerplicht": "",  # no seed: the word only, no ages or rules
    "leerplichtambtenaar": "",  # no seed: the word only
    "intern-begeleider": cite("002"),
    "onderwijsconsulent": cite("003", "000"),
    "geschillencommissie": cite("000"),
    "medezeggenschapsraad": cite("002"),
    "dekkend-aanbod": cite("004"),
    "ouder-en-jeugdsteunpunt": cite("002", "004"),
    "leerlingenvervoer": cite("000"),
}
