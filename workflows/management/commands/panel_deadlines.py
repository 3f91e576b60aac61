"""``manage.py panel_deadlines``: tell the panel coordinators about missed deadlines.

Run it daily (cron or a scheduler); each late round is reported once.
"""

from django.core.management.base import BaseCommand

from workflows.notifications import notify_missed_deadlines


class Command(BaseCommand):
    help = "Meld panelrondes die over de deadline zijn aan de panelcoördinatie."

    def handle(self, *args, **options):
        count = notify_missed_deadlines()
        self.stdout.write(f"{count} panelronde(s) over de deadline gemeld.")
