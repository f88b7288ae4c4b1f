"""Each request between desks is signed with a key only desks of the event hold, and can
be used once.

The LAN key is HMAC-SHA256(sync key, "confdesk lan key v1"): derived from the event's
check-in key like the sync key, but distinct from it, so a signature on the wire never
doubles as a seal on a file. The signature is HMAC-SHA256 under the LAN key over the
method, the path, the time (whole seconds, UTC), a random nonce and the SHA-256 of the
body. A server accepts a request only with a matching signature, a time within
:data:`WINDOW_S` of its own, and a nonce it has not seen in that window (kept in
:class:`NonceCache`): a captured request cannot be sent again, and one of another event
or made without the key matches nothing.

The event is named on the wire by a tag, a hash of its UUID: it lets a desk see at once
that a request is for another event, and it says nothing about the key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time

from confdesk.domain.sync.sync_file import sync_key

_LAN_CONTEXT = b"confdesk lan key v1"
_SIGNED_CONTEXT = "confdesk lan request v1"
_TAG_CONTEXT = b"confdesk event tag v1:"
# How far a request's time may be from the server's: desk clocks are set by hand at some
# venues, and a request is refused, not lost (the next exchange carries it again).
WINDOW_S = 300

TIME_HEADER = "X-Confdesk-Time"
NONCE_HEADER = "X-Confdesk-Nonce"
SIGNATURE_HEADER = "X-Confdesk-Signature"
EVENT_HEADER = "X-Confdesk-Event"


def lan_key(checkin_key: bytes, event_uuid: str) -> bytes:
    return hmac.new(sync_key(checkin_key, event_uuid), _LAN_CONTEXT, hashlib.sha256).digest()


def event_tag(event_uuid: str) -> str:
    """A name of the event for the wire and for discovery; never derived from the key."""
    return hashlib.sha256(_TAG_CONTEXT + event_uuid.encode()).hexdigest()[:16]


def signature(key: bytes, method: str, path: str, body: bytes, moment: int, nonce: str) -> str:
    digest = hashlib.sha256(body).hexdigest()
    text = "\n".join((_SIGNED_CONTEXT, method.upper(), path, str(moment), nonce, digest))
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def sign(key: bytes, tag: str, method: str, path: str, body: bytes) -> dict[str, str]:
    """The headers that make a request acceptable once, now."""
    moment = int(time.time())
    nonce = secrets.token_hex(16)
    return {
        EVENT_HEADER: tag,
        TIME_HEADER: str(moment),
        NONCE_HEADER: nonce,
        SIGNATURE_HEADER: signature(key, method, path, body, moment, nonce),
    }


class NonceCache:
    """The nonces seen within the window; a nonce seen before is a replay."""

    def __init__(self) -> None:
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def first_use(self, nonce: str, now: float) -> bool:
        with self._lock:
            # Older nonces are safe to forget: their requests fall outside the window.
            for old in [n for n, at in self._seen.items() if at < now - 2 * WINDOW_S]:
                del self._seen[old]
            if nonce in self._seen:
                return False
            self._seen[nonce] = now
            return True


def accepted(
    key: bytes,
    tag: str,
    nonces: NonceCache,
    method: str,
    path: str,
    body: bytes,
    headers: dict[str, str],
) -> bool:
    """Whether a request is of this event, signed with its key, recent, and new."""
    now = time.time()
    # Header names are case-blind in HTTP (urllib sends "X-confdesk-time").
    headers = {name.lower(): value for name, value in headers.items()}
    try:
        moment = int(headers.get(TIME_HEADER.lower(), ""))
    except ValueError:
        return False
    nonce = headers.get(NONCE_HEADER.lower(), "")
    found = headers.get(SIGNATURE_HEADER.lower(), "")
    if headers.get(EVENT_HEADER.lower()) != tag or not nonce or len(nonce) > 64:
        return False
    if abs(now - moment) > WINDOW_S:
        return False
    expected = signature(key, method, path, body, moment, nonce)
    if not hmac.compare_digest(expected, found):
        return False
    # Last, so a forged request cannot fill the cache.
    return nonces.first_use(nonce, now)
