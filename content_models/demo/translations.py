"""Demo translations (English and Arabic) of the article about the samenwerkingsverband
and the national route, keyed by the Dutch text as wagtail-localize segments it.

The demo loader hands them to wagtail-localize as a PO file, the way an external
translator's work comes in; the workflow then reviews them like any other text.
"""

TRANSLATED = [
    ("InformationItem", "wat-is-een-samenwerkingsverband"),
    ("Route", "waar-kan-je-terecht"),
]

TRANSLATIONS: dict[str, dict[str, str]] = {
    # The article "Wat is een samenwerkingsverband?"
    "Wat is een samenwerkingsverband?": {
        "en": "What is a samenwerkingsverband?",
        "ar": "ما هو تحالف المدارس (samenwerkingsverband)؟",
    },
    "Alle scholen in je regio werken samen in een samenwerkingsverband. Zo zorgen ze dat elk "
    "kind een goede plek op school krijgt.": {
        "en": "All schools in your region work together in a samenwerkingsverband. "
        "This way they make sure every child gets a good place at school.",
        "ar": "كل المدارس في منطقتك تعمل معًا في تحالف للمدارس. "
        "بهذا يضمنون أن يجد كل طفل مكانًا جيدًا في المدرسة.",
    },
    "Heeft je kind extra hulp nodig op school? Dan krijg je vaak te maken met het "
    "samenwerkingsverband. Hier lees je wat dat is en wat het voor jou doet.": {
        "en": "Does your child need extra help at school? Then you will often deal with the "
        "samenwerkingsverband. Here you can read what it is and what it does for you.",
        "ar": "هل يحتاج طفلك إلى مساعدة إضافية في المدرسة؟ عندها ستتعامل غالبًا مع تحالف "
        "المدارس. هنا تقرأ ما هو وماذا يفعل من أجلك.",
    },
    "Twee samenwerkingsverbanden in elke regio": {
        "en": "Two samenwerkingsverbanden in every region",
        "ar": "تحالفان للمدارس في كل منطقة",
    },
    "Elke regio heeft er twee. Eén voor de basisschool en één voor de middelbare school. "
    "Bijna alle scholen doen mee. Ook de scholen voor speciaal onderwijs.": {
        "en": "Every region has two. One for primary school and one for secondary school. "
        "Almost all schools take part. Special schools do too.",
        "ar": "في كل منطقة تحالفان. واحد للمدرسة الابتدائية وواحد للمدرسة الثانوية. "
        "كل المدارس تقريبًا تشارك فيه. ومدارس التعليم الخاص أيضًا.",
    },
    "Wat doet het samenwerkingsverband?": {
        "en": "What does the samenwerkingsverband do?",
        "ar": "ماذا يفعل تحالف المدارس؟",
    },
    "Het verdeelt de extra hulp": {
        "en": "It shares out the extra help",
        "ar": "يوزّع المساعدة الإضافية",
    },
    "Het samenwerkingsverband beslist welke extra hulp een school kan inzetten.": {
        "en": "The samenwerkingsverband decides which extra help a school can use.",
        "ar": "يقرّر التحالف أي مساعدة إضافية يمكن للمدرسة أن تقدّمها.",
    },
    "Het beslist over speciaal onderwijs": {
        "en": "It decides about special education",
        "ar": "يقرّر بشأن التعليم الخاص",
    },
    "Moet je kind naar het speciaal onderwijs? Dan vraagt de school een "
    "toelaatbaarheidsverklaring (TLV) aan. Het samenwerkingsverband beslist.": {
        "en": "Does your child need to go to a special school? Then the school asks for a "
        "statement of admission (toelaatbaarheidsverklaring, TLV). The samenwerkingsverband "
        "decides.",
        "ar": "هل يجب أن يذهب طفلك إلى التعليم الخاص؟ عندها تطلب المدرسة إذن قبول "
        "(TLV). والتحالف هو الذي يقرّر.",
    },
    "Het laat scholen samenwerken": {
        "en": "It helps schools work together",
        "ar": "يجعل المدارس تعمل معًا",
    },
    "Scholen weten zo wat andere scholen kunnen. Ze leren van elkaar.": {
        "en": "This way schools know what other schools can do. They learn from each other.",
        "ar": "هكذا تعرف المدارس ما تستطيعه المدارس الأخرى. ويتعلّم بعضها من بعض.",
    },
    "Het ondersteuningsplan": {
        "en": "The support plan (ondersteuningsplan)",
        "ar": "خطة الدعم",
    },
    "De scholen maken samen afspraken over hulp. Die staan in het ondersteuningsplan. "
    "Daarin staat bijvoorbeeld welke hulp elke school minimaal geeft. Dat heet "
    "basisondersteuning. Je vindt het plan op de website van het samenwerkingsverband.": {
        "en": "The schools make agreements about help together. They are in the support plan. "
        "For example, it says which help every school gives at the least. This is called basic "
        "support. You can find the plan on the website of the samenwerkingsverband.",
        "ar": "تتفق المدارس معًا على المساعدة. هذه الاتفاقات مكتوبة في خطة الدعم. "
        "فيها مثلًا أقل مساعدة تقدّمها كل مدرسة. هذا اسمه الدعم الأساسي. "
        "تجد الخطة على موقع التحالف.",
    },
    "Jij mag meepraten": {
        "en": "You can have your say",
        "ar": "يحق لك أن تشارك برأيك",
    },
    "Ouders en leerlingen praten mee in de ondersteuningsplanraad (OPR). De OPR moet het "
    "ondersteuningsplan goedkeuren.": {
        "en": "Parents and pupils have their say in the support plan council (OPR). "
        "The OPR must approve the support plan.",
        "ar": "يشارك الأهل والتلاميذ برأيهم في مجلس خطة الدعم (OPR). "
        "ويجب أن يوافق المجلس على خطة الدعم.",
    },
    "Tip": {"en": "Tip", "ar": "نصيحة"},
    "Ga eerst naar de school van je kind. Kom je er samen niet uit? Neem dan contact op met "
    "het samenwerkingsverband. Het heeft een ouder- en jeugdsteunpunt waar je terecht kunt.": {
        "en": "Go to your child's school first. Can you not agree together? Then contact the "
        "samenwerkingsverband. It has a help point for parents and young people.",
        "ar": "اذهب أولًا إلى مدرسة طفلك. هل لم تتفقوا معًا؟ عندها اتصل بتحالف المدارس. "
        "لديه مكتب دعم للأهل والشباب يمكنك التوجّه إليه.",
    },
    # The route "Waar kan je terecht?"
    "Waar kan je terecht?": {
        "en": "Where can you go?",
        "ar": "إلى أين يمكنك التوجّه؟",
    },
    "Heb je een vraag over hulp voor je kind op school? Of loop je vast? Volg deze stappen. "
    "Begin altijd bij de school.": {
        "en": "Do you have a question about help for your child at school? Or are you stuck? "
        "Follow these steps. Always start at the school.",
        "ar": "هل لديك سؤال عن المساعدة لطفلك في المدرسة؟ أو لا تعرف ماذا تفعل؟ "
        "اتبع هذه الخطوات. ابدأ دائمًا بالمدرسة.",
    },
    "Praat met de school": {"en": "Talk to the school", "ar": "تحدّث مع المدرسة"},
    "De school is altijd de eerste plek om te gaan. Praat met de leraar of mentor. Op de "
    "basisschool kun je ook de intern begeleider vragen.": {
        "en": "The school is always the first place to go. Talk to the teacher or mentor. "
        "At primary school you can also ask the internal support coordinator.",
        "ar": "المدرسة هي دائمًا أول مكان تذهب إليه. تحدّث مع المعلّم أو المرشد. "
        "في المدرسة الابتدائية يمكنك أيضًا أن تسأل منسّق الدعم الداخلي.",
    },
    "Praat met het bestuur of het samenwerkingsverband": {
        "en": "Talk to the school board or the samenwerkingsverband",
        "ar": "تحدّث مع إدارة المدارس أو مع تحالف المدارس",
    },
    "Kom je er met de school niet uit? Neem dan contact op met het schoolbestuur of met het "
    "samenwerkingsverband van de school.": {
        "en": "Can you not agree with the school? Then contact the school board or the "
        "samenwerkingsverband of the school.",
        "ar": "هل لم تتفق مع المدرسة؟ عندها اتصل بإدارة المدارس أو بتحالف المدارس "
        "التابعة له المدرسة.",
    },
    "Vraag advies": {"en": "Ask for advice", "ar": "اطلب النصيحة"},
    "Je kunt altijd advies vragen. Deze organisaties luisteren naar je verhaal en helpen je "
    "met de volgende stap. Ze vragen vaak welke stappen je al hebt gezet.": {
        "en": "You can always ask for advice. These organisations listen to your story and "
        "help you with the next step. They often ask which steps you have already taken.",
        "ar": "يمكنك دائمًا أن تطلب النصيحة. هذه المنظمات تستمع إلى قصتك وتساعدك في "
        "الخطوة التالية. وهي تسأل غالبًا عن الخطوات التي قمت بها.",
    },
    "Zorg en onderwijs samen": {
        "en": "Care and education together",
        "ar": "الرعاية والتعليم معًا",
    },
    "Heeft je kind zorg nodig op school? En is niet duidelijk wie dat betaalt? Vraag dan "
    "advies bij Het Juiste Loket.": {
        "en": "Does your child need care at school? And is it not clear who pays for it? "
        "Then ask Het Juiste Loket for advice.",
        "ar": "هل يحتاج طفلك إلى رعاية في المدرسة؟ وليس واضحًا من يدفع؟ "
        "عندها اطلب النصيحة من Het Juiste Loket.",
    },
    "Schakel een onderwijsconsulent in": {
        "en": "Call in an education consultant",
        "ar": "استعن بمستشار التعليم",
    },
    "Kom je er met de school en het samenwerkingsverband niet uit? Of zit je kind al meer "
    "dan 4 weken thuis? Een onderwijsconsulent komt vaak bij je thuis. Samen met jou en de "
    "school maakt hij of zij een plan.": {
        "en": "Can you not agree with the school and the samenwerkingsverband? Or has your child "
        "been at home for more than 4 weeks? An education consultant often visits you at home. "
        "Together with you and the school, they make a plan.",
        "ar": "هل لم تتفق مع المدرسة وتحالف المدارس؟ أو بقي طفلك في البيت أكثر من 4 أسابيع؟ "
        "يأتي مستشار التعليم غالبًا إلى بيتك. ويضع خطة معك ومع المدرسة.",
    },
    "Vraag naar je rechten": {"en": "Ask about your rights", "ar": "اسأل عن حقوقك"},
    "Wil je weten wat de school moet doen en wat jij mag? Juristen geven je gratis advies.": {
        "en": "Do you want to know what the school must do and what you may do? "
        "Lawyers give you free advice.",
        "ar": "هل تريد أن تعرف ما يجب على المدرسة وما يحق لك؟ يقدّم لك محامون نصيحة مجانية.",
    },
    "Dien een klacht of geschil in": {
        "en": "Make a complaint or start a dispute",
        "ar": "قدّم شكوى أو نزاعًا",
    },
    "Helpt niets? Dan kun je naar de geschillencommissie. Daarna kan het nog naar de rechter.": {
        "en": "Does nothing help? Then you can go to the disputes committee. After that, "
        "you can still go to court.",
        "ar": "لا شيء يساعد؟ عندها يمكنك التوجّه إلى لجنة النزاعات. وبعدها يمكنك أيضًا "
        "الذهاب إلى المحكمة.",
    },
    "Laat het weten": {"en": "Let it be known", "ar": "أبلغ عن الأمر"},
    "De inspectie lost je probleem niet op. Maar jouw melding helpt wel. De inspectie spreekt "
    "scholen en samenwerkingsverbanden aan. Gaat het om de rechten van je kind? Dan kun je "
    "ook naar de Kinderombudsman.": {
        "en": "The inspectorate does not solve your problem. But your report does help. "
        "The inspectorate talks to schools and samenwerkingsverbanden about it. Is it about "
        "your child's rights? Then you can also go to the Children's Ombudsman.",
        "ar": "لا تحلّ المفتشية مشكلتك. لكن بلاغك يساعد. تتحدث المفتشية مع المدارس "
        "وتحالفات المدارس. هل الأمر عن حقوق طفلك؟ عندها يمكنك أيضًا التوجّه إلى "
        "أمين مظالم الأطفال.",
    },
}
