"""Personal review links: signed, bound to one invitation (member + panel round), expiring."""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing

SALT = "workflows.panel.invitation"


class TokenError(Exception):
    """The link cannot be used; ``reason`` picks the friendly page."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class TokenData:
    invitation: int
    member: int
    task_state: int


def make_token(invitation) -> str:
    payload = {"i": invitation.pk, "m": invitation.member_id, "s": invitation.task_state_id}
    return signing.dumps(payload, salt=SALT)


def read_token(token: str) -> TokenData:
    max_age = settings.PANEL_LINK_MAX_AGE_DAYS * 24 * 3600
    try:
        payload = signing.loads(token, salt=SALT, max_age=max_age)
        return TokenData(int(payload["i"]), int(payload["m"]), int(payload["s"]))
    except signing.SignatureExpired:
        raise TokenError("expired") from None
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise TokenError("invalid") from None
