import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Status

from cms.signaleren.models import Feedback
from cms.signaleren.privacy import mask_personal_data
from cms.signaleren.usage import count
from content_models.models import InformationItem

from ..context import resolve_context
from ..errors import ApiError, ErrorOut, NotFound
from ..published import live
from ..schemas import FeedbackAccepted, FeedbackIn

router = Router(tags=["Reacties"])


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


@router.post(
    "/",
    response={202: FeedbackAccepted, 400: ErrorOut, 404: ErrorOut, 429: ErrorOut},
    url_name="feedback",
    operation_id="feedback_create",
    summary="‘Was dit nuttig?’: ja of nee, met een opmerking als u wilt",
)
def feedback_create(request: HttpRequest, payload: FeedbackIn) -> Status:
    record_feedback(request, payload)
    return Status(
        202, FeedbackAccepted(status="accepted", message=_("Dank je wel voor je reactie."))
    )


def record_feedback(request: HttpRequest, payload: FeedbackIn) -> Feedback:
    """Validate, mask personal data and store one answer; shared by the API and the iframe."""
    check_rate_limit(request)
    context = resolve_context(region=payload.region, school=payload.school, locale=payload.locale)
    item = live(InformationItem).filter(slug=payload.item).first()
    if item is None:
        raise NotFound(
            _("Er is geen gepubliceerde informatie ‘%(slug)s’.") % {"slug": payload.item},
            field="item",
        )
    region_code = context.regions[0].code if context.regions else ""
    comment = mask_personal_data(payload.comment.strip())
    answer = "helpful" if payload.helpful else "not_helpful"
    count(item.slug, region_code, context.locale, **{answer: 1}, comments=int(bool(comment)))
    return Feedback.objects.create(
        date=timezone.localdate(),
        item_slug=item.slug,
        item_key=item.translation_key,
        region_code=region_code,
        locale=context.locale,
        helpful=payload.helpful,
        comment=comment,
    )
