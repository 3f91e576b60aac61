"""Every table of the report, its cells already suppressed, shared by HTML, CSV and PDF.

Because the three formats print the same ``Section`` objects, a small number
hidden on the admin page is hidden in the download too.
"""

from dataclasses import dataclass, field
from statistics import median

from django.utils.translation import gettext as _

from ..models import Channel, Handling
from .cells import MIN_CELL, change_cell, count_cell, count_cells, is_hidden
from .charts import bar_chart, column_chart
from .contacts import Evaluations
from .report import Report

BOARD_TOP = 5


@dataclass
class Link:
    """A cell that links to the admin (a topic in the gap list)."""

    text: str
    url: str

    def __str__(self) -> str:
        return self.text


@dataclass
class Section:
    group: str
    title: str
    header: list[str]
    rows: list[list]
    chart: str = ""
    examples: list[tuple[str, list[str]]] = field(default_factory=list)


def percent(value: int | None) -> str:
    return "–" if value is None else f"{value}%"


def totals_section(report: Report, group: str) -> Section:
    now, before = report.totals, report.previous_totals
    rows = []
    for label, attribute in (
        (_("gelezen"), "views"),
        (_("nuttig"), "helpful"),
        (_("niet nuttig"), "not_helpful"),
        (_("opmerkingen"), "comments"),
    ):
        cells = count_cell(getattr(now, attribute)), count_cell(getattr(before, attribute))
        rows.append([label, *cells, change_cell(*cells)])
    return Section(
        group,
        _("Totaal"),
        [_("wat"), report.period.label, report.previous.label, _("verandering")],
        rows,
    )


def weekly_section(report: Report, group: str) -> Section:
    """The weeks add up to the period's views: the chart gets the same suppressed cells."""
    cells = count_cells([views for _week, views in report.weekly_views])
    points = [(week, cell) for (week, _views), cell in zip(report.weekly_views, cells, strict=True)]
    return Section(
        group,
        _("Gelezen per week"),
        [_("week van"), _("gelezen")],
        [list(point) for point in points],
        chart=column_chart(_("Gelezen per week"), points),
    )


def usage_sections(report: Report) -> list[Section]:
    group = _("Gebruik van de informatie")
    viewed = count_cells([f.views for f in report.most_viewed])
    theme_counts = count_cells([theme.count for theme in report.themes])
    return [
        totals_section(report, group),
        weekly_section(report, group),
        Section(
            group,
            _("Meest gelezen"),
            [_("informatie"), _("gelezen"), _("nuttig")],
            [
                [f.title, cell, percent(f.helpful_percent)]
                for f, cell in zip(report.most_viewed, viewed, strict=True)
            ],
            chart=bar_chart(
                _("Meest gelezen"),
                [
                    (f.title, cell)
                    for f, cell in zip(report.most_viewed, viewed, strict=True)
                    if not is_hidden(cell)
                ],
            ),
        ),
        Section(
            group,
            _("Minst nuttig"),
            [_("informatie"), _("nuttig"), _("antwoorden")],
            [[f.title, percent(f.helpful_percent), f.answers] for f in report.least_helpful],
            chart=bar_chart(
                _("Minst nuttig (percentage ‘ja’)"),
                [(f.title, f.helpful_percent) for f in report.least_helpful],
                unit="%",
            ),
        ),
        Section(
            group,
            _("Gezocht, niets gevonden"),
            [_("zoekwoorden"), _("aantal keer")],
            [[query, total] for query, total in report.zero_results],
        ),
        Section(
            group,
            _("Waar gaan de opmerkingen over?"),
            [_("thema"), _("aantal")],
            [[t.label, cell] for t, cell in zip(report.themes, theme_counts, strict=True)],
            examples=[
                (t.label, t.examples)
                for t, cell in zip(report.themes, theme_counts, strict=True)
                if t.examples and not is_hidden(cell)
            ],
        ),
    ]


@dataclass
class Trend:
    """One theme (a kind of signal or a topic) in this and the previous period."""

    kind: str
    label: str
    now: int
    before: int
    cells: tuple[int | str, int | str]

    @property
    def row(self) -> list:
        return [self.label, *self.cells, change_cell(*self.cells)]


def trends(kind: str, now: dict[str, int], before: dict[str, int], *, adds_up: bool = True):
    """Both periods of a breakdown, each period's cells suppressed within that period."""
    labels = sorted(set(now) | set(before), key=lambda label: (-now.get(label, 0), label))
    return [
        Trend(kind, label, now.get(label, 0), before.get(label, 0), cells)
        for label, cells in zip(labels, both_periods(now, before, labels, adds_up), strict=True)
    ]


def both_periods(now: dict, before: dict, labels: list[str], adds_up: bool = True):
    return zip(
        count_cells([now.get(label, 0) for label in labels], adds_up=adds_up),
        count_cells([before.get(label, 0) for label in labels], adds_up=adds_up),
        strict=True,
    )


def minute_cells(minutes: list[int], count: int | str) -> list[int | str]:
    """Total and median minutes of a group, hidden as its count is (``count`` is its cell)."""
    if is_hidden(count):
        return [count, count]
    return [sum(minutes), round(median(minutes))] if minutes else [0, 0]


def evaluation_rows(groups: dict[str, Evaluations], labels: list[str]) -> list[list]:
    """Scores hidden where the number of answers is: they share the row's suppression."""
    answers = count_cells([groups[label].answers if label in groups else 0 for label in labels])
    rows = []
    for label, cell in zip(labels, answers, strict=True):
        scores = groups.get(label, Evaluations())
        if is_hidden(cell):
            rows.append([label, cell, cell, cell])
        else:
            rows.append([label, cell, f"{scores.average:.1f}", f"{scores.got_it_percent}%"])
    return rows


def compared(report: Report, label: str) -> list[str]:
    return [label, report.period.label, report.previous.label, _("verandering")]


def summary_section(report: Report, group: str) -> Section:
    now, before = report.contacts, report.previous_contacts
    answers = now.evaluations.answers
    questions = count_cell(now.total), count_cell(before.total)
    total_minutes, median_minutes = minute_cells(now.minutes, questions[0])
    rows = [
        [_("vragen"), *questions, change_cell(*questions)],
        [_("tijd in totaal (minuten)"), total_minutes, "", ""],
        [_("tijd per vraag, mediaan (minuten)"), median_minutes, "", ""],
        [_("evaluatielinks gegeven"), count_cell(now.links_issued), "", ""],
        [_("evaluaties ingevuld"), count_cell(answers), "", ""],
    ]
    if answers >= MIN_CELL:
        rows += [
            [_("gemiddeld cijfer (1 tot 5)"), f"{now.evaluations.average:.1f}", "", ""],
            [_("kreeg wat nodig was"), f"{now.evaluations.got_it_percent}%", "", ""],
        ]
    return Section(group, _("Vragen en tijd"), compared(report, _("wat")), rows)


def choice_section(report: Report, group: str, title: str, label: str, attribute: str, choices):
    """A breakdown over every choice (channel, handling), also those nobody used."""
    now, before = getattr(report.contacts, attribute), getattr(report.previous_contacts, attribute)
    labels = [str(choice) for choice in choices]
    rows = [
        [name, *cells, change_cell(*cells)]
        for name, cells in zip(labels, both_periods(now, before, labels), strict=True)
    ]
    return Section(group, title, compared(report, label), rows)


def contact_sections(report: Report, kinds: list[Trend], topics: list[Trend]) -> list[Section]:
    group = _("Vragen aan het steunpunt")
    now = report.contacts
    kind_rows = [
        [*kind.row, *minute_cells(now.minutes_by_kind.get(kind.label, []), kind.cells[0])]
        for kind in kinds
    ]
    kind_labels = [kind.label for kind in kinds]
    handlings = [str(label) for label in Handling.labels]
    evaluation_header = [_("ingevuld"), _("gemiddeld cijfer"), _("kreeg wat nodig was")]
    return [
        summary_section(report, group),
        Section(
            group,
            _("Vragen per soort signaal"),
            [
                *compared(report, _("soort signaal")),
                _("tijd in totaal (minuten)"),
                _("mediaan (minuten)"),
            ],
            kind_rows,
            chart=bar_chart(
                _("Vragen per soort signaal"),
                [(kind.label, kind.now) for kind in kinds if not is_hidden(kind.cells[0])],
            ),
        ),
        Section(
            group,
            _("Vragen per onderwerp"),
            compared(report, _("onderwerp")),
            [topic.row for topic in topics],
        ),
        choice_section(
            report, group, _("Vragen per kanaal"), _("kanaal"), "by_channel", Channel.labels
        ),
        choice_section(
            report, group, _("Wat het steunpunt deed"), _("aanpak"), "by_handling", handlings
        ),
        Section(
            group,
            _("Evaluaties per soort signaal"),
            [_("soort signaal"), *evaluation_header],
            evaluation_rows(now.evaluations_by_kind, kind_labels),
        ),
        Section(
            group,
            _("Evaluaties per aanpak"),
            [_("aanpak"), *evaluation_header],
            evaluation_rows(now.evaluations_by_handling, handlings),
        ),
    ]


def board_section(report: Report, themes: list[Trend]) -> Section:
    """The themes that grew most, only those shown in this period, with the very cells of
    their own table (another suppression here could undo the one there)."""
    grown = sorted(
        (t for t in themes if not is_hidden(t.cells[0]) and t.now > t.before),
        key=lambda t: (t.before - t.now, t.label),
    )[:BOARD_TOP]
    return Section(
        _("Signalen voor het bestuur"),
        _("Wat groeide het meest"),
        [_("thema"), _("soort"), report.period.label, report.previous.label, _("verandering")],
        [[t.label, t.kind, *t.cells, change_cell(*t.cells)] for t in grown],
    )


def gap_section(report: Report) -> Section:
    return Section(
        _("Signalen voor het bestuur"),
        _("Ontbrekende of verouderde informatie"),
        [_("onderwerp"), _("vragen"), _("gezocht zonder resultaat"), _("stand")],
        [
            [
                Link(gap.title, gap.admin_url),
                count_cell(gap.questions),
                count_cell(gap.searches),
                gap.status,
            ]
            for gap in report.gaps
        ],
    )


def state_sections(report: Report) -> list[Section]:
    group = _("Stand van de informatie")
    return [
        Section(
            group,
            _("Te controleren (datum voorbij)"),
            [_("soort"), _("titel"), _("controleren voor")],
            [[kind, title, f"{day:%d-%m-%Y}"] for kind, title, day in report.overdue],
        ),
        Section(
            group,
            _("Wacht op een panel"),
            [_("titel"), _("stap")],
            [list(row) for row in report.waiting_for_panels],
        ),
    ]


def sections(report: Report) -> list[Section]:
    now, before = report.contacts, report.previous_contacts
    kinds = trends(_("soort signaal"), now.by_kind, before.by_kind)
    # A contact can have several topics: they do not add up to a total.
    topics = trends(_("onderwerp"), now.by_topic, before.by_topic, adds_up=False)
    return [
        *usage_sections(report),
        *contact_sections(report, kinds, topics),
        board_section(report, kinds + topics),
        gap_section(report),
        *state_sections(report),
    ]
