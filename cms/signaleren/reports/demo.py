"""Plausible usage for the example SWVs, so ``make run`` shows a report with content.

Generated, clearly fake and the same on every run: reads per day and item,
answers to "Was dit nuttig?", a few comments and searches without results
(some seen fewer than 3 times, which the report leaves out).
"""

import random
from datetime import timedelta

from django.db.models import F
from django.utils import timezone

from content_models.models import InformationItem, Region
from search.models import ZeroResultQuery

from ..models import Feedback, UsageCount

DAYS = 200
COMMENTS = [
    (True, "Duidelijk uitgelegd, nu weet ik wat een TLV is."),
    (True, "Fijn dat het telefoonnummer van het steunpunt erbij staat."),
    (False, "Te moeilijk, ik snap het woord ontwikkelingsperspectief niet."),
    (False, "Ik mis een voorbeeld van een gesprek met school."),
    (False, "Het telefoonnummer werd niet opgenomen, ik kreeg geen antwoord."),
    (False, "Klopt dit nog? Op de site van school staat iets anders."),
    (True, "Goed dat er staat wat ik zelf kan doen."),
    (False, "De tekst is lang, kan het korter?"),
]
SEARCHES = {
    "vervoer naar school": 9,
    "pgb": 6,
    "dyslexie": 5,
    "huiswerkbegeleiding": 2,
    "logopedie": 1,
}


def generate_usage(log) -> int:
    items = list(
        InformationItem.objects.filter(live=True, locale__language_code="nl", supplement_to=None)
    )
    created = 0
    today = timezone.localdate()
    for region in Region.objects.filter(is_example=True):
        if UsageCount.objects.filter(region_code=region.code).exists():
            continue
        rng = random.Random(region.code)
        popularity = {item.slug: rng.randint(1, 8) for item in items}
        counts = []
        for offset in range(DAYS):
            day = today - timedelta(days=offset + 1)
            for item in items:
                views = rng.randint(0, popularity[item.slug])
                if not views:
                    continue
                answers = rng.randint(0, max(1, views // 3))
                helpful = sum(
                    rng.random() < 0.3 + popularity[item.slug] / 12 for _ in range(answers)
                )
                counts.append(
                    UsageCount(
                        date=day,
                        item_slug=item.slug,
                        region_code=region.code,
                        locale="nl",
                        views=views,
                        helpful=helpful,
                        not_helpful=answers - helpful,
                    )
                )
        UsageCount.objects.bulk_create(counts)
        for index, (helpful, comment) in enumerate(COMMENTS * 3):
            item = rng.choice(items)
            day = today - timedelta(days=1 + index * 7)
            Feedback.objects.create(
                date=day,
                item_slug=item.slug,
                item_key=item.translation_key,
                region_code=region.code,
                locale="nl",
                helpful=helpful,
                comment=comment,
            )
            row, _new = UsageCount.objects.get_or_create(
                date=day, item_slug=item.slug, region_code=region.code, locale="nl"
            )
            UsageCount.objects.filter(pk=row.pk).update(comments=F("comments") + 1)
        for query, times in SEARCHES.items():
            ZeroResultQuery.objects.create(
                date=today - timedelta(days=rng.randint(1, 80)),
                locale="nl",
                region_code=region.code,
                query=query,
                count=times,
            )
        created += len(counts)
    log(f"Demo-gebruik voor de rapporten: {created} dagtellingen.")
    return 0
