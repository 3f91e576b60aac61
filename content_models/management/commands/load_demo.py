"""``manage.py load_demo [--users] [--password PW] [--url URL]``: the demo set, rerunnable.

``--url`` is where the server will run (default ``PUBLIC_URL``; ``make run`` sets that from
its ``HOST``): the links it prints and those in the e-mails sent while loading.
"""

import os

from django.conf import settings
from django.core.management.base import BaseCommand
from django.test.utils import override_settings

from content_models.demo.loader import DemoLoader, ensure_demo_users


class Command(BaseCommand):
    help = "Laad de demo-inhoud: landelijke informatie en twee voorbeeldregio's."

    def add_arguments(self, parser):
        parser.add_argument(
            "--users", action="store_true", help="Maak demo-accounts en toon de inloggegevens."
        )
        parser.add_argument("--password", default=os.environ.get("DEMO_PASSWORD"))
        parser.add_argument(
            "--url", help="Het adres van de server (voor de links); standaard PUBLIC_URL."
        )

    def handle(self, *args, users=False, password=None, url=None, **options):
        url = (url or settings.PUBLIC_URL).rstrip("/")
        # Only for this load: the server reads PUBLIC_URL from its own environment.
        with override_settings(PUBLIC_URL=url, WAGTAILADMIN_BASE_URL=url):
            created = DemoLoader(log=self.stdout.write).run()
        self.stdout.write(self.style.SUCCESS(f"Demo-inhoud geladen: {created} nieuwe items."))
        if users:
            password, accounts = ensure_demo_users(password)
            self.stdout.write("")
            self.stdout.write(self.style.WARNING(f"Inloggen op {url}/admin/"))
            for username, role in accounts:
                self.stdout.write(f"  {username:<14} {password}   ({role})")
            self.stdout.write("")
            self.stdout.write(f"Op een schoolwebsite: {url}/embed/demo/")
            self.stdout.write(f"API en documentatie:  {url}/api/v1/docs/")
            self.stdout.write("")
