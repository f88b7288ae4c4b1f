"""What a certificate of attendance says, read for a whole batch in a few queries."""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from confdesk.db.database import Database
from confdesk.domain.checkin.attendance import (
    AttendedSession,
    arrived_ids,
    attended_sessions,
    attended_time,
)
from confdesk.domain.checkin.codes import EventKey, event_key
from confdesk.domain.checkin.desk import loggable_input
from confdesk.errors import UserError
from confdesk.normalize import nfc
from confdesk.output.certificates.codes import (
    certificate_code,
    certificate_digest,
    read_certificate_code,
)
from confdesk.output.registration_rows import registration_rows

_PEOPLE = (
    "SELECT r.id, r.uuid, r.title, r.given_name, r.family_name, coalesce(o.name, '') "
    "FROM registrations r LEFT JOIN organizations o ON o.id = r.organization_id "
    "WHERE r.event_id = ? "
)


@dataclass(frozen=True)
class CertificateEvent:
    title: str
    start_date: date
    end_date: date
    venue_name: str
    venue_address: str


@dataclass(frozen=True)
class Certificate:
    registration_id: int
    title: str
    given_name: str
    family_name: str
    organization: str
    sessions: tuple[AttendedSession, ...]
    total: timedelta
    code: str

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.given_name, self.family_name) if part)


def load_certificates(
    database: Database, event_id: int, registration_ids: Sequence[int] | None = None
) -> tuple[CertificateEvent, list[Certificate]]:
    """Everyone checked in at the venue (by name), or the people named by id."""
    key = event_key(database, event_id)
    wanted = arrived_ids(database, event_id) if registration_ids is None else registration_ids
    return _certificates(database, event_id, key, wanted)


def _certificates(
    database: Database,
    event_id: int,
    key: EventKey,
    wanted: Sequence[int],
    attended: dict[int, list[AttendedSession]] | None = None,
) -> tuple[CertificateEvent, list[Certificate]]:
    """The certificates of the people ``wanted``, signed with the event's ``key``; the
    attendance is read unless the caller has it already."""
    with database.engine.connect() as connection:
        event_row = connection.exec_driver_sql(
            "SELECT title, start_date, end_date, venue_name, venue_address FROM events "
            "WHERE id = ?",
            (event_id,),
        ).one()
        rows = registration_rows(connection, _PEOPLE, event_id, wanted)
    if attended is None:
        attended = attended_sessions(database, event_id)
    certificates = []
    for row in rows:
        registration_id = row[0]
        sessions = tuple(attended.get(registration_id, ()))
        certificates.append(
            Certificate(
                registration_id=registration_id,
                title=nfc(row[2]),
                given_name=nfc(row[3]),
                family_name=nfc(row[4]),
                organization=nfc(row[5]),
                sessions=sessions,
                total=attended_time(list(sessions)),
                code=certificate_code(key, row[1], (s.uuid for s in sessions)),
            )
        )
    event = CertificateEvent(
        nfc(event_row[0]),
        date.fromisoformat(event_row[1]),
        date.fromisoformat(event_row[2]),
        nfc(event_row[3]),
        nfc(event_row[4]),
    )
    return event, certificates


def find_certificate(database: Database, event_id: int, text: str) -> Certificate | None:
    """The certificate of this event that carries the code ``text``, as the database stands
    now; None when no one's does (not issued from this file, or the person's attendance
    has changed since). A ``text`` that cannot be a code is a :class:`UserError`."""
    code = read_certificate_code(text)
    if code is None:
        shown = loggable_input(text.strip())  # control characters visible, cut short
        raise UserError(
            f"“{shown}” is not a certificate code: it has 16 letters and digits, "
            "as in 7K2M-Q9XD-4HPT-B3NW.",
            code="not_a_certificate_code",
            text=shown,
        )
    key = event_key(database, event_id)
    attended = attended_sessions(database, event_id)
    with database.engine.connect() as connection:
        everyone = connection.exec_driver_sql(
            "SELECT id, uuid FROM registrations WHERE event_id = ?", (event_id,)
        ).all()
    # Only the codes first (50,000 in a fraction of a second); the full record for the match.
    for registration_id, registration_uuid in everyone:
        sessions = attended.get(registration_id, ())
        if hmac.compare_digest(
            certificate_digest(key, registration_uuid, (s.uuid for s in sessions)), code
        ):
            return _certificates(database, event_id, key, [registration_id], attended)[1][0]
    return None
