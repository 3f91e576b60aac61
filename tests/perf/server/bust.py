"""Cache busting for the benchmark: ``?_=<token>`` gives every key made for the request a salt.

The API's cache keys leave out parameters an endpoint does not read, so that a
random parameter cannot fill the cache. A benchmark of misses needs exactly
that, so in the benchmark server (only there) the token joins the code version
in every key made while the request is answered: the response's and the
bundle core's.
"""

from collections.abc import Callable
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

from cms.delivery.api import keys

salt: ContextVar[str] = ContextVar("bench_salt", default="")


def salted(code_version: Callable[[], str]) -> Callable[[], str]:
    return lambda: code_version() + salt.get()


def install() -> None:
    keys.code_version = salted(keys.code_version)


class BustMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "_=" not in request.META.get("QUERY_STRING", ""):
            return self.get_response(request)
        token = salt.set(request.GET["_"])
        try:
            return self.get_response(request)
        finally:
            salt.reset(token)
