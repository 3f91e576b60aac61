"""The national route "Waar kan je terecht?" (seed 001): (title, advice, organisations).

The order is the seed's: the school first, then the samenwerkingsverband, the
onderwijsconsulent, Het Juiste Loket and the onderwijszorgconsulent; then
LANSbrekers (a question to ask, not a number to call), rights, the inspectorate
as a signal and children's rights. Ouders & Onderwijs can be called first and at
every step, so it is on every step. An SWV adds its own steps after step 2.
"""

from .sources import cite

CALL_FIRST = "ouders-en-onderwijs"

NATIONAL_ROUTE = {
    "slug": "waar-kan-je-terecht",
    "title": "Waar kan je terecht?",
    "intro": (
        "Heb je een vraag over hulp voor je kind op school? Je kunt altijd eerst "
        "Ouders & Onderwijs bellen. Dat kan bij elke stap, ook als je vastloopt. "
        "Ze vragen je dan vaak vier dingen. Welke stappen heb je al gezet? "
        "Is er onenigheid tussen jou, de school en het samenwerkingsverband? "
        "Ben je het niet eens met een advies, en kom je er zelf niet meer uit? "
        "Zit je kind thuis, of dreigt dat? Jij blijft zo veel mogelijk zelf de baas "
        "over wat er gebeurt."
    ),
    "audiences": ["ouders"],
    "topics": ["passend-onderwijs", "geschillen", "thuiszitten"],
    "sources": cite("001", "003", "004"),
    "steps": [
        (
            "Praat met de school",
            "De school van je kind is de eerste plek voor je vraag. Praat met de leraar "
            "of met de directie. Ouders & Onderwijs kan je helpen om dat gesprek voor te "
            "bereiden. Zij vragen meestal eerst of je er samen met de school uit kunt komen.",
            [CALL_FIRST],
        ),
        (
            "Neem contact op met het samenwerkingsverband",
            "Kom je er met de school niet uit? Neem dan contact op met het "
            "samenwerkingsverband van de school. Het heeft een ouder- en jeugdsteunpunt. "
            "Daar krijg je uitleg en hulp bij het zoeken naar een goede plek.",
            [CALL_FIRST],
        ),
        (
            "Schakel een onderwijsconsulent in",
            "Kom je er met de school en het samenwerkingsverband niet uit? Of zit je kind "
            "langer dan 4 weken thuis zonder goede plek? Dan kan een onderwijsconsulent "
            "helpen. Dat kost je niets. De consulent komt meestal bij je thuis. Samen maken "
            "jullie een plan, ook met de school. Jij beslist zo veel mogelijk zelf mee.",
            ["onderwijsconsulenten", CALL_FIRST],
        ),
        (
            "Vraag Het Juiste Loket om advies over zorg",
            "Heeft je kind zorg nodig om naar school te kunnen? En weet niemand wie dat "
            "moet betalen? Dan kan Het Juiste Loket je helpen. Zij weten wie waarvoor zorgt. "
            "Je vult een formulier in om advies te vragen.",
            ["het-juiste-loket", CALL_FIRST],
        ),
        (
            "Schakel een onderwijszorgconsulent in",
            "Weet Het Juiste Loket ook niet wat er moet gebeuren? Dan kan een "
            "onderwijszorgconsulent helpen. Dat is een onderwijsconsulent die veel weet "
            "van zorg op school. Je bereikt hem of haar via de onderwijsconsulenten.",
            ["onderwijszorgconsulenten", CALL_FIRST],
        ),
        (
            "Vraag naar de LANSbrekers",
            "Zit je kind thuis, of dreigt dat? Vraag dan aan de deskundige die je helpt of "
            "hij of zij bij de LANSbrekers hoort. Je kunt de LANSbrekers niet zelf bellen. "
            "Het is een groep ouders en deskundigen die kinderen weer naar school wil helpen.",
            [CALL_FIRST],
        ),
        (
            "Vraag naar je rechten",
            "Wil je weten wat jouw rechten en plichten zijn, en die van de school? "
            "Dan kan RegelRecht je helpen. Je kunt ook vragen stellen bij het Juridisch "
            "Loket. Daar geven juristen antwoord, en dat kost je niets.",
            ["regelrecht", "juridisch-loket", CALL_FIRST],
        ),
        (
            "Geef een signaal aan de inspectie",
            "De inspectie lost je probleem niet zelf op. Maar ze spreekt scholen en "
            "samenwerkingsverbanden wel aan. Vul het contactformulier in en vertel wat er "
            "speelt. Zo krijgt de inspectie een signaal.",
            ["inspectie-van-het-onderwijs", CALL_FIRST],
        ),
        (
            "Kom op voor de rechten van je kind",
            "Elk kind heeft recht op goed onderwijs, op een manier die bij het kind past. "
            "Dat staat in het Kinderrechtenverdrag. Houdt de school of de overheid zich daar "
            "niet aan? Dan kun je naar de Kinderombudsman. Of naar de Kinderrechtenhelpdesk "
            "van Defence for Children.",
            ["kinderombudsman", "kinderrechtenhelpdesk", CALL_FIRST],
        ),
    ],
}
