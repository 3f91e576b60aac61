import os
from functools import cache
from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.urls import urlpatterns as cms_urlpatterns

api_v2 = WagtailAPIRouter("wagtailapi")
api_v2.register_endpoint("pages", PagesAPIViewSet)


@cache
def floor_bytes(name: str) -> bytes:
    return (Path(os.environ["BENCH_FLOOR_DIR"]) / f"{name}.json").read_bytes()


def floor(request: HttpRequest, name: str) -> HttpResponse:
    """The bytes of one endpoint's answer, from memory (read once): no database, no cache."""
    return HttpResponse(floor_bytes(name), content_type="application/json")


urlpatterns = [
    path("bench/floor/<slug:name>/", floor),
    path("api/v2/", api_v2.urls),
    *cms_urlpatterns,
]
