"""The report as CSV (for a spreadsheet), HTML (admin page and e-mail) and PDF."""

import io

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from content_models.spreadsheets import CsvWriter

from .charts import bar_chart, column_chart
from .report import Report


def filename(report: Report, extension: str) -> str:
    return f"signaleren-{report.region.code}-{report.period.code}.{extension}"


def sections(report: Report) -> list[tuple[str, list[str], list[list]]]:
    """Every table of the report: (title, header, rows), shared by CSV and PDF."""
    percent = lambda value: "–" if value is None else f"{value}%"  # noqa: E731
    return [
        (
            _("Totaal"),
            [_("wat"), report.period.label, report.previous.label],
            [
                [_("gelezen"), report.totals.views, report.previous_totals.views],
                [_("nuttig"), report.totals.helpful, report.previous_totals.helpful],
                [_("niet nuttig"), report.totals.not_helpful, report.previous_totals.not_helpful],
                [_("opmerkingen"), report.totals.comments, report.previous_totals.comments],
            ],
        ),
        (
            _("Meest gelezen"),
            [_("informatie"), _("gelezen"), _("nuttig")],
            [[f.title, f.views, percent(f.helpful_percent)] for f in report.most_viewed],
        ),
        (
            _("Minst nuttig"),
            [_("informatie"), _("nuttig"), _("antwoorden")],
            [[f.title, percent(f.helpful_percent), f.answers] for f in report.least_helpful],
        ),
        (
            _("Gezocht, niets gevonden"),
            [_("zoekwoorden"), _("aantal keer")],
            [[query, total] for query, total in report.zero_results],
        ),
        (
            _("Waar gaan de opmerkingen over?"),
            [_("thema"), _("aantal")],
            [[theme.label, theme.count] for theme in report.themes],
        ),
        (
            _("Te controleren (datum voorbij)"),
            [_("soort"), _("titel"), _("controleren voor")],
            [[kind, title, f"{day:%d-%m-%Y}"] for kind, title, day in report.overdue],
        ),
        (
            _("Wacht op een panel"),
            [_("titel"), _("stap")],
            [list(row) for row in report.waiting_for_panels],
        ),
    ]


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = CsvWriter(out, delimiter=";")
    writer.writerow([_("Signaleren"), report.region.name, report.region.code, report.period.label])
    for title, header, rows in sections(report):
        writer.writerow([])
        writer.writerow([title])
        writer.writerow(header)
        writer.writerows(rows)
    return out.getvalue()


def charts(report: Report) -> dict[str, str]:
    return {
        "weekly": column_chart(_("Gelezen per week"), report.weekly_views),
        "most_viewed": bar_chart(
            _("Meest gelezen"), [(f.title, f.views) for f in report.most_viewed]
        ),
        "least_helpful": bar_chart(
            _("Minst nuttig (percentage ‘ja’)"),
            [(f.title, f.helpful_percent) for f in report.least_helpful],
            unit="%",
        ),
    }


def to_html(report: Report, *, standalone: bool = True) -> str:
    return render_to_string(
        "signaleren/reports/report.html",
        {"report": report, "charts": charts(report), "standalone": standalone},
    )


def to_pdf(report: Report) -> bytes:
    styles = getSampleStyleSheet()
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        title=f"Signaleren {report.region.code} {report.period.code}",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
    )
    story = [
        Paragraph(_("Signaleren: wat zoeken en lezen ouders?"), styles["Title"]),
        Paragraph(
            f"{report.region.name} ({report.region.code}), {report.period.label}",
            styles["Heading2"],
        ),
        Paragraph(
            _("Alle cijfers zijn anoniem. Kleine aantallen (minder dan 3) laten we weg."),
            styles["Normal"],
        ),
    ]
    for title, header, rows in sections(report):
        story += [Spacer(1, 0.4 * cm), Paragraph(title, styles["Heading3"])]
        if not rows:
            story.append(Paragraph(_("Niets te melden."), styles["Normal"]))
            continue
        table = Table(
            [header, *[[Paragraph(str(c), styles["Normal"]) for c in row] for row in rows]]
        )
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#0b5394")),
                    ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    document.build(story)
    return out.getvalue()
