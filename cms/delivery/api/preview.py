"""Signed, expiring links to one draft revision, for headless front ends.

This is the only door through which a draft leaves the system: the token
names one revision, is signed with the secret key and expires after
``API_PREVIEW_MAX_AGE_HOURS``. It is handed out only to people who may edit
the content.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Revision

from .errors import NotFound

SALT = "cms.api.preview"


def max_age() -> timedelta:
    return timedelta(hours=settings.API_PREVIEW_MAX_AGE_HOURS)


def preview_token(revision: Revision) -> str:
    return signing.dumps({"revision": revision.pk}, salt=SALT, compress=True)


def preview_url(revision: Revision) -> str:
    path = reverse("api-v1:preview", kwargs={"token": preview_token(revision)})
    return settings.PUBLIC_URL + path


def revision_for(token: str) -> Revision:
    """The revision a token names; a tampered, expired or stale token is a 404."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired:
        raise NotFound(
            _("Deze voorbeeldlink is verlopen. Vraag een nieuwe aan de redactie.")
        ) from None
    except signing.BadSignature:
        raise NotFound(_("Deze voorbeeldlink klopt niet.")) from None
    revision = Revision.objects.filter(pk=data.get("revision")).first()
    if revision is None:
        raise NotFound(_("Deze versie bestaat niet meer."))
    return revision
