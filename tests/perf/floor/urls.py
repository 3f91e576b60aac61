import os
from functools import cache
from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.urls import path


@cache
def floor_bytes(name: str) -> bytes:
    return (Path(os.environ["BENCH_FLOOR_DIR"]) / f"{name}.json").read_bytes()


def floor(request: HttpRequest, name: str) -> HttpResponse:
    """The bytes of one endpoint's answer, from memory (read once)."""
    return HttpResponse(floor_bytes(name), content_type="application/json")


urlpatterns = [path("floor/<slug:name>/", floor)]
