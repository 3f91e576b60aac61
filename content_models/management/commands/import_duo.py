"""``manage.py import_duo {regions|postcodes|schools} FILE [--dry-run]`` and ``--revert ID``."""

import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from content_models.duo import IMPORTERS, DuoFileError, open_duo_file, revert_import


class Command(BaseCommand):
    help = "Importeer DUO-bestanden met samenwerkingsverbanden, postcodegebieden of scholen."

    def add_arguments(self, parser):
        parser.add_argument("kind", nargs="?", choices=sorted(IMPORTERS))
        parser.add_argument("file", nargs="?", help="CSV-bestand van DUO, of - voor stdin")
        parser.add_argument("--dry-run", action="store_true", help="Alleen controleren.")
        parser.add_argument(
            "--revert", type=int, metavar="REVISION_ID", help="Draai een import terug."
        )

    def handle(self, *args, kind=None, file=None, dry_run=False, revert=None, **options):
        if revert is not None:
            return self.revert(revert)
        if not kind or not file:
            raise CommandError("Geef het soort bestand en het bestand, of --revert REVISION_ID.")
        quiet = options["verbosity"] == 0
        try:
            with self.open(file) as source:
                duo_file = open_duo_file(source, name=Path(file).name)
                desc = f"{kind} ({duo_file.encoding})"
                with tqdm(desc=desc, unit=" regels", disable=True if quiet else None) as bar:
                    result = IMPORTERS[kind]().run(duo_file, dry_run=dry_run, progress=bar.update)
        except DuoFileError as error:
            raise CommandError(f"{file}: {error} Er is niets veranderd.") from None
        if not result.ok:
            for error in result.errors:
                self.stderr.write(f"{file}: {error}")
            raise CommandError(f"{len(result.errors)} fout(en) in {file}. Er is niets veranderd.")
        summary = (
            f"{result.created} nieuw, {result.updated} gewijzigd, {result.unchanged} ongewijzigd"
        )
        if dry_run:
            self.stdout.write(f"Controle geslaagd ({summary}). Er is niets veranderd (--dry-run).")
        elif result.revision_id:
            self.stdout.write(
                self.style.SUCCESS(f"Geïmporteerd: {summary}. Revisie {result.revision_id}")
            )
            self.stdout.write(f"Terugdraaien: manage.py import_duo --revert {result.revision_id}")
        else:
            self.stdout.write(f"Niets te doen: {summary}.")

    @contextmanager
    def open(self, file: str) -> Iterator[BinaryIO]:
        """The file, or stdin spooled to a temporary file (the reader passes over it twice)."""
        if file == "-":
            with tempfile.TemporaryFile() as spooled:
                shutil.copyfileobj(sys.stdin.buffer, spooled)
                yield spooled
            return
        try:
            source = open(file, "rb")  # noqa: SIM115 (closed below; only the open is guarded)
        except OSError as error:
            raise CommandError(f"{file} kan niet gelezen worden: {error.strerror}.") from None
        with source:
            yield source

    def revert(self, revision_id: int) -> None:
        try:
            revision = revert_import(revision_id)
        except DuoFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Import {revision_id} is teruggedraaid (nieuwe revisie {revision.pk})."
            )
        )
