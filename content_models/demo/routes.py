"""The national route "Waar kan je terecht?" (seed 001): (title, advice, organisations)."""

NATIONAL_ROUTE = {
    "slug": "waar-kan-je-terecht",
    "title": "Waar kan je terecht?",
    "intro": (
        "Heb je een vraag over hulp voor je kind op school? Of loop je vast? "
        "Volg deze stappen. Begin altijd bij de school."
    ),
    "audiences": ["ouders", "jongeren"],
    "topics": ["passend-onderwijs", "geschillen"],
    "steps": [
        (
            "Praat met de school",
            "De school is altijd de eerste plek om te gaan. Praat met de leraar of mentor. "
            "Op de basisschool kun je ook de intern begeleider vragen.",
            [],
        ),
        (
            "Praat met het bestuur of het samenwerkingsverband",
            "Kom je er met de school niet uit? Neem dan contact op met het schoolbestuur "
            "of met het samenwerkingsverband van de school.",
            [],
        ),
        (
            "Vraag advies",
            "Je kunt altijd advies vragen. Deze organisaties luisteren naar je verhaal "
            "en helpen je met de volgende stap. Ze vragen vaak welke stappen je al hebt gezet.",
            ["ouders-en-onderwijs", "balans", "iederin"],
        ),
        (
            "Zorg en onderwijs samen",
            "Heeft je kind zorg nodig op school? En is niet duidelijk wie dat betaalt? "
            "Vraag dan advies bij Het Juiste Loket.",
            ["het-juiste-loket", "onderwijszorgconsulenten"],
        ),
        (
            "Schakel een onderwijsconsulent in",
            "Kom je er met de school en het samenwerkingsverband niet uit? "
            "Of zit je kind al meer dan 4 weken thuis? Een onderwijsconsulent komt vaak "
            "bij je thuis. Samen met jou en de school maakt hij of zij een plan.",
            ["onderwijsconsulenten"],
        ),
        (
            "Vraag naar je rechten",
            "Wil je weten wat de school moet doen en wat jij mag? Juristen geven je gratis advies.",
            ["juridisch-loket", "college-voor-de-rechten-van-de-mens"],
        ),
        (
            "Dien een klacht of geschil in",
            "Helpt niets? Dan kun je naar de geschillencommissie. Daarna kan het nog naar de rechter.",
            ["onderwijsgeschillen"],
        ),
        (
            "Laat het weten",
            "De inspectie lost je probleem niet op. Maar jouw melding helpt wel. "
            "De inspectie spreekt scholen en samenwerkingsverbanden aan. "
            "Gaat het om de rechten van je kind? Dan kun je ook naar de Kinderombudsman.",
            ["inspectie-van-het-onderwijs", "kinderombudsman"],
        ),
    ],
}
