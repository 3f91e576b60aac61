"""The evaluation form behind a link: no account, no cookie, nothing about the person.

The code in the address is the only key. Without a session there is no CSRF
cookie either: a form sent from another site would need the code, and whoever
has the code may answer. Only the answer and the day are stored.
"""

import logging

from csp.decorators import csp
from django.conf import settings
from django.db import DatabaseError, transaction
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from .forms import EvaluationForm
from .links import LinkError, open_evaluation

logger = logging.getLogger(__name__)

MESSAGES = {
    # reason: (HTTP status, title, explanation)
    "invalid": (404, "Deze link werkt niet", "Misschien is de link niet helemaal goed "
                "overgenomen. Kijk of je alle letters en cijfers hebt. Lukt het niet? "
                "Vraag het steunpunt om een nieuwe link."),
    "expired": (410, "Deze link is verlopen", "Je kunt deze vragen niet meer invullen. "
                "Wil je toch iets laten weten? Neem contact op met het steunpunt."),
    "answered": (409, "Je hebt de vragen al beantwoord", "We hebben je antwoord al. "
                 "Je hoeft niets meer te doen. Dank je wel!"),
    "busy": (503, "Probeer het zo nog eens", "Het is nu even erg druk. Je antwoord is nog "
             "niet bewaard. Open de link over een minuut opnieuw."),
    "thanks": (200, "Dank je wel!", "We hebben je antwoord. Het steunpunt gebruikt alle "
               "antwoorden samen om beter te helpen. Je naam weten we niet."),
}  # fmt: skip

HEADERS = {"Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex, nofollow"}


def _respond(request, template: str, context: dict, status: int = 200):
    response = render(request, template, context, status=status)
    for header, value in HEADERS.items():
        response[header] = value
    return response


def _message(request, reason: str):
    status, title, text = MESSAGES[reason]
    context = {"title": title, "text": text}
    return _respond(request, "signaleren/evaluation/message.html", context, status)


@csp(settings.CSP_REVIEW_PAGE)
@never_cache
@csrf_exempt
def evaluation(request, code: str):
    """The page behind the link; a busy or absent database gets a friendly page."""
    try:
        return _evaluation(request, code)
    except LinkError as error:
        return _message(request, error.reason)
    except DatabaseError:
        logger.exception("Evaluation page failed on the database")
        return _message(request, "busy")


def _evaluation(request, code: str):
    open_evaluation(code)
    form = EvaluationForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        with transaction.atomic():
            answer = open_evaluation(code, lock=True)  # the second of two at once sees "answered"
            answer.answered_on = timezone.localdate()
            answer.helpful = form.cleaned_data["helpful"]
            answer.got_what_needed = form.cleaned_data["got_what_needed"]
            answer.comment = form.cleaned_data["comment"]
            answer.save()
        return _message(request, "thanks")
    status = 400 if form.errors else 200
    return _respond(request, "signaleren/evaluation/form.html", {"form": form}, status)
