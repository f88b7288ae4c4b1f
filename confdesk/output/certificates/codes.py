"""Verification codes printed on certificates of attendance.

A code is HMAC-SHA256 under the event's check-in key (:mod:`confdesk.domain.checkin.codes`;
the same secret, with its own context string so a check-in MAC is never a certificate
MAC) over the registration's UUID and the UUIDs of the sessions the certificate lists,
cut to 80 bits and written as four groups of four characters of the check-in alphabet
(no I, O, Y, Z). Asked whether a certificate is genuine, the organiser recomputes the code
from the database (:func:`certificate_code`) for the person named: the same code means
the certificate was issued from this event's data and its session list is unchanged.
Without a name, :func:`confdesk.output.certificates.data.find_certificate` tries everyone.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from confdesk.domain.checkin.codes import ALPHABET, EventKey

_CONTEXT = b"confdesk certificate:"
_CODE_BYTES = 10  # 80 bits: 16 characters
_GROUP = 4
# Letters the alphabet leaves out because they look like digits: read as the digits.
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1"})


def certificate_code(event: EventKey, registration_uuid: str, session_uuids: Iterable[str]) -> str:
    return written_code(certificate_digest(event, registration_uuid, session_uuids))


def certificate_digest(
    event: EventKey, registration_uuid: str, session_uuids: Iterable[str]
) -> bytes:
    """The code's 80 bits, before they are written out (cheaper to compare in bulk)."""
    message = _CONTEXT + ";".join([registration_uuid, *sorted(session_uuids)]).encode()
    return hmac.digest(event.key, message, "sha256")[:_CODE_BYTES]


def read_certificate_code(text: str) -> bytes | None:
    """The code's bits, from what a person typed or read out over the phone: case, spaces
    and dashes do not matter, and O and I are taken for 0 and 1. None when it cannot be a
    certificate code."""
    characters = "".join(text.split()).replace("-", "").upper().translate(_LOOK_ALIKES)
    if len(characters) != _CODE_BYTES * 8 // 5 or any(c not in ALPHABET for c in characters):
        return None
    number = 0
    for character in characters:
        number = number << 5 | ALPHABET.index(character)
    return number.to_bytes(_CODE_BYTES)


def written_code(digest: bytes) -> str:
    """The printed form, four groups of four: 7K2M-Q9XD-4HPT-B3NW."""
    number = int.from_bytes(digest)
    characters = "".join(
        ALPHABET[(number >> shift) & 31] for shift in range(_CODE_BYTES * 8 - 5, -1, -5)
    )
    return "-".join(
        characters[start : start + _GROUP] for start in range(0, len(characters), _GROUP)
    )
