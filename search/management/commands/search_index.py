"""``manage.py search_index --rebuild [--locale nl]``: rebuild the index, then swap it in."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import indexing


class Command(BaseCommand):
    help = "Bouw de zoekindex opnieuw op met alles wat gepubliceerd is."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Bouw de index opnieuw op.")
        parser.add_argument("--locale", help="Alleen deze taal, bijvoorbeeld nl.")

    def handle(self, *args, rebuild=False, locale=None, **options):
        if not rebuild:
            raise CommandError("Gebruik --rebuild.")
        languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        if locale and locale not in languages:
            raise CommandError(f"Onbekende taal {locale}. Kies uit: {', '.join(languages)}.")
        for language in [locale] if locale else languages:
            total = indexing.count(language)
            with tqdm(
                total=total, desc=f"zoekindex {language}", disable=options["verbosity"] == 0
            ) as bar:
                indexing.rebuild(language, bar.update)
            self.stdout.write(f"{language}: {total} gepubliceerde objecten bekeken.")
