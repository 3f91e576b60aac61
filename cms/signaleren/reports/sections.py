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
from .contacts import ContactFigures, Evaluations
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


def breakdown(now: dict[str, int], before: dict[str, int], labels: list[str]) -> dict:
    """Cells per label for this and the previous period, each suppressed within its period."""
    now_cells = count_cells([now.get(label, 0) for label in labels])
    before_cells = count_cells([before.get(label, 0) for label in labels])
    return {label: (n, b) for label, n, b in zip(labels, now_cells, before_cells, strict=True)}


def ordered(now: dict[str, int], before: dict[str, int]) -> list[str]:
    return sorted(set(now) | set(before), key=lambda label: (-now.get(label, 0), label))


def minute_cells(minutes: list[int], count: int | str) -> list[int | str]:
    """Total and median minutes of a group, hidden as its count is (``count`` is its cell)."""
    if is_hidden(count) or not minutes:
        return [count, count] if is_hidden(count) else [0, 0]
    return [sum(minutes), round(median(minutes))]


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


def summary_section(now: ContactFigures, before: ContactFigures, report: Report, group: str):
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
    return Section(
        group,
        _("Vragen aan het steunpunt"),
        [_("wat"), report.period.label, report.previous.label, _("verandering")],
        rows,
    )


def contact_sections(report: Report) -> tuple[list[Section], dict]:
    """The steunpunt's sections, and the kind cells the board section must reuse."""
    group = _("Vragen aan het steunpunt")
    now, before = report.contacts, report.previous_contacts
    kinds = ordered(now.by_kind, before.by_kind)
    kind_cells = breakdown(now.by_kind, before.by_kind, kinds)
    topics = ordered(now.by_topic, before.by_topic)
    topic_now = count_cells([now.by_topic.get(t, 0) for t in topics], adds_up=False)
    topic_before = count_cells([before.by_topic.get(t, 0) for t in topics], adds_up=False)
    topic_cells = dict(zip(topics, zip(topic_now, topic_before, strict=True), strict=True))
    channels = [str(label) for label in Channel.labels]
    handlings = [str(label) for label in Handling.labels]
    kind_rows = []
    for kind in kinds:
        n, b = kind_cells[kind]
        minutes = minute_cells(now.minutes_by_kind.get(kind, []), n)
        kind_rows.append([kind, n, b, change_cell(n, b), *minutes])

    def simple(title: str, label: str, now_counts: dict, before_counts: dict, labels) -> Section:
        cells = breakdown(now_counts, before_counts, labels)
        rows = [[name, *cells[name], change_cell(*cells[name])] for name in labels]
        header = [label, report.period.label, report.previous.label, _("verandering")]
        return Section(group, title, header, rows)

    by_topic = Section(
        group,
        _("Vragen per onderwerp"),
        [_("onderwerp"), report.period.label, report.previous.label, _("verandering")],
        [[t, *topic_cells[t], change_cell(*topic_cells[t])] for t in topics],
    )
    sections = [
        summary_section(now, before, report, group),
        Section(
            group,
            _("Vragen per soort signaal"),
            [
                _("soort signaal"),
                report.period.label,
                report.previous.label,
                _("verandering"),
                _("tijd in totaal (minuten)"),
                _("mediaan (minuten)"),
            ],
            kind_rows,
            chart=bar_chart(
                _("Vragen per soort signaal"),
                [(row[0], row[1]) for row in kind_rows if not is_hidden(row[1])],
            ),
        ),
        by_topic,
        simple(_("Vragen per kanaal"), _("kanaal"), now.by_channel, before.by_channel, channels),
        simple(
            _("Wat het steunpunt deed"), _("aanpak"), now.by_handling, before.by_handling, handlings
        ),
        Section(
            group,
            _("Evaluaties per soort signaal"),
            [_("soort signaal"), _("ingevuld"), _("gemiddeld cijfer"), _("kreeg wat nodig was")],
            evaluation_rows(now.evaluations_by_kind, kinds),
        ),
        Section(
            group,
            _("Evaluaties per aanpak"),
            [_("aanpak"), _("ingevuld"), _("gemiddeld cijfer"), _("kreeg wat nodig was")],
            evaluation_rows(now.evaluations_by_handling, handlings),
        ),
    ]
    growth = [
        (_("soort signaal"), label, now.by_kind.get(label, 0), before.by_kind.get(label, 0), cells)
        for label, cells in kind_cells.items()
    ] + [
        (_("onderwerp"), label, now.by_topic.get(label, 0), before.by_topic.get(label, 0), cells)
        for label, cells in topic_cells.items()
    ]
    return sections, growth


def board_section(report: Report, growth: list) -> Section:
    """The themes that grew most: only themes shown in this period, with the same cells."""
    grown = sorted(
        (row for row in growth if not is_hidden(row[4][0]) and row[2] > row[3]),
        key=lambda row: (row[3] - row[2], row[1]),
    )[:BOARD_TOP]
    return Section(
        _("Signalen voor het bestuur"),
        _("Wat groeide het meest"),
        [_("thema"), _("soort"), report.period.label, report.previous.label, _("verandering")],
        [[label, kind, *cells, change_cell(*cells)] for kind, label, _n, _b, cells in grown],
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
    contacts, growth = contact_sections(report)
    return [
        *usage_sections(report),
        *contacts,
        board_section(report, growth),
        gap_section(report),
        *state_sections(report),
    ]
