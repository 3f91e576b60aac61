"""``manage.py feedback_opschonen``: delete what people typed after the retention period.

Feedback answers with their comments and the words of searches without results
go; the daily counts (``UsageCount``) stay. Of the vragenregister only the free
text goes (the summary of a contact, the comment of an evaluation): the contacts
and the evaluation scores stay, so the counts of old periods do not change.
Run it daily (cron). The period is ``FEEDBACK_RETENTION_MONTHS`` (default 12).
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from cms.signaleren.models import Feedback, SupportContact, SupportEvaluation
from search.models import ZeroResultQuery


class Command(BaseCommand):
    help = (
        "Verwijder reacties (met opmerkingen), zoekvragen zonder resultaat en de "
        "vrije tekst in het vragenregister die ouder zijn dan de bewaartermijn."
    )

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=settings.FEEDBACK_RETENTION_MONTHS)

    def handle(self, *args, months, **options):
        cutoff = timezone.localdate() - timedelta(days=round(months * 30.44))
        deleted, _details = Feedback.objects.filter(date__lt=cutoff).delete()
        queries, _details = ZeroResultQuery.objects.filter(date__lt=cutoff).delete()
        summaries = (
            SupportContact.objects.filter(date__lt=cutoff).exclude(summary="").update(summary="")
        )
        comments = (
            SupportEvaluation.objects.filter(answered_on__lt=cutoff)
            .exclude(comment="")
            .update(comment="")
        )
        self.stdout.write(
            f"{deleted} reacties en {queries} zoekvragen van voor {cutoff:%d-%m-%Y} verwijderd; "
            f"{summaries} samenvattingen en {comments} opmerkingen leeggemaakt."
        )
