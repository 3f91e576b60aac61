"""Evaluation links: short, signed, one time, expiring.

A parent gets the link on paper (QR code), in a chat or read out on the phone,
so it is short: ``/e/<evaluation in base 36>-<signature>/``. The signature is
an HMAC with the site's secret over the evaluation and the day the link was made
(50 bits, enough against guessing over the web); making the link again on
another day gives a new signature and the old link stops working. Like a panel
link it expires (``EVALUATION_LINK_MAX_AGE_DAYS``); unlike one it needs nothing
but this code, so the public form sets no cookie.
"""

import base64
from datetime import timedelta

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.http import base36_to_int, int_to_base36

from ..models import SupportEvaluation

SALT = "cms.signaleren.evaluation-link"
SIGNATURE_LENGTH = 10  # base 32 characters, 5 bits each
BIGGEST_ID = 2**63 - 1


class LinkError(Exception):
    """The link cannot be used; ``reason`` picks the friendly page."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _signature(pk: int, issued_on) -> str:
    digest = salted_hmac(SALT, f"{pk}:{issued_on.isoformat()}", algorithm="sha256").digest()
    return base64.b32encode(digest).decode()[:SIGNATURE_LENGTH].lower()


def make_code(evaluation: SupportEvaluation) -> str:
    return f"{int_to_base36(evaluation.pk)}-{_signature(evaluation.pk, evaluation.issued_on)}"


def evaluation_url(evaluation: SupportEvaluation) -> str:
    return settings.PUBLIC_URL + reverse("support_evaluation", args=[make_code(evaluation)])


def qr_code_uri(url: str) -> str:
    """The link as a QR code (an SVG ``data:`` URI) for a phone camera, on screen or paper."""
    return segno.make(url, error="m").svg_data_uri(scale=5, border=4)


def open_evaluation(code: str, *, lock: bool = False) -> SupportEvaluation:
    """The unanswered evaluation behind ``code``, or a ``LinkError`` saying why not.

    ``lock``: inside a transaction, hold the row so that two answers at once store one.
    """
    pk_part, _, signature = code.lower().partition("-")
    try:
        pk = base36_to_int(pk_part)
    except ValueError:
        raise LinkError("invalid") from None
    if pk > BIGGEST_ID:
        raise LinkError("invalid")
    rows = SupportEvaluation.objects.select_for_update() if lock else SupportEvaluation.objects
    evaluation = rows.filter(pk=pk).first()
    if evaluation is None or not constant_time_compare(
        signature, _signature(pk, evaluation.issued_on)
    ):
        raise LinkError("invalid")
    if evaluation.answered:
        raise LinkError("answered")
    max_age = timedelta(days=settings.EVALUATION_LINK_MAX_AGE_DAYS)
    if timezone.localdate() > evaluation.issued_on + max_age:
        raise LinkError("expired")
    return evaluation
