"""What a certificate of attendance says, for a whole batch: the domain's records of the
people and their attendance, with each certificate's code."""

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
from confdesk.domain.events.service import EventService
from confdesk.domain.registrations.loading import load_people, registration_uuids
from confdesk.domain.registrations.names import HasPersonName
from confdesk.errors import UserError
from confdesk.normalize import nfc
from confdesk.output.certificates.codes import (
    certificate_code,
    certificate_digest,
    read_certificate_code,
)


@dataclass(frozen=True)
class CertificateEvent:
    title: str
    start_date: date
    end_date: date
    venue_name: str
    venue_address: str


@dataclass(frozen=True)
class Certificate(HasPersonName):
    registration_id: int
    title: str
    given_name: str
    family_name: str
    organization: str
    sessions: tuple[AttendedSession, ...]
    total: timedelta
    code: str


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
    people = load_people(database, event_id, wanted)
    if attended is None:
        attended = attended_sessions(database, event_id)
    certificates = []
    for person in people:
        sessions = tuple(attended.get(person.id, ()))
        certificates.append(
            Certificate(
                registration_id=person.id,
                title=person.title,
                given_name=person.given_name,
                family_name=person.family_name,
                organization=person.organization,
                sessions=sessions,
                total=attended_time(list(sessions)),
                code=certificate_code(key, person.uuid, (s.uuid for s in sessions)),
            )
        )
    event = EventService(database).get(event_id)
    printed = CertificateEvent(
        nfc(event.title),
        event.start_date,
        event.end_date,
        nfc(event.venue_name),
        nfc(event.venue_address),
    )
    return printed, certificates


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
    everyone = registration_uuids(database, event_id)
    # Only the codes first (50,000 in a fraction of a second); the full record for the match.
    for registration_id, registration_uuid in everyone:
        sessions = attended.get(registration_id, ())
        if hmac.compare_digest(
            certificate_digest(key, registration_uuid, (s.uuid for s in sessions)), code
        ):
            return _certificates(database, event_id, key, [registration_id], attended)[1][0]
    return None
