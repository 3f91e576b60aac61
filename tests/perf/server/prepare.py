"""Prepare the benchmark database and print what the load test needs, as JSON.

    DJANGO_SETTINGS_MODULE=tests.perf.server.settings python -m tests.perf.server.prepare DIR

Migrates, generates the load data once (a database that has it is reused),
publishes Wagtail pages that mirror the sample item and 19 more national items
(for API v2's detail and its listing of 20), and writes the answers of the
item, list and bundle endpoints to DIR for the in-memory views.

The default size gives an SWV 150 national and 30 regional texts (a third of
those supplements), the load set the bundle's size target is set for.
"""

import json
import os
import sys
from pathlib import Path

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from content_models.demo.load_data import GENERATED  # noqa: E402
from content_models.models import InformationItem, Region  # noqa: E402

from ..testdb import analyse  # noqa: E402
from .models import ArticlePage  # noqa: E402

# One text in 50 is national (150) and the rest is shared out over the SWVs (30 each).
SIZE = {
    "items": int(os.environ.get("BENCH_ITEMS", 7_500)),
    "regions": int(os.environ.get("BENCH_REGIONS", 245)),
    "schools": int(os.environ.get("BENCH_SCHOOLS", 8_000)),
}


def sample() -> tuple[Region, InformationItem]:
    """A generated SWV and a national item it supplements: the detail merges both."""
    supplement = (
        InformationItem.objects.filter(
            live=True, region__name__endswith=GENERATED, supplement_to__isnull=False
        )
        .select_related("region", "supplement_to")
        .order_by("pk")
        .first()
    )
    return supplement.region, supplement.supplement_to


V2_LIST = 20


def mirror_page(item: InformationItem) -> ArticlePage:
    """The same title, summary and body as a Wagtail page, published."""
    page = ArticlePage.objects.filter(slug=item.slug).first()
    if page is None:
        root: Page = Site.objects.get(is_default_site=True).root_page
        page = root.add_child(
            instance=ArticlePage(
                title=item.title, slug=item.slug, summary=item.summary, body=item.body.raw_data
            )
        )
        page.save_revision().publish()
    return page


def main(floor_dir: Path) -> dict:
    call_command("migrate", verbosity=0, interactive=False)
    if not Region.objects.filter(name__endswith=GENERATED).exists():
        call_command("generate_load_data", verbosity=1, stdout=sys.stderr, **SIZE)
    region, item = sample()
    page = mirror_page(item)
    others = InformationItem.objects.filter(
        live=True, region=None, supplement_to=None, locale__language_code="nl"
    ).exclude(pk=item.pk)
    for other in others.order_by("pk")[: V2_LIST - 1]:
        mirror_page(other)
    analyse()
    urls = {
        "item": f"/api/v1/items/{item.slug}/?region={region.code}",
        "list": f"/api/v1/items/?region={region.code}",
        "bundle": f"/api/v1/bundle/?region={region.code}",
        "v2_page": f"/api/v2/pages/{page.pk}/",
        "v2_list": f"/api/v2/pages/?type=perf_server.ArticlePage&fields=*&limit={V2_LIST}",
    }
    for name in ("item", "list", "bundle"):
        response = Client().get(urls[name])
        assert response.status_code == 200, response.content[:200]
        (floor_dir / f"{name}.json").write_bytes(response.content)
        urls[f"{name}_floor"] = f"/bench/floor/{name}/"
    v2_listed = len(Client().get(urls["v2_list"]).json()["items"])
    bundle = Client().get(urls["bundle"], headers={"Accept-Encoding": "gzip"})
    assert bundle["Content-Encoding"] == "gzip"
    return {
        "region": region.code,
        "urls": urls,
        "size": SIZE,
        "published_items": InformationItem.objects.filter(live=True).count(),
        "v2_list_pages": v2_listed,
        "bundle": {
            "bytes": len((floor_dir / "bundle.json").read_bytes()),
            "gzip_bytes": len(bundle.content),
            "items": len(json.loads((floor_dir / "bundle.json").read_bytes())["items"]),
            "national_items": InformationItem.objects.filter(
                live=True, region=None, supplement_to=None, locale__language_code="nl"
            ).count(),
            "regional_items": InformationItem.objects.filter(
                live=True, region=region, locale__language_code="nl"
            ).count(),
        },
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
