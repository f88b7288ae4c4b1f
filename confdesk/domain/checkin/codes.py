"""Check-in codes: what a badge's QR code says, and how any desk verifies it offline.

Scheme (version 1)
------------------
A code is ``CDK`` followed by 56 Base32 characters that spell 35 bytes::

    byte  0       scheme version, 1
    bytes 1-4     event tag: SHA-256("confdesk event tag:" + event UUID), first 4 bytes
    bytes 5-20    the registration's UUID (16 bytes)
    bytes 21-22   issue number, big-endian: 1 for the first code, one more per reissue
    bytes 23-34   HMAC-SHA256(event key, "confdesk check-in code:" + bytes 0-22),
                  first 12 bytes

- The **event key** is 32 random bytes from :mod:`secrets`, made when the event is created
  (``events.checkin_key``; the migration that added it gave existing events a fresh one).
  The desks of an event work on the same database file and so hold the same key. Holding
  the file means being able to make codes; the file holds all personal data anyway. The
  demo derives its key from its seed, so demo codes are forgeable by design.
- **Unforgeable**: without the key, a code that verifies has a 2^-96 chance per attempt.
  **Unguessable**: a registration UUID has 122 random bits, and the MAC needs the key too.
- **Offline, for registrations the desk has not seen**: the MAC proves the code was made
  with the event's key, whether or not the registration is in this file yet. Such a code
  reads as ``unknown`` but authentic, with the UUID and issue, so a later sync can apply it.
- **Reissue** (lost badge) raises ``registrations.checkin_code_issue``; a code with a lower
  issue number is ``revoked``. A code with a *higher* number than the desk knows was
  reissued at a desk whose change has not reached this file yet: it is ``valid``. A desk
  that has not learnt of a reissue cannot know the old code is revoked — the limit of
  working offline; a sync should keep the highest issue number.
- The **event tag** is not secret. It lets a desk say "badge of another event" instead of
  "invalid": when the tag is that of another event in this file, the code is checked with
  that event's key (authentic: ``wrong_event``; not: ``invalid``); an event this file does
  not hold cannot be checked, and its codes read as ``wrong_event`` — rejected either way.
- **Small QR**: 59 characters, all in the QR alphanumeric set, fit version 3 at error
  correction M (61 characters), under the version 4 limit (90) the badges promise.

Alphabet and reading
--------------------
Base32 here uses ``0123456789ABCDEFGHJKLMNPQRSTUVWX`` (digit value = position), without
padding. It leaves out I and O, which people read as 1 and 0, and Y and Z: a scanner in
keyboard mode that types for a US layout on a German QWERTZ desk swaps them, so a QWERTZ
desk reads every code right without configuring its scanner.

Scanners in keyboard mode may add a trailing Enter or Tab, or type lowercase with Caps Lock
on, so surrounding whitespace is stripped and letters are read case-insensitively.
Everything else is refused: input longer than a few codes (before any work is done on it),
non-ASCII characters (Unicode case mapping would turn, e.g., "ſ" into "S"), a wrong length,
a character outside the alphabet, another prefix or scheme version, issue 0.

Results
-------
:class:`CodeStatus` is one of ``valid``, ``unknown``, ``invalid``, ``revoked``,
``wrong_event``. Check-in (issue 4) maps it to the statuses of DESIGN.md: ``valid`` becomes
``accepted``, ``already_checked_in``, ``cancelled`` or ``waitlisted`` from the registration's
status (reported in :class:`CodeCheck`) and its check-in history; the others pass through
under the same names.

Layers: the pure functions (:class:`EventKey`, :func:`read_code`, :func:`check_code`) know
no database; :class:`CodeVerifier`, :func:`verify_code`, :func:`codes_for_event`,
:func:`code_for_registration` and :func:`reissue_code` work on a
:class:`~confdesk.db.database.Database`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import Event, Registration, utc_now
from confdesk.domain.events.service import no_such_event
from confdesk.domain.registrations.service import load_registration
from confdesk.errors import UserError

PREFIX = "CDK"
SCHEME_VERSION = 1
ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWX"
MAX_ISSUE = 0xFFFF  # two bytes in the code

_TAG_BYTES = 4
_UUID_BYTES = 16
_ISSUE_BYTES = 2
_MAC_BYTES = 12
# Version and event tag fill the first five bytes, so the first eight characters of every
# code of an event are the same.
_HEAD_BYTES = 1 + _TAG_BYTES
_SIGNED_BYTES = _HEAD_BYTES + _UUID_BYTES + _ISSUE_BYTES
_PAYLOAD_BYTES = _SIGNED_BYTES + _MAC_BYTES  # 35: a multiple of 5, so Base32 needs no padding
CODE_LENGTH = len(PREFIX) + _PAYLOAD_BYTES * 8 // 5
# A scanner adds a little whitespace at most; a longer input is refused before it is read.
_LONGEST_INPUT = 4 * CODE_LENGTH

_TAG_CONTEXT = b"confdesk event tag:"
_MAC_CONTEXT = b"confdesk check-in code:"
# Base32 two characters (ten bits) at a time: faster than the standard library's, which
# matters for codes_for_event over 50,000 registrations.
_PAIRS = tuple(first + second for first in ALPHABET for second in ALPHABET)
_PAIR_VALUES = {pair: value for value, pair in enumerate(_PAIRS)}
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class CodeStatus(StrEnum):
    VALID = "valid"  # authentic, current, registration known here
    UNKNOWN = "unknown"  # authentic, but the registration is not in this file (yet)
    INVALID = "invalid"  # not a code of this scheme, or not signed with the event's key
    REVOKED = "revoked"  # authentic, but a newer code was issued for the registration
    WRONG_EVENT = "wrong_event"  # a code of another event


@dataclass(frozen=True)
class CodeCheck:
    """The verdict on one scanned text. ``registration_uuid`` and ``issue`` are set
    whenever the code is authentic; ``registration_id`` and ``registration_status`` when
    the registration is in this file as well."""

    status: CodeStatus
    registration_id: int | None = None
    registration_status: str | None = None
    registration_uuid: str | None = None
    issue: int | None = None

    @property
    def authentic(self) -> bool:
        """Made with an event key this desk holds (whatever the event)."""
        return self.registration_uuid is not None


@dataclass(frozen=True)
class RegistrationState:
    """What verification needs to know of a registration."""

    id: int
    issue: int
    status: str


@dataclass(frozen=True)
class SignedCode:
    """A code that parsed: what it claims, not yet checked against any key."""

    event_tag: bytes
    registration_uuid: str
    issue: int
    signed: bytes = field(repr=False)
    mac: bytes = field(repr=False)

    def is_signed_by(self, event: EventKey) -> bool:
        return hmac.compare_digest(event.mac(self.signed), self.mac)


@dataclass(frozen=True)
class EventKey:
    """One event's public tag and secret key: everything needed to make and check codes."""

    event_uuid: str
    key: bytes = field(repr=False)
    tag: bytes = field(init=False, repr=False)
    _head: bytes = field(init=False, repr=False, compare=False)
    _code_head: str = field(init=False, repr=False, compare=False)
    # Keyed once; each MAC continues a copy, which halves its cost.
    _keyed: hmac.HMAC = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tag = event_tag(self.event_uuid)
        head = bytes((SCHEME_VERSION,)) + tag
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_head", head)
        object.__setattr__(self, "_code_head", PREFIX + _encode_base32(head))
        object.__setattr__(self, "_keyed", hmac.new(self.key, _MAC_CONTEXT, "sha256"))

    def code_for(self, registration_uuid: str, issue: int) -> str:
        if not _CANONICAL_UUID.fullmatch(registration_uuid):
            raise ValueError(f"not a canonical UUID: {registration_uuid!r}")
        if not 1 <= issue <= MAX_ISSUE:
            raise ValueError(f"issue out of range: {issue}")
        tail = bytes.fromhex(registration_uuid.replace("-", "")) + issue.to_bytes(_ISSUE_BYTES)
        mac = self.mac(self._head + tail)
        return self._code_head + _encode_base32(tail + mac)

    def mac(self, signed: bytes) -> bytes:
        keyed = self._keyed.copy()
        keyed.update(signed)
        return keyed.digest()[:_MAC_BYTES]


def event_tag(event_uuid: str) -> bytes:
    return hashlib.sha256(_TAG_CONTEXT + event_uuid.encode()).digest()[:_TAG_BYTES]


def read_code(text: str) -> SignedCode | None:
    """Parse strictly; None when ``text`` is not a code of this scheme."""
    if len(text) > _LONGEST_INPUT:
        return None
    text = text.strip()
    if len(text) != CODE_LENGTH or not text.isascii():
        return None
    text = text.upper()
    if not text.startswith(PREFIX):
        return None
    payload = _decode_base32(text[len(PREFIX) :])
    if payload is None or payload[0] != SCHEME_VERSION:
        return None
    position = _HEAD_BYTES
    uuid_hex = payload[position : position + _UUID_BYTES].hex()
    position += _UUID_BYTES
    issue = int.from_bytes(payload[position : position + _ISSUE_BYTES])
    if issue < 1:
        return None
    return SignedCode(
        event_tag=payload[1:_HEAD_BYTES],
        registration_uuid=(
            f"{uuid_hex[:8]}-{uuid_hex[8:12]}-{uuid_hex[12:16]}-{uuid_hex[16:20]}-{uuid_hex[20:]}"
        ),
        issue=issue,
        signed=payload[:_SIGNED_BYTES],
        mac=payload[_SIGNED_BYTES:],
    )


def check_code(
    text: str,
    event: EventKey,
    lookup: Callable[[str], RegistrationState | None],
    other_events: Sequence[EventKey] = (),
) -> CodeCheck:
    """Verify ``text`` as a code of ``event``. ``lookup`` finds a registration of the event
    by UUID; it is called only for authentic codes, so a rejection costs no lookup."""
    code = read_code(text)
    if code is None:
        return CodeCheck(CodeStatus.INVALID)
    if code.event_tag != event.tag:
        other = next((e for e in other_events if e.tag == code.event_tag), None)
        if other is None:
            return CodeCheck(CodeStatus.WRONG_EVENT)
        if not code.is_signed_by(other):
            return CodeCheck(CodeStatus.INVALID)
        return CodeCheck(
            CodeStatus.WRONG_EVENT, registration_uuid=code.registration_uuid, issue=code.issue
        )
    if not code.is_signed_by(event):
        return CodeCheck(CodeStatus.INVALID)
    registration = lookup(code.registration_uuid)
    if registration is None:
        return CodeCheck(
            CodeStatus.UNKNOWN, registration_uuid=code.registration_uuid, issue=code.issue
        )
    return CodeCheck(
        CodeStatus.REVOKED if code.issue < registration.issue else CodeStatus.VALID,
        registration_id=registration.id,
        registration_status=registration.status,
        registration_uuid=code.registration_uuid,
        issue=code.issue,
    )


def _encode_base32(data: bytes) -> str:
    """RFC 4648 Base32 bit order in :data:`ALPHABET`, for a multiple of five bytes."""
    number = int.from_bytes(data)
    return "".join(
        [_PAIRS[(number >> shift) & 0x3FF] for shift in range(len(data) * 8 - 10, -1, -10)]
    )


def _decode_base32(text: str) -> bytes | None:
    """The inverse of :func:`_encode_base32`; None for a character outside the alphabet."""
    number = 0
    for start in range(0, len(text), 2):
        value = _PAIR_VALUES.get(text[start : start + 2])
        if value is None:
            return None
        number = (number << 10) | value
    return number.to_bytes(len(text) * 5 // 8)


# --- on a database -------------------------------------------------------------------------


class CodeVerifier:
    """Verifies the codes of one event. It reads the keys once, so a scan costs at most
    one indexed lookup; keep one per check-in screen or command-line run."""

    def __init__(self, database: Database, event_id: int) -> None:
        self._database = database
        self._event_id = event_id
        with database.transaction() as session:
            keys = _event_keys(session)
        if event_id not in keys:
            raise no_such_event(event_id)
        self._event = keys.pop(event_id)
        self._others = tuple(keys.values())

    def verify(self, text: str, session: Session | None = None) -> CodeCheck:
        """Pass ``session`` to look the registration up inside the caller's transaction;
        otherwise a short read is opened. (The check-in desk uses :meth:`verify_using`,
        with its own connection.)"""

        def lookup(registration_uuid: str) -> RegistrationState | None:
            if session is not None:
                return find_registration(session.connection(), self._event_id, registration_uuid)
            # A bare connection, not a Session: a third of the cost, and this is read-only.
            with self._database.engine.connect() as connection:
                return find_registration(connection, self._event_id, registration_uuid)

        return check_code(text, self._event, lookup, self._others)

    def verify_using(
        self, text: str, lookup: Callable[[str], RegistrationState | None]
    ) -> CodeCheck:
        """Verify with the caller's own registration lookup (the check-in desk's
        connection, inside its write transaction)."""
        return check_code(text, self._event, lookup, self._others)


def verify_code(database: Database, event_id: int, text: str) -> CodeCheck:
    """One-off verification; for a stream of scans keep a :class:`CodeVerifier`."""
    return CodeVerifier(database, event_id).verify(text)


# Plain SQL on the two hot paths: building a SQLAlchemy statement per scan costs more than
# SQLite's indexed lookup, and 50,000 rows come back three times faster this way.
# Parameters: the registration's UUID, the event's id. The check-in desk runs it on its own
# connection (confdesk.domain.checkin.desk).
FIND_REGISTRATION_SQL = (
    "SELECT id, checkin_code_issue, status FROM registrations WHERE uuid = ? AND event_id = ?"
)
_EVENT_REGISTRATIONS = "SELECT id, uuid, checkin_code_issue FROM registrations WHERE event_id = ?"


def find_registration(
    connection: Connection, event_id: int, registration_uuid: str
) -> RegistrationState | None:
    row = connection.exec_driver_sql(FIND_REGISTRATION_SQL, (registration_uuid, event_id)).first()
    return registration_state(row)


def registration_state(row: Sequence[Any] | None) -> RegistrationState | None:
    """A row of :data:`FIND_REGISTRATION_SQL`, or None when it found nobody."""
    return RegistrationState(id=row[0], issue=row[1], status=row[2]) if row else None


def codes_for_event(database: Database, event_id: int) -> dict[int, str]:
    """Every registration of the event (cancelled ones too) with its current code."""
    with database.transaction() as session:
        event = _event_key(session, event_id)
        rows = session.connection().exec_driver_sql(_EVENT_REGISTRATIONS, (event_id,)).all()
    return {row[0]: registration_code(event, row[0], row[1], row[2]) for row in rows}


def code_for_registration(database: Database, registration_id: int) -> str:
    with database.transaction() as session:
        registration_uuid, issue, event_id = _registration(session, registration_id)
        event = _event_key(session, event_id)
    return registration_code(event, registration_id, registration_uuid, issue)


def reissue_code(database: Database, registration_id: int) -> str:
    """A new code for a lost badge; every earlier code of the registration is revoked."""
    with database.transaction() as session:
        registration_uuid, issue, event_id = _registration(session, registration_id)
        if issue >= MAX_ISSUE:
            raise UserError(
                "This registration's code cannot be reissued any more.",
                code="code_reissued_too_often",
                registration_id=registration_id,
            )
        event = _event_key(session, event_id)
        code = registration_code(event, registration_id, registration_uuid, issue + 1)
        # updated_at moves too, so a later sync sees the reissue.
        session.execute(
            update(Registration.__table__)
            .where(Registration.__table__.c.id == registration_id)
            .values(checkin_code_issue=issue + 1, updated_at=utc_now())
        )
    return code


def registration_code(
    event: EventKey, registration_id: int, registration_uuid: str, issue: int
) -> str:
    """The code of one registration from its UUID and issue. Callers that read these
    themselves call it directly (badges read them with the names, so a batch of 1,000 of
    50,000 people costs 1,000)."""
    try:
        return event.code_for(registration_uuid, issue)
    except ValueError:
        # Every UUID confdesk writes is canonical; this one came from elsewhere.
        raise UserError(
            f"Registration {registration_id} has no check-in code: its UUID "
            f"“{registration_uuid}” is not a standard UUID.",
            code="registration_uuid_malformed",
            registration_id=registration_id,
        ) from None


def _registration(session: Session, registration_id: int) -> tuple[str, int, int]:
    """UUID, code issue and event of the registration."""
    registration = load_registration(session, registration_id)
    return registration.uuid, registration.checkin_code_issue, registration.event_id


def event_key(database: Database, event_id: int) -> EventKey:
    """The event's tag and key, for codes derived from it (certificate verification)."""
    with database.transaction() as session:
        return _event_key(session, event_id)


def _event_key(session: Session, event_id: int) -> EventKey:
    row = session.execute(select(Event.uuid, Event.checkin_key).where(Event.id == event_id)).first()
    if row is None:
        raise no_such_event(event_id)
    return EventKey(row[0], row[1])


def _event_keys(session: Session) -> dict[int, EventKey]:
    rows = session.execute(select(Event.id, Event.uuid, Event.checkin_key))
    return {row[0]: EventKey(row[1], row[2]) for row in rows}
