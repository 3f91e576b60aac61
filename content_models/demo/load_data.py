"""Load test data: the demo, scaled up to a national deployment.

``manage.py generate_load_data --items 10000 --regions 150 --schools 8000`` fills
an empty database for the benchmarks in ``tests/perf``. Reference data goes in
as DUO files through the importers; content is made from the demo articles and
published the way the demo is (a recorded forced publish), so the API, search
and embed read it exactly as they read edited content.
"""

import io
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

from ..models import InformationItem, Region, ReviewedContent
from ..publishing import force_publish
from ..spreadsheets import CsvWriter
from .articles import ARTICLES
from .loader import DemoLoader, import_duo

GENERATED = "(gegenereerd)"
LOAD_REASON = "Gegenereerde testinhoud voor de belastingtest (generate_load_data)."
BATCH = 250
# About one in fifty texts is national; the rest belongs to one SWV, and a
# third of those adds to a national text (a regional supplement).
NATIONAL_SHARE = 50
SUPPLEMENT_SHARE = 3

REGION_HEADERS = ["ADMINISTRATIENUMMER", "SAMENWERKINGSVERBAND", "PLAATSNAAM", "INTERNETADRES"]
POSTCODE_HEADERS = ["POSTCODE", "ADMINISTRATIENUMMER PO", "ADMINISTRATIENUMMER VO"]
SCHOOL_HEADERS = [
    "INSTELLINGSCODE", "VESTIGINGSCODE", "VESTIGINGSNAAM", "STRAATNAAM",
    "HUISNUMMER-TOEVOEGING", "POSTCODE", "PLAATSNAAM", "GEMEENTENAAM", "INTERNETADRES",
    "ADMINISTRATIENUMMER",
]  # fmt: skip
CITIES = ["Assen", "Breda", "Deventer", "Emmen", "Gouda", "Hoorn", "Leiden", "Tiel", "Venlo"]


def _csv(headers: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = CsvWriter(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def region_codes(count: int) -> list[str]:
    """DUO-style codes, two PO for every VO, clear of the demo's example codes."""
    codes = []
    for n in range(count):
        sector = "VO" if n % 3 == 2 else "PO"
        codes.append(f"{sector} {30 + n // 90:02d}.{n % 90 + 10:02d}")
    return codes


def duo_files(*, regions: int, schools: int, seed: int = 0) -> dict[str, bytes]:
    """Regions, postcode areas and schools as DUO publishes them (``;``-separated CSV)."""
    rng = random.Random(seed)
    codes = region_codes(regions)
    po = [c for c in codes if c.startswith("PO")]
    vo = [c for c in codes if c.startswith("VO")] or [None]
    region_rows = [
        [code, f"Samenwerkingsverband {code} {GENERATED}", rng.choice(CITIES),
         f"https://{code.replace(' ', '').replace('.', '').lower()}.voorbeeld.example"]
        for code in codes
    ]  # fmt: skip
    postcode_rows = [
        [str(pc4), po[pc4 % len(po)], vo[pc4 % len(vo)] or ""] for pc4 in range(3000, 9000)
    ]
    school_rows = []
    letters = [a + b for a in "ABCDEFGHJKLMNPRSTUVWXY" for b in "ABCDEFGHJKLMNPRSTUVWXY"]
    for n in range(schools):
        brin = f"{n % 100:02d}{letters[n // 100 % len(letters)]}"
        city = rng.choice(CITIES)
        sector_codes = vo if n % 4 == 3 and vo[0] else po
        school_rows.append([
            brin, f"{brin}{n // (100 * len(letters)):02d}", f"School {n + 1} {GENERATED}",
            "Schoolstraat", str(n % 200 + 1), f"{3000 + n % 6000} AB", city.upper(), city,
            f"school{n + 1}.voorbeeld.example", rng.choice(sector_codes),
        ])  # fmt: skip
    return {
        "regions": _csv(REGION_HEADERS, region_rows),
        "postcodes": _csv(POSTCODE_HEADERS, postcode_rows),
        "schools": _csv(SCHOOL_HEADERS, school_rows),
    }


@contextmanager
def wagtail_indexing_deferred() -> Iterator[None]:
    """Wagtail updates its admin search and reference index on every save (three per
    publish); a bulk load rebuilds both once at the end instead."""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    call_command("wagtail_update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)


class LoadDataGenerator(DemoLoader):
    def __init__(
        self,
        *,
        items: int,
        regions: int,
        schools: int,
        seed: int = 20261123,
        log: Callable[[str], None] = print,
    ) -> None:
        super().__init__(log=log)
        self.items, self.regions, self.schools, self.seed = items, regions, schools, seed
        self.rng = random.Random(seed)
        self.import_rates: dict[str, float] = {}
        self._found: dict[tuple, Any] = {}

    def find(self, model: type[ReviewedContent], slug: str) -> Any:
        key = (model, slug)
        if key not in self._found:
            self._found[key] = super().find(model, slug)
        return self._found[key]

    def publish_revision(self, obj: ReviewedContent) -> None:
        force_publish(obj, user=None, reason=LOAD_REASON)

    def run(self) -> int:
        if Region.objects.filter(name__endswith=GENERATED).exists():
            raise RuntimeError("Deze database heeft al testinhoud. Begin met een lege database.")
        with transaction.atomic():
            super().run()  # the demo: glossary, organisations, articles, example SWVs
        self.import_rates = import_duo(
            duo_files(regions=self.regions, schools=self.schools, seed=self.seed)
        )
        self.log(f"DUO-bestanden ingelezen: {self.regions} SWV's, {self.schools} scholen.")
        generated = list(Region.objects.filter(name__endswith=GENERATED).order_by("code"))
        with wagtail_indexing_deferred():
            for region in generated:
                with transaction.atomic():
                    self.regional(region)
            self.generate_items(generated)
        return self.created

    def generate_items(self, regions: list[Region]) -> None:
        national_count = max(1, self.items // NATIONAL_SHARE)
        nationals: list[InformationItem] = []
        supplemented: set[tuple[int, int]] = set()  # an SWV adds to a national text once
        for start in range(0, self.items, BATCH):
            with transaction.atomic():
                for n in range(start, min(start + BATCH, self.items)):
                    region = None if n < national_count else regions[n % len(regions)]
                    supplement_to = None
                    if region is not None and n % SUPPLEMENT_SHARE == 0:
                        national = nationals[(n // len(regions)) % len(nationals)]
                        if (region.pk, national.pk) not in supplemented:
                            supplemented.add((region.pk, national.pk))
                            supplement_to = national
                    item = self.item(n, region, supplement_to)
                    if region is None:
                        nationals.append(item)
            self.log(f"{min(start + BATCH, self.items)} van {self.items} teksten gepubliceerd.")

    def item(
        self, n: int, region: Region | None, supplement_to: InformationItem | None
    ) -> InformationItem:
        data = dict(ARTICLES[n % len(ARTICLES)])
        slug = f"{data.pop('slug')}-g{n}"
        data.pop("supplement_to", None)
        if supplement_to is not None:
            data["title"] = f"Aanvulling: {supplement_to.title}"
            data["body"] = [("paragraph", self.rng.choice(ARTICLES)["summary"])]
        else:
            data["title"] = f"{data['title']} ({n})"
        data["body"] = self.body(data["body"])
        return self.publish(
            InformationItem, slug, region=region, supplement_to=supplement_to, **data
        )
