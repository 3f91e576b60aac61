"""The client as django-axes sees it: a salted hash of its address, never the address.

Admin logins are throttled per username *and* client (``AXES_LOCKOUT_PARAMETERS``),
so someone who guesses passwords for ``eindredactie`` locks out only themselves;
the real user, from another address, still gets in. Axes keeps its counts in the
cache under this hash, so no IP address is stored or logged. The hash changes with
``SECRET_KEY`` and cannot be turned back into an address without trying them all,
which the secret makes impossible from outside.
"""

import hashlib
import hmac

from django.conf import settings
from django.http import HttpRequest


def client_key(request: HttpRequest) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    salt = f"axes-client:{settings.SECRET_KEY}".encode()
    return hmac.new(salt, address.encode(), hashlib.sha256).hexdigest()[:32]
