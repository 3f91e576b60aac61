import os
from functools import cache
from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.urls import path


@cache
def floor_bytes(name: str) -> bytes:
    return (Path(os.environ["BENCH_FLOOR_DIR"]) / f"{name}.json").read_bytes()


def floor(request: HttpRequest, name: str) -> HttpResponse:
    """The bytes of one endpoint's answer, from memory (read once).

    With its length, as every answer of the project has (without it gunicorn
    would send a kept-alive answer in chunks).
    """
    body = floor_bytes(name)
    response = HttpResponse(body, content_type="application/json")
    response["Content-Length"] = str(len(body))
    return response


urlpatterns = [path("floor/<slug:name>/", floor)]
