"""What a badge shows, read from the database in a few queries for a whole batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from confdesk.db.database import Database
from confdesk.db.models import PrintKind, RegistrationStatus, SignupStatus
from confdesk.domain.checkin.codes import event_key, registration_code
from confdesk.domain.events.service import no_such_event
from confdesk.domain.printing.records import unprinted_ids
from confdesk.normalize import nfc
from confdesk.output.registration_rows import registration_rows


@dataclass(frozen=True)
class ScheduleItem:
    starts_at: datetime
    ends_at: datetime
    title: str
    room: str


@dataclass(frozen=True)
class BadgePerson:
    registration_id: int
    title: str
    given_name: str
    family_name: str
    organization: str
    position: str
    category: str
    code: str
    schedule: tuple[ScheduleItem, ...] = ()

    def field(self, name: str) -> str:
        return str(getattr(self, name))


@dataclass(frozen=True)
class BadgeEvent:
    id: int
    title: str
    language: str
    start_date: date
    end_date: date
    logo: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class BadgeBatch:
    event: BadgeEvent
    people: tuple[BadgePerson, ...]

    def person_fields(self, person: BadgePerson, name: str) -> str:
        if name == "event_title":
            return self.event.title
        return person.field(name)


_PEOPLE = (
    "SELECT r.id, r.title, r.given_name, r.family_name, coalesce(o.name, ''), r.position, "
    "r.category, r.uuid, r.checkin_code_issue "
    "FROM registrations r LEFT JOIN organizations o ON o.id = r.organization_id "
    "WHERE r.event_id = ? "
)
# A person's own programme: the sessions they signed up for, and those they speak at or
# moderate (speakers do not sign up for their own workshop).
_SCHEDULE = (
    "SELECT p.registration_id, s.starts_at, s.ends_at, s.title, coalesce(m.name, '') "
    "FROM (SELECT registration_id, session_id FROM session_signups WHERE status = ? "
    "UNION SELECT registration_id, session_id FROM session_speakers) p "
    "JOIN agenda_sessions s ON s.id = p.session_id LEFT JOIN rooms m ON m.id = s.room_id "
    "WHERE s.event_id = ? ORDER BY s.starts_at, s.id"
)


def load_badges(
    database: Database,
    event_id: int,
    registration_ids: Sequence[int] | None = None,
    *,
    only_unprinted: bool = False,
    with_schedule: bool = False,
) -> BadgeBatch:
    """The people to print, in print order: the ids given (in their order), or everyone
    registered for the event by name. Waitlisted and cancelled people get no badge unless
    named by id: their code would not check them in."""
    event = _event(database, event_id)
    with database.engine.connect() as connection:
        if registration_ids is None:
            rows = connection.exec_driver_sql(
                _PEOPLE + "AND r.status = ? ORDER BY r.sort_name, r.id",
                (event_id, RegistrationStatus.REGISTERED.value),
            ).all()
        else:
            rows = registration_rows(connection, _PEOPLE, event_id, registration_ids)
        schedules: dict[int, list[ScheduleItem]] = defaultdict(list)
        if with_schedule:
            for row in connection.exec_driver_sql(
                _SCHEDULE, (SignupStatus.SIGNED_UP.value, event_id)
            ):
                schedules[row[0]].append(
                    ScheduleItem(_time(row[1]), _time(row[2]), nfc(row[3]), nfc(row[4]))
                )
    if only_unprinted:
        unprinted = set(unprinted_ids(database, event_id, PrintKind.BADGE))
        rows = [row for row in rows if row[0] in unprinted]
    key = event_key(database, event_id)
    people = tuple(
        BadgePerson(
            registration_id=row[0],
            title=nfc(row[1]),
            given_name=nfc(row[2]),
            family_name=nfc(row[3]),
            organization=nfc(row[4]),
            position=nfc(row[5]),
            category=row[6],
            code=registration_code(key, row[0], row[7], row[8]),
            schedule=tuple(schedules.get(row[0], ())),
        )
        for row in rows
    )
    return BadgeBatch(event, people)


def _event(database: Database, event_id: int) -> BadgeEvent:
    with database.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT id, title, language, start_date, end_date, logo FROM events WHERE id = ?",
            (event_id,),
        ).first()
    if row is None:
        raise no_such_event(event_id)
    return BadgeEvent(
        row[0],
        nfc(row[1]),
        row[2],
        date.fromisoformat(row[3]),
        date.fromisoformat(row[4]),
        row[5],
    )


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value)
