"""The content gap list: topics people ask or search about, without live, current information.

A topic is asked about when at least ``MIN_CELL`` contacts in the period had it,
or searched for when searches that found nothing add up to ``MIN_CELL`` and
their words match the topic's title. Its information is current when a live
article or question on the topic, in the SWV's scope, is neither past its
``review_by`` date nor last published more than ``STALE_AFTER`` ago.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.admin.utils import quote
from django.db.models import Count, Q, Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content_models.models import InformationItem, Question, Region, Topic
from search.models import ZeroResultQuery
from search.text import fold, words

from ..models import SupportContact
from .cells import MIN_CELL
from .contacts import contacts_in
from .period import Period

STALE_AFTER = timedelta(days=365)
INFORMING_MODELS = (InformationItem, Question)
NO_INFORMATION = _("Geen informatie")
OUTDATED = _("Informatie verouderd")


@dataclass
class Gap:
    title: str
    admin_url: str
    questions: int
    searches: int
    status: str


def matches(query: str, title: str) -> bool:
    """``vervoer`` matches "Leerlingenvervoer"; "opp kind" matches "OPP"."""
    query, title = fold(query), fold(title)
    if query in title or title in query:
        return True
    return bool({w for w in words(query) if len(w) >= 4} & set(words(title)))


def in_scope(region: Region | None) -> Q:
    """National content, plus the SWV's own when there is one."""
    return Q(region__isnull=True) if region is None else Q(region__isnull=True) | Q(region=region)


def information_state(topics: list[Topic], region: Region | None, today: date) -> dict[int, str]:
    """Per topic without current information: why not (no information, or outdated)."""
    live, current = set(), set()
    stale_before = today - STALE_AFTER
    for model in INFORMING_MODELS:
        rows = model.objects.filter(
            in_scope(region), live=True, locale__language_code="nl", topics__in=topics
        ).values_list("topics", "review_by", "last_published_at")
        for topic_id, review_by, published in rows:
            live.add(topic_id)
            fresh_review = review_by is None or review_by >= today
            if fresh_review and published is not None and published.date() >= stale_before:
                current.add(topic_id)
    return {
        topic.pk: str(OUTDATED if topic.pk in live else NO_INFORMATION)
        for topic in topics
        if topic.pk not in current
    }


def content_gaps(region: Region | None, period: Period, today: date) -> list[Gap]:
    questions = Counter(
        dict(
            SupportContact.topics.through.objects.filter(
                supportcontact__in=contacts_in(region, period).values("pk")
            )
            .values_list("topic")
            .annotate(total=Count("supportcontact"))
            .values_list("topic", "total")
        )
    )
    searches = ZeroResultQuery.objects.filter(date__range=(period.start, period.end))
    if region is not None:
        searches = searches.filter(region_code=region.code)
    search_totals = (
        searches.values("query").annotate(total=Sum("count")).values_list("query", "total")
    )
    topics = list(Topic.objects.filter(in_scope(region), live=True, locale__language_code="nl"))
    searched = Counter()
    for query, total in search_totals:
        for topic in topics:
            if matches(query, topic.title):
                searched[topic.pk] += total
    wanted = [
        topic
        for topic in topics
        if questions[topic.pk] >= MIN_CELL or searched[topic.pk] >= MIN_CELL
    ]
    missing = information_state(wanted, region, today)
    gaps = [
        Gap(
            title=topic.title,
            admin_url=reverse(topic.snippet_viewset.get_url_name("edit"), args=[quote(topic.pk)]),
            questions=questions[topic.pk],
            searches=searched[topic.pk],
            status=missing[topic.pk],
        )
        for topic in wanted
        if topic.pk in missing
    ]
    return sorted(gaps, key=lambda gap: (-(gap.questions + gap.searches), gap.title))
