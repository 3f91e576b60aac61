"""The report as CSV (for a spreadsheet), HTML (admin page and e-mail) and PDF.

The PDF is the standalone HTML printed by WeasyPrint as PDF/UA-1: a tagged PDF
(structure tree, headings, tables, language) that screen readers can follow,
with the same charts and tables as the admin page. ReportLab, used before,
cannot tag a PDF.
"""

import io

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from content_models.spreadsheets import CsvWriter

from .cells import MIN_CELL
from .report import Report
from .sections import Link, sections


def filename(report: Report, extension: str) -> str:
    return f"signaleren-{report.scope_code}-{report.period.code}.{extension}"


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = CsvWriter(out, delimiter=";")
    scope = [report.scope_label] if report.national else [report.region.name, report.region.code]
    writer.writerow([_("Signaleren"), *scope, report.period.label])
    writer.writerow([privacy_note()])
    for section in sections(report):
        writer.writerow([])
        writer.writerow([section.title])
        writer.writerow(section.header)
        writer.writerows([[text_of(cell) for cell in row] for row in section.rows])
    return out.getvalue()


def text_of(cell):
    """A link (to a topic in the admin) is its text in a spreadsheet; numbers stay numbers."""
    return cell.text if isinstance(cell, Link) else cell


def privacy_note() -> str:
    return _(
        "Alle cijfers zijn anoniem. Aantallen onder de %(n)s staan er als ‘< %(n)s’. "
        "Soms laten we nog een getal weg, zodat je een klein aantal niet kunt uitrekenen."
    ) % {"n": MIN_CELL}


def to_html(report: Report, *, standalone: bool = True) -> str:
    return render_to_string(
        "signaleren/reports/report.html",
        {
            "report": report,
            "sections": sections(report),
            "privacy_note": privacy_note(),
            "standalone": standalone,
        },
    )


def to_pdf(report: Report) -> bytes:
    from weasyprint import HTML  # heavy (fonts, default styles): loaded when a PDF is made

    return HTML(string=to_html(report), base_url=settings.WAGTAILADMIN_BASE_URL).write_pdf(
        pdf_variant="pdf/ua-1"
    )
