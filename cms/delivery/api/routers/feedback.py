import hashlib
import json
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from ninja import Router, Status
from ninja.decorators import decorate_view

from cms.signaleren.models import Feedback, FeedbackKind
from cms.signaleren.privacy import mask_personal_data
from cms.signaleren.usage import count
from content_models.models import InformationItem, Organisation, ReviewedContent, Route

from ..context import resolve_context
from ..cors import origin_allowed
from ..errors import ApiError, ErrorOut, NotFound, default_message, error_response
from ..published import live
from ..schemas import FeedbackAccepted, FeedbackIn

router = Router(tags=["Reacties"])

# What an answer can be about, and the message when it is not (or no longer) live.
FEEDBACK_ON: dict[str, tuple[type[ReviewedContent], str]] = {
    FeedbackKind.ITEM: (InformationItem, _lazy("Er is geen gepubliceerde informatie ‘%(slug)s’.")),
    FeedbackKind.ROUTE: (Route, _lazy("Er is geen gepubliceerde route ‘%(slug)s’.")),
    FeedbackKind.ORGANISATION: (
        Organisation,
        _lazy("Er is geen gepubliceerde organisatie ‘%(slug)s’."),
    ),
}


def check_rate_limit(request: HttpRequest) -> None:
    """At most N answers per client per minute, counted in the cache only.

    The client is known by a salted hash of its address that lives for one
    minute in the cache; it is never written to the database or a log.
    """
    window = int(time.time() // 60)
    client = hashlib.sha256(
        f"{settings.SECRET_KEY}:{request.META.get('REMOTE_ADDR', '')}:{window}".encode()
    ).hexdigest()[:24]
    key = f"api:feedback-rate:{client}"
    cache.add(key, 0, timeout=60)
    try:
        count = cache.incr(key)
    except ValueError:
        count = 1
    if count > settings.FEEDBACK_RATE_LIMIT_PER_MINUTE:
        raise ApiError(
            _("U heeft veel reacties gestuurd. Probeer het over een minuut opnieuw."),
            status=429,
            code="too_many_requests",
        )


def check_sender(request: HttpRequest) -> None:
    """Only our own pages and the sites that embed us may send an answer from a browser."""
    if not origin_allowed(request):
        raise ApiError(
            _("Reacties kunnen alleen komen van de website van een school of een SWV."),
            status=403,
            code="forbidden",
        )


def json_body_only(run):
    """Refuse a body that is not JSON before ninja reads it.

    A ``text/plain`` POST is a "simple request" that any page can send without
    a CORS preflight; only JSON is accepted, and broken JSON gets its own message.
    """

    @wraps(run)
    def check(request: HttpRequest, *args, **kwargs):
        if request.content_type != "application/json":
            return error_response(415, *default_message(415))
        try:
            json.loads(request.body)
        except ValueError:
            return error_response(400, "invalid_json", _("Het bericht is geen geldige JSON."))
        return run(request, *args, **kwargs)

    return check


@router.post(
    "/",
    response={
        202: FeedbackAccepted,
        400: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        415: ErrorOut,
        429: ErrorOut,
    },
    url_name="feedback",
    operation_id="feedback_create",
    summary="‘Was dit nuttig?’: ja of nee, met een opmerking als u wilt",
)
@decorate_view(json_body_only)
def feedback_create(request: HttpRequest, payload: FeedbackIn) -> Status:
    record_feedback(request, payload)
    return Status(
        202, FeedbackAccepted(status="accepted", message=_("Dank je wel voor je reactie."))
    )


def record_feedback(request: HttpRequest, payload: FeedbackIn) -> Feedback:
    """Validate, mask personal data and store one answer; shared by the API and the iframe."""
    check_sender(request)
    check_rate_limit(request)
    if payload.type not in FEEDBACK_ON:
        raise ApiError(
            _("Het soort ‘%(type)s’ kennen we niet. Kies uit: %(choices)s.")
            % {"type": payload.type, "choices": ", ".join(FEEDBACK_ON)},
            field="type",
        )
    context = resolve_context(region=payload.region, school=payload.school, locale=payload.locale)
    model, missing = FEEDBACK_ON[payload.type]
    item = live(model).filter(slug=payload.item).first()
    if item is None:
        raise NotFound(str(missing) % {"slug": payload.item}, field="item")
    region_code = context.regions[0].code if context.regions else ""
    comment = mask_personal_data(payload.comment.strip())
    answer = "helpful" if payload.helpful else "not_helpful"
    count(
        usage_key(payload.type, item.slug),
        region_code,
        context.locale,
        **{answer: 1},
        comments=int(bool(comment)),
    )
    return Feedback.objects.create(
        date=timezone.localdate(),
        kind=payload.type,
        item_slug=item.slug,
        item_key=item.translation_key,
        region_code=region_code,
        locale=context.locale,
        helpful=payload.helpful,
        comment=comment,
    )


def usage_key(kind: str, slug: str) -> str:
    """The counted name: an item by its slug (as its reads), anything else by kind and slug.

    A route and an article may share a slug; their answers must not add up.
    """
    return slug if kind == FeedbackKind.ITEM else f"{kind}:{slug}"[:120]
