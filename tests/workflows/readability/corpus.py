"""Short Dutch texts at a known level, from the first version of the engine.

Each entry is (pair, level, text). The engine's weights are no longer fitted on
these: the calibration corpus is ``workflows/readability/corpus/``. The texts stay
as sample input for speed measurements.
"""

CORPUS: list[tuple[str, str, str]] = [
    # --- B1 against C1 -----------------------------------------------------------
    ("swv", "B1",
     "Alle scholen in je regio werken samen. Dat heet een samenwerkingsverband. "
     "Zij zorgen samen dat elk kind een goede plek krijgt. Heeft je kind extra hulp nodig? "
     "Dan praat de school eerst met jou."),
    ("swv", "C1",
     "Het samenwerkingsverband passend onderwijs fungeert als regionaal orgaan waarin de "
     "aangesloten schoolbesturen gezamenlijk verantwoordelijkheid dragen voor de realisatie "
     "van een dekkend ondersteuningsaanbod, waarbij de toewijzing van middelen conform het "
     "vigerende ondersteuningsplan geschiedt."),
    ("tlv", "B1",
     "Moet je kind naar het speciaal onderwijs? Dan is een toelaatbaarheidsverklaring nodig. "
     "De school vraagt die aan. Het samenwerkingsverband beslist. Je hoeft zelf niets aan te vragen."),
    ("tlv", "C1",
     "Plaatsing in het (voortgezet) speciaal onderwijs is uitsluitend mogelijk na afgifte van een "
     "toelaatbaarheidsverklaring door het samenwerkingsverband, welke op verzoek van het bevoegd "
     "gezag van de school van inschrijving wordt aangevraagd, waarna een deskundigenadvies wordt "
     "ingewonnen alvorens tot besluitvorming wordt overgegaan."),
    ("zorgplicht", "B1",
     "Je meldt je kind aan bij een school. Je vertelt dat je kind extra hulp nodig heeft. "
     "Dan moet de school een goede plek zoeken. Dat kan op die school zijn of op een andere school."),
    ("zorgplicht", "C1",
     "Op het bevoegd gezag rust de zorgplicht om, na schriftelijke aanmelding van een leerling met "
     "een extra ondersteuningsbehoefte, binnen de wettelijke termijn een passend onderwijsaanbod te "
     "realiseren, hetzij op de eigen school, hetzij op een andere school na overeenstemming met "
     "de ouders."),
    ("opp", "B1",
     "Krijgt je kind extra hulp? Dan maakt de school een plan. In dat plan staat wat je kind kan "
     "leren. Er staat ook in welke hulp je kind krijgt. De school bespreekt het plan met jou."),
    ("opp", "C1",
     "Voor leerlingen die extra ondersteuning ontvangen, dient het bevoegd gezag een "
     "ontwikkelingsperspectiefplan vast te stellen, waarin de te verwachten uitstroombestemming, "
     "de onderbouwing daarvan en de te bieden ondersteuning en begeleiding worden opgenomen, "
     "nadat op overeenstemming gericht overleg met de ouders heeft plaatsgevonden."),
    ("thuis", "B1",
     "Zit je kind thuis, omdat er geen plek is op school? Wacht dan niet te lang. "
     "Bel het samenwerkingsverband. Zij moeten helpen. Lukt het niet? Dan kun je een "
     "onderwijsconsulent vragen. Dat is gratis."),
    ("thuis", "C1",
     "Ingeval van langdurig verzuim zonder uitzicht op een passende onderwijsplek is het "
     "raadzaam dat ouders zich tot het samenwerkingsverband wenden, teneinde in gezamenlijkheid "
     "een oplossing te bewerkstelligen, waarbij desgewenst de inzet van een onderwijsconsulent "
     "kan worden overwogen."),
    ("klacht", "B1",
     "Ben je het niet eens met de school? Praat er eerst over met de leraar. Helpt dat niet? "
     "Dan kun je een klacht indienen. Je kunt ook naar de geschillencommissie gaan."),
    ("klacht", "C1",
     "Indien ouders zich niet kunnen verenigen met een besluit van het bevoegd gezag omtrent de "
     "ondersteuning, het ontwikkelingsperspectief dan wel de verwijdering van een leerling, "
     "staat de mogelijkheid open een geschil voor te leggen aan de landelijke "
     "geschillencommissie, onverminderd de gang naar de rechter."),
    ("opr", "B1",
     "In de ondersteuningsplanraad praten ouders en leraren mee. Ze praten over het plan van het "
     "samenwerkingsverband. Het plan mag pas doorgaan als zij ja zeggen."),
    ("opr", "C1",
     "De ondersteuningsplanraad, samengesteld uit vertegenwoordigers van ouders, leerlingen en "
     "personeel van de aangesloten scholen, beschikt ten aanzien van de vaststelling en wijziging "
     "van het ondersteuningsplan over instemmingsbevoegdheid."),
    ("vervoer", "B1",
     "Kan je kind niet zelf naar school reizen? Soms regelt de gemeente dan vervoer. Bijvoorbeeld "
     "een taxibusje. Vraag het aan bij je gemeente."),
    ("vervoer", "C1",
     "Aanspraak op een vervoersvoorziening ten behoeve van leerlingenvervoer bestaat uitsluitend "
     "voor zover de leerling, gelet op diens handicap, redelijkerwijs niet zelfstandig gebruik "
     "kan maken van het openbaar vervoer, een en ander conform de gemeentelijke verordening."),
    ("ziek", "B1",
     "Is je kind lang ziek? Dan moet het toch les kunnen krijgen. Een consulent helpt de school "
     "daarbij. Je kind kan dan thuis of in het ziekenhuis les krijgen."),
    ("ziek", "C1",
     "Teneinde de continuïteit van de onderwijsloopbaan van langdurig zieke leerlingen te "
     "waarborgen, kan middels de inzet van consulenten onderwijsondersteuning zieke leerlingen "
     "worden gefaciliteerd dat onderwijsactiviteiten in de thuissituatie dan wel in een "
     "zorginstelling worden voortgezet."),
    ("panel", "B1",
     "We willen weten of onze teksten duidelijk zijn. Daarom vragen we ouders om mee te lezen. "
     "Je leest een tekst en zegt wat je moeilijk vindt. Dat kost ongeveer tien minuten."),
    ("panel", "C1",
     "Ter borging van de begrijpelijkheid van de informatievoorziening worden conceptteksten "
     "voorafgaand aan publicatie ter toetsing voorgelegd aan een panel van ervaringsdeskundige "
     "ouders, wier bevindingen vervolgens in de redactionele afweging worden betrokken."),
    ("steunpunt", "B1",
     "Heb je een vraag over school en extra hulp? Bel dan het steunpunt. Daar luisteren ze naar "
     "je verhaal. Ze leggen uit wat je kunt doen. Je hoeft je niet aan te melden."),
    ("steunpunt", "C1",
     "Het ouder- en jeugdsteunpunt vervult een laagdrempelige, onafhankelijke informatie- en "
     "adviesfunctie ten behoeve van ouders en jeugdigen, alsmede een signalerende functie "
     "richting samenwerkingsverband en gemeente inzake knelpunten in het ondersteuningsaanbod."),
    ("basis", "B1",
     "Elke school geeft een beetje extra hulp. Bijvoorbeeld hulp bij lezen of rekenen. Dat heet "
     "basisondersteuning. Wat een school precies doet, staat op de website van de school."),
    ("basis", "C1",
     "De basisondersteuning omvat het geheel van preventieve en licht curatieve interventies die "
     "binnen de onderwijsondersteuningsstructuur van iedere aangesloten school, onder regie en "
     "verantwoordelijkheid van het bevoegd gezag, planmatig en op een overeengekomen "
     "kwaliteitsniveau worden uitgevoerd."),
    ("verwijdering", "B1",
     "Wil de school je kind van school sturen? Dan moet de school eerst een andere school zoeken. "
     "Die school moet je kind willen hebben. Dat is de regel."),
    ("verwijdering", "C1",
     "Definitieve verwijdering van een leerling is slechts toegestaan nadat het bevoegd gezag "
     "aantoonbaar heeft zorggedragen dat een ander bevoegd gezag bereid is de leerling toe te "
     "laten, waarbij de ouders voorafgaand aan de besluitvorming dienen te worden gehoord."),
    ("meldpunt", "B1",
     "Krijgt je kind geen hulpmiddel op school? Bijvoorbeeld een aangepaste stoel? Meld het dan. "
     "Het meldpunt helpt je om het toch te krijgen."),
    ("meldpunt", "C1",
     "Knelpunten bij de verstrekking van individuele onderwijsvoorzieningen, zoals aangepast "
     "meubilair of communicatieve hulpmiddelen, kunnen worden gemeld bij het meldpunt, dat "
     "vervolgens bemiddelt tussen de betrokken instanties teneinde tot een adequate oplossing "
     "te komen."),
    ("inspectie", "B1",
     "De inspectie lost je probleem niet op. Maar je melding is wel belangrijk. De inspectie "
     "praat dan met de school. Zo leren scholen ervan."),
    ("inspectie", "C1",
     "Hoewel de inspectie geen bevoegdheid heeft tot beslechting van individuele geschillen, "
     "worden meldingen van ouders aangewend als signaal in het risicogerichte toezicht op "
     "besturen en samenwerkingsverbanden, hetgeen kan resulteren in nader onderzoek."),
    ("privacy", "B1",
     "De school mag gegevens over je kind alleen delen als jij dat goed vindt. Vraag altijd wie "
     "de gegevens krijgt. En waarom."),
    ("privacy", "C1",
     "Verstrekking van persoonsgegevens van leerlingen aan derden in het kader van de "
     "ondersteuningstoewijzing vindt, behoudens wettelijke uitzonderingen, uitsluitend plaats na "
     "verkregen toestemming van de ouders, met inachtneming van het beginsel van "
     "doelbinding."),
    ("consulent", "B1",
     "Kom je er met de school niet uit? Vraag dan een onderwijsconsulent om hulp. Die komt vaak "
     "bij je thuis. Samen maak je een plan met de school."),
    ("consulent", "C1",
     "Onderwijsconsulenten treden op als onafhankelijke deskundigen in situaties waarin ouders en "
     "school geen overeenstemming bereiken over plaatsing, verwijdering of het "
     "ondersteuningsaanbod, waarbij zij, na een inventarisatie van de problematiek, een "
     "oplossingsgericht traject initiëren."),
    # --- A2 against B2 -----------------------------------------------------------
    ("hulp", "A2",
     "Je kind krijgt hulp op school. De juf helpt. Je kind leert goed. Heb je een vraag? "
     "Bel de school."),
    ("hulp", "B2",
     "Wanneer een leerling meer begeleiding nodig heeft dan de school standaard biedt, kan de "
     "school in overleg met de ouders extra ondersteuning inzetten, eventueel met hulp van het "
     "samenwerkingsverband."),
    ("gesprek", "A2",
     "Je gaat naar school. Je praat met de juf. Je zegt wat je kind nodig heeft. De juf luistert."),
    ("gesprek", "B2",
     "Voorafgaand aan het gesprek is het verstandig om op te schrijven wat je wilt bespreken, "
     "zodat je tijdens het overleg met de intern begeleider niets vergeet en afspraken kunt "
     "vastleggen."),
    ("bellen", "A2",
     "Heb je een vraag? Bel ons. We helpen je graag. Het is gratis."),
    ("bellen", "B2",
     "Met vragen over de ondersteuning van je kind kun je telefonisch contact opnemen met de "
     "advieslijn, die op werkdagen bereikbaar is en waar medewerkers je doorverwijzen wanneer "
     "dat nodig is."),
    ("rechten", "A2",
     "Elk kind mag naar school. Elk kind mag leren. Dat is een recht. Dat geldt ook voor jouw kind."),
    ("rechten", "B2",
     "Het recht op onderwijs is vastgelegd in het Kinderrechtenverdrag, dat betekent dat ieder "
     "kind onderwijs moet kunnen volgen op een manier die past bij zijn of haar mogelijkheden."),
    ("plan", "A2",
     "De school maakt een plan. In het plan staat de hulp. Jij leest het plan. Je zegt ja of nee."),
    ("plan", "B2",
     "Het plan van de school beschrijft welke doelen je kind kan halen en welke begeleiding "
     "daarvoor wordt ingezet, en de school is verplicht dit plan jaarlijks met je te evalueren."),
    ("vervoer2", "A2",
     "Je kind kan niet fietsen naar school. Dan komt er soms een taxi. Vraag het aan de gemeente."),
    ("vervoer2", "B2",
     "Gemeenten hebben eigen regels voor leerlingenvervoer, waardoor het per woonplaats verschilt "
     "of je kind in aanmerking komt voor een vergoeding of voor aangepast vervoer."),
]  # fmt: skip
