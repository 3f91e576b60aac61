"""A plausible register for the example SWVs: 2026-Q3 and 2026-Q4, the same on every run.

Made up and clearly fake, but shaped like a steunpunt's quarter: most questions
by phone from parents, "thuiszitten" and "vervoer" growing in the last quarter
(the signals for the board), a few kinds and channels too rare to show (under
5, suppressed in the report), and evaluations from about a third of the contacts.
"""

import random
from datetime import date, timedelta

from django.utils import timezone

from content_models.models import Organisation, Region, Topic

from ..models import (
    Asker,
    Channel,
    GotWhatNeeded,
    Handling,
    Outcome,
    SchoolSector,
    SignalKind,
    SupportContact,
    SupportEvaluation,
)

QUARTERS = (date(2026, 7, 1), date(2026, 10, 1))
# kind: (contacts in Q3, contacts in Q4, usual minutes, topic slugs, what was asked)
KINDS = {
    "communicatie met school": (30, 34, 35, ["zorgplicht", "extra-ondersteuning"],
                                "Gesprek met school loopt vast over extra hulp in de klas."),
    "thuiszitten": (12, 23, 60, ["thuiszitten", "zorgplicht"],
                    "Kind zit al weken thuis, ouder zoekt een plek en weet niet wie moet helpen."),
    "toelaatbaarheid/TLV": (17, 18, 30, ["samenwerkingsverband", "extra-ondersteuning"],
                            "Vraag hoe een TLV voor speciaal onderwijs wordt aangevraagd."),
    "OPP": (14, 15, 40, ["opp"],
            "Ouder wil weten wat er in het OPP moet staan en of ze mag meepraten."),
    "vervoer": (5, 14, 20, ["leerlingenvervoer"],
                "Vraag over leerlingenvervoer naar een school verder weg."),
    "schorsing/verwijdering": (4, 3, 75, ["schorsing-en-verwijdering", "geschillen"],
                               "Leerling is geschorst, ouder wil weten wat de regels zijn."),
    "zorg en onderwijs": (8, 9, 45, ["extra-ondersteuning"],
                          "Zorg van de gemeente en hulp op school sluiten niet op elkaar aan."),
}  # fmt: skip
CHANNELS = {Channel.PHONE: 50, Channel.EMAIL: 26, Channel.MEETING: 19, Channel.CHAT: 5}
ASKERS = {Asker.PARENT: 76, Asker.PROFESSIONAL: 15, Asker.YOUNG_PERSON: 9}
SECTORS = {
    "PO": {
        SchoolSector.PO: 60,
        SchoolSector.SBO: 10,
        SchoolSector.SO: 10,
        SchoolSector.UNKNOWN: 20,
    },
    "VO": {
        SchoolSector.VO: 60,
        SchoolSector.VSO: 15,
        SchoolSector.MBO: 5,
        SchoolSector.UNKNOWN: 20,
    },
}
HANDLINGS = {Handling.INFORMED: 55, Handling.REFERRED: 25, Handling.ACCOMPANIED: 12,
             Handling.ESCALATED: 8}  # fmt: skip
OUTCOMES = {Outcome.ANSWERED: 50, Outcome.SOLVED: 20, Outcome.IN_PROGRESS: 20,
            Outcome.NOT_SOLVED: 10}  # fmt: skip
REFERRALS = ["onderwijsconsulenten", "het-juiste-loket", "onderwijsgeschillen", "juridisch-loket"]
COMMENTS = [
    "Fijn dat iemand de tijd nam om alles uit te leggen.",
    "Ik weet nu welke stap ik kan zetten.",
    "Het duurde lang voordat ik werd teruggebeld.",
    "Goed dat jullie mee gingen naar het gesprek op school.",
    "Ik had gehoopt dat het sneller opgelost zou zijn.",
]


def pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def generate_contacts(log) -> int:
    """Register the demo quarters once per example SWV (rerunning adds nothing)."""
    today = timezone.localdate()
    kinds = {kind.name: kind for kind in SignalKind.objects.filter(name__in=KINDS)}
    topics = {t.slug: t for t in Topic.objects.filter(live=True, locale__language_code="nl")}
    organisations = list(
        Organisation.objects.filter(slug__in=REFERRALS, live=True, locale__language_code="nl")
    )
    created = 0
    for region in Region.objects.filter(is_example=True):
        if SupportContact.objects.filter(region=region).exists():
            continue
        rng = random.Random(f"contacts-{region.code}")
        scale = 1.0 if region.sector == "PO" else 0.8
        for name, (*counts, minutes, topic_slugs, summary) in KINDS.items():
            if name not in kinds:
                continue
            for start, count in zip(QUARTERS, counts, strict=True):
                # A quarter still running gets its contacts in the days so far.
                days = min(91, (today - start).days)
                for _ in range(round(count * scale) if days > 0 else 0):
                    day = start + timedelta(days=rng.randrange(days))
                    handling = pick(rng, HANDLINGS)
                    contact = SupportContact.objects.create(
                        region=region,
                        date=day,
                        channel=pick(rng, CHANNELS),
                        asker=pick(rng, ASKERS),
                        school_sector=pick(rng, SECTORS[region.sector]),
                        kind=kinds[name],
                        handling=handling,
                        referred_to=rng.choice(organisations)
                        if handling == Handling.REFERRED and organisations
                        else None,
                        minutes=max(5, round(minutes * rng.uniform(0.5, 1.8) / 5) * 5),
                        outcome=pick(rng, OUTCOMES),
                        summary=summary if rng.random() < 0.6 else "",
                    )
                    contact.topics.set([topics[s] for s in topic_slugs if s in topics])
                    created += 1 + evaluate(rng, contact, today)
    log(f"Demo-vragenregister: {created} vragen en evaluaties.")
    return created


def evaluate(rng: random.Random, contact: SupportContact, today: date) -> int:
    """A link for about half of the contacts; about two thirds of those answer."""
    if rng.random() > 0.5:
        return 0
    answered_on = contact.date + timedelta(days=rng.randint(1, 6))
    answered = rng.random() < 0.65 and answered_on < today
    helpful = pick(rng, {5: 40, 4: 35, 3: 12, 2: 8, 1: 5})
    SupportEvaluation.objects.create(
        contact=contact,
        issued_on=contact.date,
        answered_on=answered_on if answered else None,
        helpful=helpful if answered else None,
        got_what_needed=(GotWhatNeeded.YES if helpful >= 4 else pick(rng, {"deels": 2, "nee": 1}))
        if answered
        else "",
        comment=rng.choice(COMMENTS) if answered and rng.random() < 0.3 else "",
    )
    return 1
