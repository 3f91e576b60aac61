"""One error shape for every 4xx: ``{"error": {"code", "message", "field"}}``.

Messages are plain Dutch, because they end up in front of webmasters who are
not developers. ``field`` names the query parameter or body field at fault.
"""

from http import HTTPStatus

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError


class ErrorDetail(Schema):
    code: str
    message: str
    field: str | None = None


class ErrorOut(Schema):
    error: ErrorDetail


class ApiError(Exception):
    """Raised anywhere in the API to answer with a 4xx and a plain message."""

    def __init__(
        self, message: str, *, status: int = 400, code: str = "invalid", field: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.field = field


class NotFound(ApiError):
    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, status=404, code="not_found", field=field)


def error_response(status: int, code: str, message: str, field: str | None = None) -> JsonResponse:
    response = JsonResponse(
        {"error": {"code": code, "message": message, "field": field}},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store"
    return response


def default_message(status: int) -> tuple[str, str]:
    """A code and a plain message for a status nobody described more precisely."""
    messages = {
        400: ("bad_request", _("Deze vraag kunnen we niet beantwoorden. Controleer het adres.")),
        403: ("forbidden", _("Dit mag niet.")),
        404: ("not_found", _("Dit adres bestaat niet in de API.")),
        405: ("method_not_allowed", _("Deze methode kan hier niet. Gebruik GET.")),
        406: ("not_acceptable", _("De API antwoordt alleen in JSON.")),
        413: ("too_large", _("Dit bericht is te groot.")),
        415: ("unsupported_media_type", _("Stuur JSON (Content-Type: application/json).")),
        429: ("too_many_requests", _("Te veel verzoeken. Probeer het over een minuut opnieuw.")),
    }
    if status in messages:
        return messages[status]
    return HTTPStatus(status).phrase.lower().replace(" ", "_"), _("Er ging iets mis.")


def _field_of(error: dict) -> str | None:
    loc = [str(part) for part in error.get("loc", ()) if part not in ("query", "body", "path")]
    return ".".join(loc) or None


def validation_message(error: dict) -> str:
    field = _field_of(error) or _("de vraag")
    kind = error.get("type", "")
    if kind == "missing":
        return _("‘%(field)s’ ontbreekt.") % {"field": field}
    if kind.startswith(("int", "bool")):
        expected = _("een getal") if kind.startswith("int") else _("true of false")
        return _("‘%(field)s’ moet %(expected)s zijn.") % {"field": field, "expected": expected}
    if kind.startswith("string_too_long"):
        return _("‘%(field)s’ is te lang.") % {"field": field}
    if kind == "greater_than_equal":
        return _("‘%(field)s’ moet 1 of hoger zijn.") % {"field": field}
    if kind == "less_than_equal":
        limit = error.get("ctx", {}).get("le")
        return _("‘%(field)s’ mag niet hoger zijn dan %(limit)s.") % {
            "field": field,
            "limit": limit,
        }
    if kind == "string_pattern_mismatch":
        return _("‘%(field)s’ heeft niet de goede vorm. Zie de voorbeelden in /api/v1/docs/.") % {
            "field": field
        }
    if kind == "json_invalid":
        return _("Het bericht is geen geldige JSON.")
    return _("‘%(field)s’ klopt niet.") % {"field": field}


def register_exception_handlers(api: NinjaAPI) -> None:
    @api.exception_handler(ApiError)
    def api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return error_response(exc.status, exc.code, exc.message, exc.field)

    @api.exception_handler(NinjaValidationError)
    def validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        first = exc.errors[0] if exc.errors else {}
        return error_response(400, "invalid", validation_message(first), _field_of(first))

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return error_response(404, *default_message(404))

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        code, message = default_message(exc.status_code)
        return error_response(exc.status_code, code, message)
