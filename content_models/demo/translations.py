"""Demo translations (English and Arabic) of the article about the samenwerkingsverband
and the national route, keyed by the Dutch text as wagtail-localize segments it (rich
text as HTML, so "&" is "&amp;").

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
    "Alle scholen moeten meedoen. Alleen de scholen van cluster 1 en 2 doen niet mee.": {
        "en": "Every region has two. One for primary school and one for secondary school. "
        "All schools must take part. Only the schools of cluster 1 and 2 do not.",
        "ar": "في كل منطقة تحالفان. واحد للمدرسة الابتدائية وواحد للمدرسة الثانوية. "
        "يجب على كل المدارس أن تشارك. فقط مدارس المجموعة (cluster) 1 و2 لا تشارك.",
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
    "basisondersteuning. Je vindt het plan meestal op de website van het samenwerkingsverband.": {
        "en": "The schools make agreements about help together. They are in the support plan. "
        "For example, it says which help every school gives at the least. This is called basic "
        "support. You can usually find the plan on the website of the samenwerkingsverband.",
        "ar": "تتفق المدارس معًا على المساعدة. هذه الاتفاقات مكتوبة في خطة الدعم. "
        "فيها مثلًا أقل مساعدة تقدّمها كل مدرسة. هذا اسمه الدعم الأساسي. "
        "تجد الخطة عادةً على موقع التحالف.",
    },
    "Jij mag meepraten": {
        "en": "You can have your say",
        "ar": "يحق لك أن تشارك برأيك",
    },
    "Ouders praten mee in de ondersteuningsplanraad (OPR). Het ondersteuningsplan gaat "
    "alleen door als de OPR ermee instemt.": {
        "en": "Parents have their say in the support plan council (OPR). "
        "The support plan only goes ahead if the OPR agrees to it.",
        "ar": "يشارك الأهل برأيهم في مجلس خطة الدعم (OPR). "
        "ولا تُعتمد خطة الدعم إلا إذا وافق عليها المجلس.",
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
    "Heb je een vraag over hulp voor je kind op school? Je kunt altijd eerst Ouders &amp; "
    "Onderwijs bellen. Dat kan bij elke stap, ook als je vastloopt. Ze vragen je dan vaak "
    "vier dingen. Welke stappen heb je al gezet? Is er onenigheid tussen jou, de school en "
    "het samenwerkingsverband? Ben je het niet eens met een advies, en kom je er zelf niet "
    "meer uit? Zit je kind thuis, of dreigt dat? Jij blijft zo veel mogelijk zelf de baas "
    "over wat er gebeurt.": {
        "en": "Do you have a question about help for your child at school? You can always call "
        "Ouders &amp; Onderwijs first. You can do that at every step, also when you are stuck. "
        "They will often ask you four things. Which steps have you taken already? Is there a "
        "disagreement between you, the school and the samenwerkingsverband? Do you disagree "
        "with advice, and can you not sort it out yourself any more? Is your child at home, "
        "or could that happen? As far as possible, you stay in charge of what happens.",
        "ar": "هل لديك سؤال عن المساعدة لطفلك في المدرسة؟ يمكنك دائمًا أن تتصل أولًا "
        "بـ Ouders &amp; Onderwijs. يمكنك ذلك في كل خطوة، وأيضًا عندما تتعثّر. "
        "سيسألونك غالبًا عن أربعة أشياء. ما الخطوات التي قمت بها؟ هل هناك خلاف بينك وبين "
        "المدرسة وتحالف المدارس؟ هل لا توافق على نصيحة ولم تعد تستطيع حلّ الأمر بنفسك؟ "
        "هل يبقى طفلك في البيت، أو قد يحدث ذلك؟ تبقى أنت صاحب القرار قدر الإمكان.",
    },
    "Praat met de school": {
        "en": "Talk to the school",
        "ar": "تحدّث مع المدرسة",
    },
    "De school van je kind is de eerste plek voor je vraag. Praat met de leraar of met de "
    "directie. Ouders &amp; Onderwijs kan je helpen om dat gesprek voor te bereiden. Zij vragen "
    "meestal eerst of je er samen met de school uit kunt komen.": {
        "en": "Your child's school is the first place for your question. Talk to the teacher "
        "or to the school's management. Ouders &amp; Onderwijs can help you prepare that talk. "
        "They usually ask first whether you can sort it out together with the school.",
        "ar": "مدرسة طفلك هي المكان الأول لسؤالك. تحدّث مع المعلّم أو مع إدارة المدرسة. "
        "يمكن لـ Ouders &amp; Onderwijs أن يساعدك في التحضير لهذا الحديث. "
        "وهم يسألون عادةً أولًا إن كنت تستطيع حلّ الأمر مع المدرسة.",
    },
    "Neem contact op met het samenwerkingsverband": {
        "en": "Contact the samenwerkingsverband",
        "ar": "تواصل مع تحالف المدارس",
    },
    "Kom je er met de school niet uit? Neem dan contact op met het samenwerkingsverband van "
    "de school. Het heeft een ouder- en jeugdsteunpunt. Daar krijg je uitleg en hulp bij het "
    "zoeken naar een goede plek.": {
        "en": "Can you not agree with the school? Then contact the samenwerkingsverband of the "
        "school. It has a help point for parents and young people. There you get explanations "
        "and help to find a good place.",
        "ar": "ألا تتوصّل إلى اتفاق مع المدرسة؟ عندها تواصل مع تحالف المدارس التابعة له المدرسة. "
        "لديه مكتب دعم للأهل والشباب. هناك تحصل على شرح ومساعدة في البحث عن مكان مناسب.",
    },
    "Schakel een onderwijsconsulent in": {
        "en": "Call in an education consultant",
        "ar": "استعن بمستشار تعليم",
    },
    "Kom je er met de school en het samenwerkingsverband niet uit? Of zit je kind langer dan "
    "4 weken thuis zonder goede plek? Dan kan een onderwijsconsulent helpen. Dat kost je "
    "niets. De consulent komt meestal bij je thuis. Samen maken jullie een plan, ook met de "
    "school. Jij beslist zo veel mogelijk zelf mee.": {
        "en": "Can you not agree with the school and the samenwerkingsverband? Or has your child "
        "been at home for more than 4 weeks without a good place? Then an education consultant "
        "can help. It costs you nothing. The consultant usually visits you at home. Together "
        "you make a plan, with the school too. As far as possible, you decide with them.",
        "ar": "ألا تتوصّل إلى اتفاق مع المدرسة وتحالف المدارس؟ أو يبقى طفلك في البيت أكثر من "
        "4 أسابيع دون مكان مناسب؟ عندها يمكن لمستشار التعليم أن يساعد. لا يكلّفك ذلك شيئًا. "
        "يأتي المستشار عادةً إلى بيتك. وتضعان معًا خطة، مع المدرسة أيضًا. "
        "وتشارك أنت في القرار قدر الإمكان.",
    },
    "Vraag Het Juiste Loket om advies over zorg": {
        "en": "Ask Het Juiste Loket for advice about care",
        "ar": "اطلب النصيحة عن الرعاية من Het Juiste Loket",
    },
    "Heeft je kind zorg nodig om naar school te kunnen? En weet niemand wie dat moet betalen? "
    "Dan kan Het Juiste Loket je helpen. Zij weten wie waarvoor zorgt. Je vult een formulier "
    "in om advies te vragen.": {
        "en": "Does your child need care to be able to go to school? And does nobody know who "
        "has to pay for it? Then Het Juiste Loket can help you. They know who is responsible "
        "for what. You fill in a form to ask for advice.",
        "ar": "هل يحتاج طفلك إلى رعاية ليستطيع الذهاب إلى المدرسة؟ ولا أحد يعرف من يجب أن يدفع؟ "
        "عندها يمكن لـ Het Juiste Loket أن يساعدك. فهم يعرفون من المسؤول عن ماذا. "
        "تملأ استمارة لتطلب النصيحة.",
    },
    "Schakel een onderwijszorgconsulent in": {
        "en": "Call in an education and care consultant",
        "ar": "استعن بمستشار التعليم والرعاية",
    },
    "Weet Het Juiste Loket ook niet wat er moet gebeuren? Dan kan een onderwijszorgconsulent "
    "helpen. Dat is een onderwijsconsulent die veel weet van zorg op school. Je bereikt hem "
    "of haar via de onderwijsconsulenten.": {
        "en": "Does Het Juiste Loket not know either what needs to happen? Then an education "
        "and care consultant can help. This is an education consultant who knows a lot about "
        "care at school. You reach them through the education consultants.",
        "ar": "ألا يعرف Het Juiste Loket أيضًا ما يجب فعله؟ عندها يمكن لمستشار التعليم والرعاية "
        "أن يساعد. هو مستشار تعليم يعرف الكثير عن الرعاية في المدرسة. "
        "تصل إليه عن طريق مستشاري التعليم.",
    },
    "Vraag naar de LANSbrekers": {
        "en": "Ask about the LANSbrekers",
        "ar": "اسأل عن LANSbrekers",
    },
    "Zit je kind thuis, of dreigt dat? Vraag dan aan de deskundige die je helpt of hij of zij "
    "bij de LANSbrekers hoort. Je kunt de LANSbrekers niet zelf bellen. Het is een groep "
    "ouders en deskundigen die kinderen weer naar school wil helpen.": {
        "en": "Is your child at home, or could that happen? Then ask the expert who helps you "
        "whether they belong to the LANSbrekers. You cannot call the LANSbrekers yourself. "
        "It is a group of parents and experts who want to help children back to school.",
        "ar": "هل يبقى طفلك في البيت، أو قد يحدث ذلك؟ عندها اسأل الخبير الذي يساعدك إن كان "
        "ينتمي إلى LANSbrekers. لا يمكنك الاتصال بـ LANSbrekers بنفسك. "
        "إنها مجموعة من الأهل والخبراء تريد مساعدة الأطفال على العودة إلى المدرسة.",
    },
    "Vraag naar je rechten": {
        "en": "Ask about your rights",
        "ar": "اسأل عن حقوقك",
    },
    "Wil je weten wat jouw rechten en plichten zijn, en die van de school? Dan kan RegelRecht "
    "je helpen. Je kunt ook vragen stellen bij het Juridisch Loket. Daar geven juristen "
    "antwoord, en dat kost je niets.": {
        "en": "Do you want to know your rights and duties, and those of the school? Then "
        "RegelRecht can help you. You can also ask questions at Het Juridisch Loket. "
        "Lawyers answer there, and it costs you nothing.",
        "ar": "هل تريد أن تعرف حقوقك وواجباتك، وحقوق المدرسة وواجباتها؟ عندها يمكن لـ RegelRecht "
        "أن يساعدك. ويمكنك أيضًا أن تسأل في Het Juridisch Loket. "
        "هناك يجيب محامون، ولا يكلّفك ذلك شيئًا.",
    },
    "Geef een signaal aan de inspectie": {
        "en": "Let the inspectorate know",
        "ar": "أبلغ مفتشية التعليم",
    },
    "De inspectie lost je probleem niet zelf op. Maar ze spreekt scholen en "
    "samenwerkingsverbanden wel aan. Vul het contactformulier in en vertel wat er speelt. "
    "Zo krijgt de inspectie een signaal.": {
        "en": "The inspectorate does not solve your problem itself. But it does hold schools and "
        "samenwerkingsverbanden to account. Fill in the contact form and say what is going on. "
        "That way the inspectorate gets a signal.",
        "ar": "لا تحلّ المفتشية مشكلتك بنفسها. لكنها تحاسب المدارس وتحالفات المدارس. "
        "املأ استمارة الاتصال واشرح ما يحدث. هكذا تصل إشارة إلى المفتشية.",
    },
    "Kom op voor de rechten van je kind": {
        "en": "Stand up for your child's rights",
        "ar": "دافع عن حقوق طفلك",
    },
    "Elk kind heeft recht op goed onderwijs, op een manier die bij het kind past. Dat staat "
    "in het Kinderrechtenverdrag. Houdt de school of de overheid zich daar niet aan? Dan kun "
    "je naar de Kinderombudsman. Of naar de Kinderrechtenhelpdesk van Defence for Children.": {
        "en": "Every child has the right to good education, in a way that suits the child. "
        "That is in the Convention on the Rights of the Child. Does the school or the "
        "government not keep to it? Then you can go to the Children's Ombudsman. Or to the "
        "children's rights helpdesk of Defence for Children.",
        "ar": "لكل طفل الحق في تعليم جيد، بطريقة تناسبه. هذا مكتوب في اتفاقية حقوق الطفل. "
        "ألا تلتزم المدرسة أو الحكومة بذلك؟ عندها يمكنك التوجّه إلى أمين مظالم الأطفال. "
        "أو إلى مكتب مساعدة حقوق الطفل لدى Defence for Children.",
    },
}
