"""National organisations (seeds 000, 001, 003). Channels: (kind, value, label, hours)."""

GRATIS = "Gratis"

ORGANISATIONS = [
    {
        "slug": "ouders-en-onderwijs",
        "name": "Ouders & Onderwijs",
        "kind": "steunpunt",
        "helps_with": (
            "Je kunt hier terecht met elke vraag over school en onderwijs. "
            "Ze geven uitleg en advies. Ook als je vastloopt in een gesprek met school."
        ),
        "costs": GRATIS,
        "address": "Groenmarktstraat 56, 3521 AV Utrecht",
        "audiences": ["ouders", "jongeren"],
        "channels": [
            ("phone", "088-6050101", "Vragenlijn", ""),
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
            "Ouders delen hier kennis en ervaringen."
        ),
        "costs": GRATIS,
        "address": "Kosterijland 7, 3981 AJ Bunnik",
        "audiences": ["ouders"],
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
            "Bijvoorbeeld over een plek op school, schorsing of extra hulp. "
            "Of als je kind al meer dan 4 weken thuis zit."
        ),
        "costs": GRATIS,
        "address": "Postbus 19521, 2500 CM Den Haag",
        "audiences": ["ouders", "professionals"],
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
            "Dan helpt een onderwijszorgconsulent."
        ),
        "costs": GRATIS,
        "audiences": ["ouders", "professionals"],
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
            "Een groep van ouders en professionals die thuiszitten willen stoppen. "
            "LANS betekent: Leerlingen Allemaal Naar School. "
            "Je kunt ze niet zelf inschakelen. Vraag of jouw hulpverlener erbij hoort."
        ),
        "audiences": ["ouders", "professionals"],
        "channels": [("web", "https://lansbrekers.nu/welkom", "", "")],
    },
    {
        "slug": "naar-inclusiever-onderwijs",
        "name": "Naar inclusiever onderwijs",
        "kind": "netwerk",
        "helps_with": (
            "Een netwerk van experts. Zij helpen scholen en samenwerkingsverbanden "
            "om onderwijs te geven aan alle kinderen samen."
        ),
        "address": "Kortrijk 76, 1066 TC Amsterdam",
        "audiences": ["professionals"],
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
            "Heb je problemen met hulpmiddelen voor school? Bel dan het meldpunt."
        ),
        "address": "Churchilllaan 11, 3527 GV Utrecht",
        "audiences": ["ouders", "jongeren"],
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
            "Het Juiste Loket zoekt uit wie verantwoordelijk is en geeft je advies."
        ),
        "costs": GRATIS,
        "audiences": ["ouders"],
        "channels": [
            ("phone", "030-789 78 78", "", "Maandag tot en met vrijdag van 10.00 tot 16.00 uur"),
            ("email", "meldpunt@juisteloket.nl", "", ""),
        ],
    },
    {
        "slug": "steunpunt-passend-onderwijs",
        "name": "Steunpunt Passend Onderwijs",
        "kind": "netwerk",
        "helps_with": (
            "Helpt scholen, schoolbesturen en samenwerkingsverbanden met passend onderwijs. "
            "Op de website staan ook antwoorden op vragen van ouders."
        ),
        "audiences": ["professionals"],
        "channels": [("web", "https://www.steunpuntpassendonderwijs-povo.nl", "", "")],
    },
    {
        "slug": "college-voor-de-rechten-van-de-mens",
        "name": "College voor de Rechten van de Mens",
        "kind": "juridisch",
        "helps_with": (
            "Denk je dat de school je kind anders behandelt door een beperking of ziekte? "
            "Het College kijkt of dat discriminatie is."
        ),
        "costs": GRATIS,
        "address": "Kleinesingel 1-3, 3572 CG Utrecht",
        "audiences": ["ouders", "jongeren"],
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
            "Voor leerlingen die ziek zijn. Een consulent helpt de school om les te blijven geven. "
            "Bijvoorbeeld thuis of in het ziekenhuis."
        ),
        "costs": GRATIS,
        "address": "Maanweg 174, 2516 AB Den Haag",
        "audiences": ["ouders", "jongeren"],
        "channels": [
            ("phone", "070-315 41 00", "", ""),
            ("email", "netwerkziezon@onderwijsontwikkeling.nl", "", ""),
            ("web", "http://ziezon.nl/", "", ""),
        ],
    },
    {
        "slug": "gedragswerk",
        "name": "Gedragswerk",
        "kind": "netwerk",
        "helps_with": (
            "Een project dat scholen en hulpverleners laat samenwerken. "
            "Zo komen minder leerlingen thuis te zitten."
        ),
        "audiences": ["professionals"],
        "channels": [
            ("email", "info@gedragswerk.nl", "", ""),
            ("form", "https://gedragswerk.nl/contact/", "", ""),
        ],
    },
    {
        "slug": "onderwijsgeschillen",
        "name": "Onderwijsgeschillen",
        "kind": "geschillen",
        "helps_with": (
            "Hier dien je een klacht of geschil in als je er met de school "
            "of het samenwerkingsverband niet uitkomt. "
            "Bijvoorbeeld over een TLV, een OPP of een verwijdering."
        ),
        "costs": GRATIS,
        "audiences": ["ouders"],
        "channels": [("web", "https://www.onderwijsgeschillen.nl", "", "")],
    },
    {
        "slug": "inspectie-van-het-onderwijs",
        "name": "Inspectie van het Onderwijs",
        "kind": "toezicht",
        "helps_with": (
            "De inspectie lost je probleem niet zelf op. "
            "Maar ze spreekt scholen en samenwerkingsverbanden wel aan. "
            "Vul het contactformulier in. Dan weet de inspectie wat er speelt."
        ),
        "audiences": ["ouders"],
        "channels": [("web", "https://www.onderwijsinspectie.nl", "", "")],
    },
    {
        "slug": "kinderombudsman",
        "name": "De Kinderombudsman",
        "kind": "toezicht",
        "helps_with": (
            "Houdt een school zich niet aan de rechten van kinderen? "
            "Of de gemeente? Dan kun je een vraag stellen of een klacht indienen."
        ),
        "costs": GRATIS,
        "audiences": ["ouders", "jongeren", "kinderen"],
        "channels": [("web", "https://www.dekinderombudsman.nl", "", "")],
    },
    {
        "slug": "juridisch-loket",
        "name": "Het Juridisch Loket",
        "kind": "juridisch",
        "helps_with": (
            "Juristen beantwoorden je vragen over recht en regels. "
            "Bijvoorbeeld: wat moet de school doen, en wat mag jij als ouder?"
        ),
        "costs": GRATIS,
        "audiences": ["ouders"],
        "channels": [("web", "https://www.juridischloket.nl", "", "")],
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
        "channels": [
            ("web", "https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs", "", ""),
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
        "channels": [
            (
                "web",
                "https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-onderwijs/index.aspx",
                "",
                "",
            ),
        ],
    },
]
