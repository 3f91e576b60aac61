"""Regional content of the two example SWVs (marked as examples).

The SWV's contact card is its DUO record (phone where DUO has one, e-mail,
website, address), so the demo shows no contact fact that no source gives. The
example SWVs lie in the city of Groningen; seed 000 is a Groningen SWV's list and
places the municipality's leerlingenvervoer page, OZL Noord and Cedin there.
"""

from ..models import Region
from .sources import cite

EXAMPLE_REGIONS = ("PO2001", "VO2708")

GRONINGEN_LEERLINGENVERVOER = "https://gemeente.groningen.nl/leerlingenvervoer-aanvragen"


def region_channels(region: Region) -> list[tuple[str, str, str, str]]:
    """The SWV's own contact channels as DUO lists them."""
    channels = [("phone", region.phone, "", ""), ("email", region.email, "", "")]
    channels.append(("web", region.website, "", ""))
    return [channel for channel in channels if channel[1]]


def region_address(region: Region) -> str:
    place = " ".join(part for part in (region.postcode, region.city) if part)
    return ", ".join(part for part in (region.address, place) if part)


def region_source(region: Region) -> str:
    return f"DUO, adressen samenwerkingsverbanden passend onderwijs: {region.code}"


def seed_000_organisations(slug: str) -> list[dict]:
    """The regional organisations of seed 000, for one example SWV."""
    return [
        {
            "slug": f"{slug}-ozl-noord",
            "name": "OZL Noord",
            "kind": "zorg",
            "helps_with": (
                "Consulenten voor zieke leerlingen in het noorden van het land. "
                "Ouders en school kunnen hen vragen om mee te denken. "
                "Zo kan een zieke leerling blijven leren."
            ),
            "costs": "Gratis",
            "address": "Lavendelheide 21, 9202 PD Drachten",
            "audiences": ["ouders", "jongeren"],
            "topics": ["ziek-en-school"],
            "sources": cite(
                "000",
                urls=("https://ozlnoord.nl/", "https://ozlnoord.nl/veelgestelde-vragen/"),
            ),
            "channels": [
                ("phone", "088 0200 300", "", ""),
                ("web", "https://ozlnoord.nl/", "", ""),
                ("web", "https://ozlnoord.nl/veelgestelde-vragen/", "Vragen en antwoorden", ""),
            ],
        },
        {
            "slug": f"{slug}-cedin",
            "name": "Cedin: Paramedisch & Verpleegkundig Onderwijsadvies",
            "kind": "professionals",
            "helps_with": (
                "Voor scholen, niet voor ouders. Cedin leert leraren hoe zij leerlingen met een "
                "ziekte of een andere motorische ontwikkeling zelf goed kunnen laten leren. "
                "Zeven samenwerkingsverbanden in Groningen en Drenthe betalen dit. "
                "Scholen betalen niets."
            ),
            "audiences": ["professionals"],
            "topics": ["ziek-en-school"],
            "sources": cite("000", urls=("https://www.pvocedin.nl/",)),
            "channels": [
                ("phone", "088-0200 300", "", ""),
                ("email", "pvo@cedin.nl", "", ""),
                ("web", "https://www.pvocedin.nl/", "", ""),
            ],
        },
        {
            "slug": f"{slug}-leerlingenvervoer-groningen",
            "name": "Gemeente Groningen: leerlingenvervoer",
            "kind": "overheid",
            "helps_with": (
                "Woon je in de gemeente Groningen? Dan vraag je het vervoer naar school "
                "hier aan. Deze pagina is alleen voor inwoners van de gemeente Groningen."
            ),
            "audiences": ["ouders"],
            "topics": ["leerlingenvervoer"],
            "sources": cite("000", urls=(GRONINGEN_LEERLINGENVERVOER,)),
            "channels": [("web", GRONINGEN_LEERLINGENVERVOER, "Leerlingenvervoer aanvragen", "")],
        },
    ]


def seed_000_supplements(slug: str) -> list[dict]:
    """Additions to national articles with the Groningen pages and people of seed 000."""
    return [
        {
            "slug": f"{slug}-leerlingenvervoer-in-groningen",
            "title": f"Leerlingenvervoer in de gemeente Groningen ({slug.upper()})",
            "summary": "Waar je in de gemeente Groningen vervoer naar school aanvraagt.",
            "audiences": ["ouders"],
            "topics": ["leerlingenvervoer"],
            "supplement_to": "leerlingenvervoer",
            "sources": cite("000", urls=(GRONINGEN_LEERLINGENVERVOER,)),
            "body": [
                (
                    "paragraph",
                    "Woon je in de gemeente Groningen? Dan vraag je het vervoer aan op de "
                    "website van de gemeente. De ondersteuningsteams op school geven de "
                    "gemeente advies. Ze kijken of je kind zelf kan fietsen of met de bus "
                    "kan reizen, of dat bijna kan.",
                ),
                ("contact_card", f"{slug}-leerlingenvervoer-groningen"),
            ],
        },
        {
            "slug": f"{slug}-ziek-in-het-noorden",
            "title": f"Zieke leerlingen in het noorden ({slug.upper()})",
            "summary": "Wie in het noorden helpt als een leerling ziek is.",
            "audiences": ["ouders"],
            "topics": ["ziek-en-school"],
            "supplement_to": "ziek-en-toch-naar-school",
            "sources": cite("000", urls=("https://ozlnoord.nl/",)),
            "body": [
                (
                    "paragraph",
                    "In het noorden kun je hulp vragen aan OZL Noord. Zij helpen zieke "
                    "leerlingen om te blijven leren. Je kunt ze gratis vragen, samen met de school.",
                ),
                ("contact_card", f"{slug}-ozl-noord"),
            ],
        },
    ]


def regional_content(region: Region) -> dict:
    """The supplements, contacts and route steps of one example SWV."""
    school_kind = "de basisschool" if region.sector == "PO" else "de middelbare school"
    slug = region.code.lower()
    in_groningen = region.code in EXAMPLE_REGIONS  # seed 000's region
    contact = {
        "address": region_address(region),
        "audiences": ["ouders", "jongeren"],
        "topics": ["samenwerkingsverband"],
        "sources": "\n".join([region_source(region), cite("004")]),
        "channels": region_channels(region),
    }
    return {
        "organisations": [
            {
                "slug": f"{slug}-samenwerkingsverband",
                "name": region.name,
                "kind": "samenwerkingsverband",
                "helps_with": (
                    f"Het samenwerkingsverband van alle scholen voor {school_kind} in deze regio. "
                    "Hier kun je terecht als je er met de school niet uitkomt."
                ),
                **contact,
            },
            {
                "slug": f"{slug}-steunpunt",
                "name": f"Ouder- en jeugdsteunpunt ({region.code}, voorbeeld)",
                "kind": "steunpunt",
                "helps_with": (
                    "Voor ouders en jongeren met vragen over passend onderwijs in deze regio. "
                    "Je krijgt uitleg en hulp bij het zoeken naar een goede plek. "
                    "Je bereikt het steunpunt via het samenwerkingsverband."
                ),
                **contact,
            },
            *(seed_000_organisations(slug) if in_groningen else []),
        ],
        "supplements": [
            {
                "slug": f"{slug}-samenwerkingsverband-in-de-regio",
                "title": f"Het samenwerkingsverband in jouw regio ({slug.upper()})",
                "summary": "Wat het samenwerkingsverband in deze regio doet, en hoe je het bereikt.",
                "audiences": ["ouders"],
                "topics": ["samenwerkingsverband"],
                "supplement_to": "wat-is-een-samenwerkingsverband",
                "sources": cite("000", "004"),
                "body": [
                    (
                        "paragraph",
                        f"In deze regio werken alle scholen voor {school_kind} samen. "
                        "Dit is een voorbeeld van een regionale aanvulling.",
                    ),
                    ("contact_card", f"{slug}-samenwerkingsverband"),
                    (
                        "paragraph",
                        "Op de website van het samenwerkingsverband staat het ondersteuningsplan. "
                        "Daar lees je ook hoe je bezwaar maakt als je het niet eens bent.",
                    ),
                ],
            },
            *(seed_000_supplements(slug) if in_groningen else []),
        ],
        "route": {
            "slug": f"{slug}-waar-kan-je-terecht",
            "title": f"Waar kan je terecht? Aanvulling {region.code}",
            "supplement_to": "waar-kan-je-terecht",
            "audiences": ["ouders"],
            "topics": ["passend-onderwijs"],
            "sources": "\n".join([region_source(region), cite("004")]),
            "steps": [
                (
                    2,
                    "Bel of mail het samenwerkingsverband",
                    "Vertel wat je al met de school hebt besproken. "
                    "Het ouder- en jeugdsteunpunt van het samenwerkingsverband helpt je verder.",
                    [f"{slug}-samenwerkingsverband"],
                ),
            ],
        },
    }
