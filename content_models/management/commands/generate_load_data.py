"""``manage.py generate_load_data --items 10000 --regions 150 --schools 8000``."""

import time

from django.core.management.base import BaseCommand, CommandError

from content_models.demo.load_data import LoadDataGenerator


class Command(BaseCommand):
    help = (
        "Vul een lege database met testinhoud voor de belastingtest: de demo, plus "
        "gegenereerde samenwerkingsverbanden, scholen en gepubliceerde teksten."
    )

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, default=10_000, help="Aantal teksten.")
        parser.add_argument("--regions", type=int, default=150, help="Aantal SWV's.")
        parser.add_argument("--schools", type=int, default=8_000, help="Aantal scholen.")
        parser.add_argument("--seed", type=int, default=20261123)

    def handle(self, *args, items, regions, schools, seed, verbosity=1, **options):
        if min(items, regions, schools) < 1:
            raise CommandError("Geef voor --items, --regions en --schools minstens 1 op.")
        log = self.stdout.write if verbosity else (lambda message: None)
        started = time.perf_counter()
        generator = LoadDataGenerator(
            items=items, regions=regions, schools=schools, seed=seed, log=log
        )
        try:
            generator.run()
        except RuntimeError as error:
            raise CommandError(str(error)) from None
        rates = ", ".join(f"{kind} {rate:,.0f}/s" for kind, rate in generator.import_rates.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Klaar in {time.perf_counter() - started:.0f} s: {generator.created} nieuwe "
                f"items. DUO-import (regels per seconde): {rates}."
            )
        )
