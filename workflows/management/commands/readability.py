"""``manage.py readability FILE [--audience …] [--json]``.

Exit code 0: the text meets the target; 1: it does not; 2: bad input.
"""

import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from workflows.readability.content import analyse_text

KIND_LABELS = {
    "long_sentence": "lange zin",
    "long_paragraph": "lange alinea",
    "rare_word": "weinig gebruikt woord",
    "long_word": "lang woord",
    "passive": "lijdende vorm",
    "nominalisation": "naamwoordstijl",
    "formal_word": "ambtelijke taal",
    "jargon": "vakwoord",
    "abbreviation": "afkorting",
}


class Command(BaseCommand):
    help = "Controleer de leesbaarheid van een tekst (B1 voor ouders)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tekstbestand in UTF-8, of - voor stdin")
        parser.add_argument(
            "--audience",
            action="append",
            choices=sorted(settings.READABILITY["audiences"]),
            help="Doelgroep; mag vaker. Standaard: ouders.",
        )
        parser.add_argument("--json", action="store_true", help="Uitvoer als JSON")

    def handle(self, *args, file: str, audience=None, json: bool = False, **options):
        text = self.read(file)
        if text is None:
            sys.exit(2)
        report = analyse_text(text, audience or [])
        if json:
            self.stdout.write(self.to_json(report))
        else:
            self.print_report(report, text)
        sys.exit(0 if report.meets_target else 1)

    def read(self, file: str) -> str | None:
        try:
            data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
            text = data.decode("utf-8-sig")
        except OSError as error:
            self.stderr.write(f"{file} kan niet gelezen worden: {error.strerror}.")
            return None
        except UnicodeDecodeError:
            self.stderr.write(f"{file} is geen tekst in UTF-8.")
            return None
        if not text.strip():
            self.stderr.write(f"{file} is leeg.")
            return None
        return text

    def to_json(self, report) -> str:
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)

    def print_report(self, report, text: str) -> None:
        verdict = "haalt het doel" if report.meets_target else "haalt het doel NIET"
        style = self.style.SUCCESS if report.meets_target else self.style.ERROR
        features = report.features
        self.stdout.write(
            style(f"Niveau {report.level} (score {report.score}), doel {report.target}: {verdict}.")
        )
        self.stdout.write(
            f"{features.words} woorden, {features.sentences} zinnen, "
            f"gemiddeld {features.mean_sentence_length:.1f} woorden per zin, "
            f"Flesch-Douma {features.flesch_douma:.0f}."
        )
        for bound in report.bounds:
            self.stdout.write(style(f"Grens: {bound}"))
        for finding in report.findings:
            line = text.count("\n", 0, finding.start) + 1
            column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
            times = f" ({finding.count} keer)" if finding.count > 1 else ""
            self.stdout.write(
                f"  {line}:{column} {KIND_LABELS.get(finding.kind, finding.kind)}: "
                f"‘{finding.quote}’{times}. {finding.reason}"
                + (f" Beter: {finding.suggestion}" if finding.suggestion else "")
            )
