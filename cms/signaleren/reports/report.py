"""One SWV (or all of them, the national view), one period: what was read, what helped,
what people missed, and what they asked the steunpunt.

Small numbers are suppressed so no single person can be recognised (the rule is
in ``cells``): a search that found nothing is listed only when it was made at
least ``MIN_CELL`` times in the period, and an item's helpfulness only from
``MIN_CELL`` answers.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState

from content_models.models import REVIEWED_MODELS, InformationItem, Region
from search.models import ZeroResultQuery
from workflows.models import PanelReviewTask

from .. import usage
from ..models import Feedback, UsageCount
from .cells import MIN_CELL
from .contacts import ContactFigures, contact_figures
from .gaps import Gap, content_gaps, in_scope
from .period import Period
from .themes import theme_of

TOP = 10


def in_region(region: Region | None) -> dict[str, str]:
    """The filter on ``region_code`` for one SWV; nothing for the national view."""
    return {} if region is None else {"region_code": region.code}


@dataclass
class ItemFigures:
    slug: str
    title: str
    views: int
    helpful: int
    not_helpful: int

    @property
    def answers(self) -> int:
        return self.helpful + self.not_helpful

    @property
    def helpful_percent(self) -> int | None:
        return round(100 * self.helpful / self.answers) if self.answers >= MIN_CELL else None


@dataclass
class Theme:
    code: str
    label: str
    count: int
    examples: list[str] = field(default_factory=list)


@dataclass
class Totals:
    views: int = 0
    helpful: int = 0
    not_helpful: int = 0
    comments: int = 0

    @property
    def helpful_percent(self) -> int | None:
        answers = self.helpful + self.not_helpful
        return round(100 * self.helpful / answers) if answers >= MIN_CELL else None


@dataclass
class Report:
    region: Region | None
    period: Period
    previous: Period
    totals: Totals
    previous_totals: Totals
    most_viewed: list[ItemFigures]
    least_helpful: list[ItemFigures]
    zero_results: list[tuple[str, int]]
    themes: list[Theme]
    weekly_views: list[tuple[str, int]]
    overdue: list[tuple[str, str, date]]
    waiting_for_panels: list[tuple[str, str]]
    contacts: ContactFigures
    previous_contacts: ContactFigures
    gaps: list[Gap]
    generated_at: object = field(default_factory=timezone.now)

    @property
    def national(self) -> bool:
        return self.region is None

    @property
    def scope_code(self) -> str:
        return "landelijk" if self.region is None else self.region.code

    @property
    def scope_label(self) -> str:
        if self.region is None:
            return str(_("Alle samenwerkingsverbanden samen"))
        return f"{self.region.name} ({self.region.code})"


def totals(region: Region | None, period: Period) -> Totals:
    sums = UsageCount.objects.filter(
        **in_region(region), date__range=(period.start, period.end)
    ).aggregate(
        views=Sum("views"),
        helpful=Sum("helpful"),
        not_helpful=Sum("not_helpful"),
        comments=Sum("comments"),
    )
    return Totals(**{key: value or 0 for key, value in sums.items()})


def item_figures(region: Region | None, period: Period) -> list[ItemFigures]:
    rows = (
        UsageCount.objects.filter(**in_region(region), date__range=(period.start, period.end))
        .values("item_slug")
        .annotate(views=Sum("views"), helpful=Sum("helpful"), not_helpful=Sum("not_helpful"))
    )
    titles = dict(
        InformationItem.objects.filter(
            slug__in=[r["item_slug"] for r in rows], locale__language_code="nl"
        ).values_list("slug", "title")
    )
    return [
        ItemFigures(
            r["item_slug"],
            titles.get(r["item_slug"], r["item_slug"]),
            r["views"],
            r["helpful"],
            r["not_helpful"],
        )
        for r in rows
    ]


def zero_results(region: Region | None, period: Period) -> list[tuple[str, int]]:
    rows = (
        ZeroResultQuery.objects.filter(**in_region(region), date__range=(period.start, period.end))
        .values("query")
        .annotate(total=Sum("count"))
        .filter(total__gte=MIN_CELL)
        .order_by("-total", "query")
    )
    return [(row["query"], row["total"]) for row in rows[:TOP]]


def themes(region: Region | None, period: Period) -> list[Theme]:
    found: dict[str, Theme] = {}
    comments = Feedback.objects.filter(
        **in_region(region), date__range=(period.start, period.end)
    ).exclude(comment="")
    for comment in comments.order_by("-date").values_list("comment", flat=True):
        code, label = theme_of(comment)
        theme = found.setdefault(code, Theme(code, label, 0))
        theme.count += 1
        # The national view is aggregates only: no comments quoted.
        if region is not None and len(theme.examples) < 3:
            theme.examples.append(comment[:300])
    return sorted(found.values(), key=lambda t: -t.count)


def weekly_views(region: Region | None, period: Period) -> list[tuple[str, int]]:
    per_day = dict(
        UsageCount.objects.filter(**in_region(region), date__range=(period.start, period.end))
        .values_list("date")
        .annotate(total=Sum("views"))
        .values_list("date", "total")
    )
    weeks: dict[date, int] = defaultdict(int)
    day = period.start
    while day <= period.end:
        weeks[day - timedelta(days=day.weekday())] += per_day.get(day, 0)
        day += timedelta(days=1)
    return [(f"{monday:%d-%m}", total) for monday, total in sorted(weeks.items())]


def content_state(region: Region | None, today: date) -> tuple[list, list]:
    scope = in_scope(region)
    overdue = []
    for model in REVIEWED_MODELS:
        for obj in model.objects.filter(scope, live=True, review_by__lt=today).select_related(
            "region"
        ):
            overdue.append((str(model._meta.verbose_name), str(obj), obj.review_by))
    in_panels = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        current_task_state__task__in=PanelReviewTask.objects.all(),
    )
    waiting = []
    for state in in_panels.select_related("current_task_state__task"):
        obj = state.content_object
        # Only the SWV's own texts: the drafts of national texts are not its readers' business.
        if obj is not None and obj.region_id == (region.pk if region else None):
            waiting.append((str(obj), state.current_task_state.task.name))
    return sorted(overdue, key=lambda row: row[2]), waiting


def build_report(region: Region | None, period: Period) -> Report:
    """The report of one SWV, or the national view over all SWVs when ``region`` is None."""
    usage.flush()  # counts still buffered in Redis belong in the report
    figures = item_figures(region, period)
    today = timezone.localdate()
    overdue, waiting = content_state(region, today)
    rated = [f for f in figures if f.helpful_percent is not None]
    return Report(
        region=region,
        period=period,
        previous=period.previous(),
        totals=totals(region, period),
        previous_totals=totals(region, period.previous()),
        most_viewed=sorted(figures, key=lambda f: (-f.views, f.title))[:TOP],
        least_helpful=sorted(rated, key=lambda f: (f.helpful_percent, -f.answers))[:TOP],
        zero_results=zero_results(region, period),
        themes=themes(region, period),
        weekly_views=weekly_views(region, period),
        overdue=overdue,
        waiting_for_panels=waiting,
        contacts=contact_figures(region, period),
        previous_contacts=contact_figures(region, period.previous()),
        gaps=content_gaps(region, period, today),
    )
