"""Verification codes printed on certificates of attendance.

A code is HMAC-SHA256 under the event's check-in key (:mod:`confdesk.core.checkin_codes`;
the same secret, with its own context string so a check-in MAC is never a certificate
MAC) over the registration's UUID and the UUIDs of the sessions the certificate lists,
cut to 80 bits and written as four groups of four characters of the check-in alphabet
(no I, O, Y, Z). Asked whether a certificate is genuine, the organiser recomputes the code
from the database (:func:`certificate_code`) for the person named: the same code means
the certificate was issued from this event's data and its session list is unchanged.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from confdesk.core.checkin_codes import ALPHABET, EventKey

_CONTEXT = b"confdesk certificate:"
_CODE_BYTES = 10  # 80 bits: 16 characters


def certificate_code(event: EventKey, registration_uuid: str, session_uuids: Iterable[str]) -> str:
    message = _CONTEXT + ";".join([registration_uuid, *sorted(session_uuids)]).encode()
    digest = hmac.new(event.key, message, "sha256").digest()[:_CODE_BYTES]
    number = int.from_bytes(digest)
    characters = "".join(
        ALPHABET[(number >> shift) & 31] for shift in range(_CODE_BYTES * 8 - 5, -1, -5)
    )
    return "-".join(characters[start : start + 4] for start in range(0, len(characters), 4))
