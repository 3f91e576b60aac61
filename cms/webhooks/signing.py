"""How a webhook's POST is signed.

The receiver checks ``X-Passend-Signature``: ``sha256=`` and the hex
HMAC-SHA256, keyed with the webhook's secret, of ``<X-Passend-Timestamp>.<body>``.
Putting the timestamp in the signed text lets a receiver refuse replays.
A payload names what changed and where to read it; it never carries content,
so a receiver always reads the published version from the API.
"""

import hashlib
import hmac
import json


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def encode(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
