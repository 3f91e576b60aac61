"""National organisations (seeds 000, 001, 003). Channels: (kind, value, label, hours).

Every phone number, address, e-mail, web address, opening time and cost below is
in the seed cited in ``sources``; where a seed gives no contact channel (RegelRecht,
the Kinderombudsman), the organisation has none.
"""

from .sources import cite

KOSTELOOS = "Kosteloos"  # seeds 000, 001 and 003 use this word, not "gratis"
GRATIS = "Gratis"  # seed 000, for a consulent OZL

ORGANISATIONS = [
    {
        "slug": "ouders-en-onderwijs",
        "name": "Ouders & Onderwijs",
        "kind": "belangen",
        "helps_with": (
            "Je kunt hier altijd als eerste bellen met een vraag over school. "
            "Ook als je later vastloopt, kun je weer bellen. "
            "Soms bellen ze je terug. Zo blijven jullie in contact."
        ),
        "address": "Groenmarktstraat 56, 3521 AV Utrecht",
        "audiences": ["ouders"],
        "topics": ["passend-onderwijs", "samenwerkingsverband", "thuiszitten", "geschillen"],
        "sources": cite("000", "001", urls=("https://www.oudersonderwijs.nl/",)),
        "channels": [
            ("phone", "088-6050101", "", ""),
            ("email", "vraag@oudersonderwijs.nl", "", ""),
            ("web", "https://www.oudersonderwijs.nl/", "", ""),
        ],
    },
    {
        "slug": "balans",
        "name": "Balans",
        "kind": "belangen",
        "helps_with": (
            "Een vereniging voor ouders van kinderen die moeite hebben met leren of gedrag. "
            "Ouders, scholen en deskundigen delen hier kennis en ervaring."
        ),
        "address": "Kosterijland 7, 3981 AJ Bunnik",
        "audiences": ["ouders"],
        "topics": ["extra-ondersteuning"],
        "sources": cite("000", urls=("https://www.balansdigitaal.nl/",)),
        "channels": [
            ("phone", "030-225 50 50", "Advieslijn", "Elke werkdag van 10.00 tot 13.00 uur"),
            ("web", "https://www.balansdigitaal.nl/", "", ""),
        ],
    },
    {
        "slug": "onderwijsconsulenten",
        "name": "Onderwijsconsulenten",
        "kind": "consulent",
        "helps_with": (
            "Een onderwijsconsulent helpt als je het met de school niet eens wordt. "
            "Bijvoorbeeld over een plek op school, een schorsing of extra hulp. "
            "Of als je kind al meer dan 4 weken thuis zit zonder goede plek."
        ),
        "costs": KOSTELOOS,
        "address": "Postbus 19521, 2500 CM Den Haag",
        "audiences": ["ouders", "professionals"],
        "topics": ["geschillen", "thuiszitten", "schorsing-en-verwijdering", "zorgplicht"],
        "sources": cite("000", "001", "003", urls=("https://onderwijsconsulenten.nl",)),
        "channels": [
            (
                "phone",
                "070-312 28 87",
                "Kies optie 2 om je aan te melden",
                "Werkdagen van 9.00 tot 12.30 uur en van 13.30 tot 16.30 uur",
            ),
            ("email", "info@onderwijsconsulenten.nl", "", ""),
            ("web", "https://onderwijsconsulenten.nl", "", ""),
        ],
    },
    {
        "slug": "onderwijszorgconsulenten",
        "name": "Onderwijszorgconsulenten",
        "kind": "consulent",
        "helps_with": (
            "Heeft je kind zorg nodig om naar school te kunnen? "
            "En lukt het niet om dat samen met school te regelen? "
            "Dan helpt een onderwijszorgconsulent. Je bereikt hen via de onderwijsconsulenten."
        ),
        "audiences": ["ouders", "professionals"],
        "topics": ["extra-ondersteuning", "thuiszitten"],
        "sources": cite("000", "001", "003", urls=("https://onderwijsconsulenten.nl",)),
        "channels": [
            (
                "phone",
                "070-312 28 87",
                "Via de onderwijsconsulenten",
                "Werkdagen van 9.00 tot 12.30 uur en van 13.30 tot 16.30 uur",
            ),
            ("web", "https://onderwijsconsulenten.nl", "", ""),
        ],
    },
    {
        "slug": "lansbrekers",
        "name": "LANSbrekers",
        "kind": "netwerk",
        "helps_with": (
            "Geen organisatie, maar een groep ouders en professionals. "
            "Zij willen dat geen kind thuis zit. LANS betekent: Leerlingen Allemaal Naar School. "
            "Je kunt ze niet zelf inschakelen. Vraag of jouw hulpverlener erbij hoort."
        ),
        "audiences": ["ouders", "professionals"],
        "topics": ["thuiszitten"],
        "sources": cite(
            "000", "001", urls=("https://lansbrekers.nu/welkom", "https://lansbrekers.nu/contact")
        ),
        "channels": [
            ("web", "https://lansbrekers.nu/welkom", "", ""),
            ("form", "https://lansbrekers.nu/contact", "", ""),
        ],
    },
    {
        "slug": "naar-inclusiever-onderwijs",
        "name": "Naar inclusiever onderwijs",
        "kind": "professionals",
        "helps_with": (
            "Een netwerk van experts. Hun helpdesk geeft advies aan scholen, schoolbesturen, "
            "gemeenten en samenwerkingsverbanden over onderwijs voor alle kinderen samen."
        ),
        "address": "Kortrijk 76, 1066 TC Amsterdam",
        "audiences": ["professionals"],
        "topics": ["passend-onderwijs"],
        "sources": cite("000", urls=("https://www.naarinclusieveronderwijs.nl/",)),
        "channels": [
            ("phone", "06 3334 8926", "Helpdesk", ""),
            ("email", "info@naarinclusieveronderwijs.nl", "", ""),
            ("web", "https://www.naarinclusieveronderwijs.nl/", "", ""),
        ],
    },
    {
        "slug": "iederin",
        "name": "Ieder(in)",
        "kind": "belangen",
        "helps_with": (
            "Het grootste netwerk van mensen met een beperking of chronische ziekte. "
            "Lukt het niet om een hulpmiddel voor school aan te vragen? Bel dan het meldpunt."
        ),
        "address": (
            "Churchilllaan 11 – 1e etage, 3527 GV Utrecht; postadres: Postbus 169, 3500 AD Utrecht"
        ),
        "audiences": ["ouders", "jongeren"],
        "topics": ["extra-ondersteuning"],
        "sources": cite("000", urls=("https://iederin.nl/",)),
        "channels": [
            (
                "phone",
                "030-720 00 00",
                "Algemene vragen",
                "Maandag tot en met donderdag 10.00 tot 16.30 uur, vrijdag 10.00 tot 12.00 uur",
            ),
            ("phone", "085-400 70 22", "Meldpunt", ""),
            ("email", "post@iederin.nl", "", ""),
            ("web", "https://iederin.nl/", "", ""),
        ],
    },
    {
        "slug": "het-juiste-loket",
        "name": "Het Juiste Loket",
        "kind": "zorg",
        "helps_with": (
            "Weet je niet wie moet betalen voor zorg op school? "
            "Het Juiste Loket weet wie waarvoor zorgt en geeft je advies."
        ),
        "audiences": ["ouders"],
        "topics": ["extra-ondersteuning"],
        "sources": cite("000", "001"),
        "channels": [
            ("phone", "030-789 78 78", "", "Maandag tot en met vrijdag van 10.00 tot 16.00 uur"),
            ("email", "meldpunt@juisteloket.nl", "", ""),
        ],
    },
    {
        "slug": "steunpunt-passend-onderwijs",
        "name": "Steunpunt Passend Onderwijs",
        "kind": "professionals",
        "helps_with": (
            "Helpt scholen, schoolbesturen en samenwerkingsverbanden met passend onderwijs. "
            "Het is er niet voor ouders, maar op de website staan vragen en antwoorden "
            "die ook voor ouders nuttig kunnen zijn."
        ),
        "audiences": ["professionals"],
        "topics": ["passend-onderwijs", "samenwerkingsverband"],
        "sources": cite(
            "000",
            urls=(
                "https://www.steunpuntpassendonderwijs-povo.nl",
                "https://www.steunpuntpassendonderwijs-povo.nl/ik-heb-een-vraag/",
            ),
        ),
        "channels": [
            ("web", "https://www.steunpuntpassendonderwijs-povo.nl", "", ""),
            (
                "web",
                "https://www.steunpuntpassendonderwijs-povo.nl/ik-heb-een-vraag/",
                "Vragen",
                "",
            ),
        ],
    },
    {
        "slug": "college-voor-de-rechten-van-de-mens",
        "name": "College voor de Rechten van de Mens",
        "kind": "juridisch",
        "helps_with": (
            "Heb je een vraag over mensenrechten of denk je dat er sprake is van discriminatie? "
            "Dan kun je hier terecht. Ook een school kan hier vragen stellen."
        ),
        "address": "Kleinesingel 1-3, 3572 CG Utrecht; postadres: Postbus 16001, 3500 DA Utrecht",
        "audiences": ["ouders", "jongeren"],
        "topics": ["geschillen"],
        "sources": cite("000", urls=("https://mensenrechten.nl/nl",)),
        "channels": [
            ("phone", "030-888 38 88", "", "Van 13.00 tot 16.00 uur"),
            ("email", "info@mensenrechten.nl", "", ""),
            ("web", "https://mensenrechten.nl/nl", "", ""),
        ],
    },
    {
        "slug": "ziezon",
        "name": "Ziezon",
        "kind": "zorg",
        "helps_with": (
            "Het landelijke netwerk van consulenten voor zieke leerlingen. "
            "Een consulent helpt ouders, leerling en school. "
            "Zo kan een zieke leerling blijven leren, bijvoorbeeld met lessen thuis."
        ),
        "costs": GRATIS,
        "address": "Maanweg 174, 2516 AB Den Haag",
        "audiences": ["ouders", "jongeren"],
        "topics": ["ziek-en-school"],
        "sources": cite("000", "002", urls=("http://ziezon.nl/",)),
        "channels": [
            ("phone", "070-315 41 00", "", ""),
            ("email", "netwerkziezon@onderwijsontwikkeling.nl", "", ""),
            ("web", "http://ziezon.nl/", "", ""),
        ],
    },
    {
        "slug": "gedragswerk",
        "name": "Gedragswerk",
        "kind": "professionals",
        "helps_with": (
            "Een project van het ministerie van Onderwijs. Het helpt scholen en anderen om "
            "samen te werken voor leerlingen die thuis zitten, of bij wie dat dreigt."
        ),
        "audiences": ["professionals"],
        "topics": ["thuiszitten"],
        "sources": cite("000", urls=("https://gedragswerk.nl/", "https://gedragswerk.nl/contact/")),
        "channels": [
            ("email", "info@gedragswerk.nl", "", ""),
            ("form", "https://gedragswerk.nl/contact/", "", ""),
            ("web", "https://gedragswerk.nl/", "", ""),
        ],
    },
    {
        "slug": "inspectie-van-het-onderwijs",
        "name": "Inspectie van het Onderwijs",
        "kind": "toezicht",
        "helps_with": (
            "De inspectie lost je probleem niet zelf op. "
            "Maar ze spreekt scholen en samenwerkingsverbanden wel aan. "
            "Vul het contactformulier in en leg uit wat er speelt. Zo krijgt de inspectie een signaal."
        ),
        "audiences": ["ouders"],
        "topics": ["geschillen"],
        "sources": cite("001"),
        "channels": [],
    },
    {
        "slug": "kinderombudsman",
        "name": "De Kinderombudsman",
        "kind": "toezicht",
        "helps_with": (
            "Elk kind heeft recht op goed onderwijs. Houdt de school of de overheid zich "
            "niet aan de rechten van kinderen? Dan kun je hier een vraag stellen of klagen."
        ),
        "audiences": ["ouders", "jongeren"],
        "topics": ["geschillen"],
        "sources": cite("001"),
        "channels": [],
    },
    {
        "slug": "kinderrechtenhelpdesk",
        "name": "Kinderrechtenhelpdesk van Defence for Children",
        "kind": "juridisch",
        "helps_with": (
            "Heb je een vraag over de rechten van kinderen, zoals het recht op goed onderwijs? "
            "Dan kun je ook bij deze helpdesk terecht."
        ),
        "audiences": ["ouders", "jongeren"],
        "topics": ["geschillen"],
        "sources": cite("001"),
        "channels": [],
    },
    {
        "slug": "regelrecht",
        "name": "RegelRecht",
        "kind": "juridisch",
        "helps_with": (
            "Wil je weten wat jouw rechten en plichten zijn? En die van de school? "
            "RegelRecht kan je daarbij helpen."
        ),
        "audiences": ["ouders"],
        "topics": ["geschillen"],
        "sources": cite("001"),
        "channels": [],
    },
    {
        "slug": "juridisch-loket",
        "name": "Het Juridisch Loket",
        "kind": "juridisch",
        "helps_with": (
            "Een loket voor heel Nederland. Juristen geven antwoord op je vragen over recht "
            "en regels. Bijvoorbeeld over wat de school moet doen."
        ),
        "costs": KOSTELOOS,
        "audiences": ["ouders"],
        "topics": ["geschillen"],
        "sources": cite("001"),
        "channels": [],
    },
    {
        "slug": "rijksoverheid-passend-onderwijs",
        "name": "Rijksoverheid: passend onderwijs",
        "kind": "overheid",
        "helps_with": (
            "Uitleg over passend onderwijs van het ministerie van Onderwijs. "
            "Met vragen en antwoorden en een folder voor ouders."
        ),
        "audiences": ["ouders", "professionals"],
        "topics": ["passend-onderwijs"],
        "sources": cite(
            "000",
            urls=(
                "https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs",
                "https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs/vraag-en-antwoord",
                "https://www.rijksoverheid.nl/contact",
            ),
        ),
        "channels": [
            ("web", "https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs", "", ""),
            (
                "web",
                "https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs/vraag-en-antwoord",
                "Vragen en antwoorden",
                "",
            ),
            ("form", "https://www.rijksoverheid.nl/contact", "", ""),
        ],
    },
    {
        "slug": "uwv-onderwijsvoorzieningen",
        "name": "UWV: hulpmiddelen voor school",
        "kind": "overheid",
        "helps_with": (
            "Heeft je kind door een beperking een hulpmiddel nodig in de klas? "
            "Bijvoorbeeld een aangepaste stoel of een tolk voor doven. "
            "Dat vraag je aan bij het UWV, de organisatie voor werk en uitkeringen."
        ),
        "audiences": ["ouders"],
        "topics": ["extra-ondersteuning"],
        "sources": cite(
            "000",
            urls=(
                "https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-onderwijs/index.aspx",
            ),
        ),
        "channels": [
            (
                "web",
                "https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-onderwijs/index.aspx",
                "",
                "",
            ),
        ],
    },
    {
        "slug": "vng-leerlingenvervoer",
        "name": "VNG: leerlingenvervoer",
        "kind": "overheid",
        "helps_with": (
            "De Vereniging van Nederlandse Gemeenten geeft algemene uitleg over vervoer naar "
            "school. Je vraagt het vervoer zelf aan bij je eigen gemeente."
        ),
        "audiences": ["ouders"],
        "topics": ["leerlingenvervoer"],
        "sources": cite("000", urls=("https://vng.nl/rubrieken/onderwerpen/leerlingenvervoer",)),
        "channels": [("web", "https://vng.nl/rubrieken/onderwerpen/leerlingenvervoer", "", "")],
    },
]
