"""``manage.py load_demo [--users] [--password PW]``: the demo set, safe to run again."""

import os

from django.core.management.base import BaseCommand

from content_models.demo.loader import DemoLoader, ensure_demo_users


class Command(BaseCommand):
    help = "Laad de demo-inhoud: landelijke informatie en twee voorbeeldregio's."

    def add_arguments(self, parser):
        parser.add_argument(
            "--users", action="store_true", help="Maak demo-accounts en toon de inloggegevens."
        )
        parser.add_argument("--password", default=os.environ.get("DEMO_PASSWORD"))

    def handle(self, *args, users=False, password=None, **options):
        created = DemoLoader(log=self.stdout.write).run()
        self.stdout.write(self.style.SUCCESS(f"Demo-inhoud geladen: {created} nieuwe items."))
        if users:
            password, accounts = ensure_demo_users(password)
            self.stdout.write("")
            self.stdout.write(self.style.WARNING("Inloggen op http://127.0.0.1:8000/admin/"))
            for username, role in accounts:
                self.stdout.write(f"  {username:<14} {password}   ({role})")
            self.stdout.write("")
            self.stdout.write("Op een schoolwebsite: http://127.0.0.1:8000/embed/demo/")
            self.stdout.write("API en documentatie:  http://127.0.0.1:8000/api/v1/docs/")
            self.stdout.write("")
