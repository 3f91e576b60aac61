"""``manage.py feedback_opschonen``: delete feedback comments after the retention period.

The daily counts (``UsageCount``) stay; only the answers with their free text go.
Run it daily (cron). The period is ``FEEDBACK_RETENTION_MONTHS`` (default 12).
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from cms.signaleren.models import Feedback


class Command(BaseCommand):
    help = "Verwijder reacties (met opmerkingen) die ouder zijn dan de bewaartermijn."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=settings.FEEDBACK_RETENTION_MONTHS)

    def handle(self, *args, months, **options):
        cutoff = timezone.localdate() - timedelta(days=round(months * 30.44))
        deleted, _details = Feedback.objects.filter(date__lt=cutoff).delete()
        self.stdout.write(f"{deleted} reacties van voor {cutoff:%d-%m-%Y} verwijderd.")
