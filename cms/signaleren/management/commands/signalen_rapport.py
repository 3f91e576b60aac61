"""``manage.py signalen_rapport --region PO2001 --period 2026-Q3 [--format csv|pdf|html]``.

``--national`` instead of ``--region`` makes the national view: all SWVs together.

For scheduled sending (cron): ``--email`` sends the report to the SWV's e-mail
address, with the PDF attached.
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cms.signaleren.reports.exports import filename, to_csv, to_html, to_pdf
from cms.signaleren.reports.period import last_complete_quarter, parse_period, refuse_future
from cms.signaleren.reports.report import build_report
from content_models.models import Region, normalise_region_code


class Command(BaseCommand):
    help = "Maak het rapport Signaleren voor één samenwerkingsverband en periode."

    def add_arguments(self, parser):
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--region", help="Bijvoorbeeld PO2001.")
        scope.add_argument(
            "--national", action="store_true", help="Alle samenwerkingsverbanden samen."
        )
        parser.add_argument("--period", help="2026-09 of 2026-Q3 (standaard: vorig kwartaal).")
        parser.add_argument("--format", choices=["csv", "pdf", "html"], default="html")
        parser.add_argument("--output", help="Schrijf naar dit bestand in plaats van het scherm.")
        parser.add_argument("--email", action="store_true", help="Mail het rapport naar het SWV.")

    def handle(self, *args, region, national, period, format, output, email, **options):
        if national and email:
            raise CommandError("Het landelijke rapport gaat niet per e-mail naar een SWV.")
        today = timezone.localdate()
        try:
            found = None if national else Region.objects.get(code=normalise_region_code(region))
            chosen = refuse_future(parse_period(period), today) if period else None
        except (ValidationError, Region.DoesNotExist) as error:
            message = getattr(error, "messages", [f"Geen samenwerkingsverband {region}."])
            raise CommandError(" ".join(message)) from None
        report = build_report(found, chosen or last_complete_quarter(today))
        body = {
            "csv": lambda: to_csv(report).encode("utf-8-sig"),
            "pdf": lambda: to_pdf(report),
        }.get(format, lambda: to_html(report).encode())()
        if output:
            Path(output).write_bytes(body)
            self.stdout.write(f"Geschreven: {output}")
        elif format == "pdf":
            Path(filename(report, "pdf")).write_bytes(body)
            self.stdout.write(f"Geschreven: {filename(report, 'pdf')}")
        else:
            self.stdout.write(body.decode("utf-8-sig"))
        if email:
            self.send(report)

    def send(self, report) -> None:
        if not report.region.email:
            raise CommandError(f"{report.region} heeft geen e-mailadres.")
        message = EmailMultiAlternatives(
            subject=f"Signaleren {report.region.code}: {report.period.label}",
            body=(
                f"Beste collega's van {report.region.name},\n\n"
                f"Hierbij het rapport Signaleren over {report.period.label}: wat ouders en "
                "jongeren lazen, wat ze nuttig vonden en wat ze zochten maar niet vonden. "
                "Alle cijfers zijn anoniem.\n\nPassend Informatie"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[report.region.email],
        )
        message.attach_alternative(to_html(report), "text/html")
        message.attach(filename(report, "pdf"), to_pdf(report), "application/pdf")
        message.send()
        self.stdout.write(f"Gemaild naar {report.region.email}.")
