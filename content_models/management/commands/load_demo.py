"""``manage.py load_demo [--users] [--password PW] [--url URL]``: the demo set, rerunnable.

``--url`` is where the server will run (``make run`` passes its ``HOST``), for the links it prints.
"""

import os

from django.core.management.base import BaseCommand

from content_models.demo.loader import DemoLoader, ensure_demo_users

DEFAULT_URL = "http://127.0.0.1:8000"


class Command(BaseCommand):
    help = "Laad de demo-inhoud: landelijke informatie en twee voorbeeldregio's."

    def add_arguments(self, parser):
        parser.add_argument(
            "--users", action="store_true", help="Maak demo-accounts en toon de inloggegevens."
        )
        parser.add_argument("--password", default=os.environ.get("DEMO_PASSWORD"))
        parser.add_argument(
            "--url",
            default=DEFAULT_URL,
            help="Het adres van de server (voor de links).",
        )

    def handle(self, *args, users=False, password=None, url=DEFAULT_URL, **options):
        created = DemoLoader(log=self.stdout.write).run()
        self.stdout.write(self.style.SUCCESS(f"Demo-inhoud geladen: {created} nieuwe items."))
        if users:
            password, accounts = ensure_demo_users(password)
            self.stdout.write("")
            url = url.rstrip("/")
            self.stdout.write(self.style.WARNING(f"Inloggen op {url}/admin/"))
            for username, role in accounts:
                self.stdout.write(f"  {username:<14} {password}   ({role})")
            self.stdout.write("")
            self.stdout.write(f"Op een schoolwebsite: {url}/embed/demo/")
            self.stdout.write(f"API en documentatie:  {url}/api/v1/docs/")
            self.stdout.write("")
