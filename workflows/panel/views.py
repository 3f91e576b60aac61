"""The review page a panel member opens from the personal link. No account, no admin."""

import logging

from csp.decorators import csp
from django.conf import settings
from django.db import DatabaseError
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from wagtail.models import TaskState

from .answers import open_invitation, record_answer
from .forms import ReviewForm
from .tokens import TokenError, read_token

logger = logging.getLogger(__name__)

ERRORS = {
    # reason: (HTTP status, title, explanation)
    "invalid": (404, "Deze link werkt niet", "Misschien is de link niet helemaal goed overgenomen. "
                "Kopieer de hele link uit de e-mail, of vraag de panelcoördinator om een nieuwe."),
    "expired": (410, "Deze link is verlopen", "Je kunt deze tekst niet meer beoordelen. "
                "Dank je wel voor je hulp! Bij een volgende tekst krijg je een nieuwe link."),
    "answered": (409, "Je hebt al geantwoord", "We hebben je antwoord al ontvangen. Dank je wel!"),
    "closed": (409, "Deze ronde is klaar", "Er hebben al genoeg mensen gereageerd, of de tekst "
               "wordt nu aangepast. Je hoeft niets meer te doen. Dank je wel!"),
    "busy": (503, "Probeer het zo nog eens", "Het is nu even erg druk. Je antwoord is nog niet "
             "opgeslagen. Open de link over een minuut opnieuw en probeer het nog eens."),
    "withdrawn": (410, "Deze tekst is niet meer beschikbaar", "De schrijver wil niet meer dat "
                  "deze tekst gebruikt wordt. Je hoeft niets meer te doen. Dank je wel!"),
}  # fmt: skip

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    # Not "no-referrer": the browser would then send "Origin: null" and fail the CSRF check.
    "Referrer-Policy": "same-origin",
    "X-Robots-Tag": "noindex, nofollow",
}


def _respond(request, template: str, context: dict, status: int = 200):
    response = render(request, template, context, status=status)
    for header, value in SECURITY_HEADERS.items():
        response[header] = value
    return response


def _error(request, reason: str):
    status, title, text = ERRORS[reason]
    return _respond(request, "workflows/panel/message.html", {"title": title, "text": text}, status)


def csrf_failure(request, reason: str = ""):
    """A form sent without a valid CSRF token (e.g. opened long ago): say what to do."""
    return _respond(
        request,
        "workflows/panel/message.html",
        {"title": "Probeer het nog een keer", "text": "Je formulier is verlopen. "
         "Open de link uit de e-mail opnieuw en vul het formulier nog een keer in."},
        403,
    )  # fmt: skip


def _withdrawn(task_state_id: int) -> bool:
    """Is the text of this round a story whose consent was withdrawn (also after the round)?"""
    state = TaskState.objects.select_related("revision").filter(pk=task_state_id).first()
    return state is not None and getattr(state.revision.as_object(), "withdrawn", False)


@csp(settings.CSP_REVIEW_PAGE)
@never_cache
@csrf_protect
def review(request, token: str):
    """The page behind the link; a database that is busy or away gets a friendly page."""
    try:
        return _review(request, token)
    except DatabaseError:
        logger.exception("Panel review page failed on the database")
        return _error(request, "busy")


def _review(request, token: str):
    try:
        data = read_token(token)
        if _withdrawn(data.task_state):
            return _error(request, "withdrawn")
        invitation = open_invitation(data)
    except TokenError as error:
        return _error(request, error.reason)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            record_answer(data, form.answer())
        except TokenError as error:
            return _error(request, error.reason)
        return _respond(
            request,
            "workflows/panel/message.html",
            {"title": "Dank je wel!", "text": "We hebben je antwoord ontvangen. "
             "De redactie gaat ermee aan de slag.", "thanks": True},
        )  # fmt: skip
    obj = invitation.task_state.revision.as_object()
    context = {"object": obj, "invitation": invitation, "form": form}
    return _respond(request, "workflows/panel/review.html", context, 400 if form.errors else 200)
