"""``manage.py rebuild_api_forms``: store the API form in rows that lack the current one.

Every save stores the form of the row, and ``migrate`` stores it in rows saved by
older code (``cms.delivery.api.stored``). Run this after rows were written around both (a
restore, a bulk update); ``--all`` rebuilds every row.
"""

from django.core.management.base import BaseCommand

from cms.delivery.api import stored


class Command(BaseCommand):
    help = "Sla de API-vorm op in rijen die nog geen (of een oude) hebben."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Alle rijen opnieuw opbouwen.")

    def handle(self, *args, **options):
        for model in stored.stored_models():
            count = stored.rebuild(model, everything=options["all"])
            self.stdout.write(f"{model._meta.verbose_name_plural}: {count} opnieuw opgeslagen.")
