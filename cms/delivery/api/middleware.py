from django.http import HttpRequest, HttpResponse

from .caching import serve_fresh_local_entry
from .cors import add_read_headers
from .errors import default_message, error_response

API_PREFIX = "/api/v1/"


class JsonErrorMiddleware:
    """Give every 4xx under ``/api/v1/`` the API's JSON error body.

    Ninja answers most errors itself; this catches the rest (unknown URLs,
    methods that are not allowed, CSRF and CORS refusals) so that a client
    never has to parse an HTML error page.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.path.startswith(API_PREFIX)
            and 400 <= response.status_code < 500
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            replacement = error_response(
                response.status_code, *default_message(response.status_code)
            )
            for header in ("Allow", "Retry-After"):
                if header in response:
                    replacement[header] = response[header]
            return replacement
        return response


class CachedResponseMiddleware:
    """Answer an API read from this process's cached entry while it is fresh.

    It runs right after the security middleware and before all the others, so
    a hit pays for no CORS checks (it adds the read headers itself), session,
    CSRF, authentication or message handling, URL routing, parameter parsing or
    language negotiation. An entry exists only for a request the view answered
    before, so anything new or wrong reaches the view.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "GET" and request.path.startswith(API_PREFIX):
            response = serve_fresh_local_entry(request)
            if response is not None:
                add_read_headers(request, response)
                # What XFrameOptionsMiddleware adds to the view's answers.
                response["X-Frame-Options"] = "DENY"
                return response
        return self.get_response(request)
