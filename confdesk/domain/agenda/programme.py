"""The programme as the outputs read it: every session with its room, topic and people,
by day. One loader for the programme PDF, the door signs and the iCalendar file; and
each person's own programme, for the back of a badge."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from confdesk.db.database import Database
from confdesk.db.models import SignupStatus
from confdesk.domain.registrations.names import PersonName
from confdesk.normalize import nfc

# Sessions without a room (excursions) come after the rooms.
_NO_ROOM_ORDER = 1_000
# A person's own programme: the sessions they signed up for, and those they speak at or
# moderate (speakers do not sign up for their own workshop).
_PERSONAL_SCHEDULES = (
    "SELECT p.registration_id, s.starts_at, s.ends_at, s.title, coalesce(m.name, '') "
    "FROM (SELECT registration_id, session_id FROM session_signups WHERE status = ? "
    "UNION SELECT registration_id, session_id FROM session_speakers) p "
    "JOIN agenda_sessions s ON s.id = p.session_id LEFT JOIN rooms m ON m.id = s.room_id "
    "WHERE s.event_id = ? ORDER BY s.starts_at, s.id"
)


@dataclass(frozen=True)
class ScheduleItem:
    """One session of a person's own programme."""

    starts_at: datetime
    ends_at: datetime
    title: str
    room: str


@dataclass(frozen=True)
class ProgrammePerson:
    name: str
    role: str  # speaker | moderator


@dataclass(frozen=True)
class ProgrammeItem:
    id: int
    uuid: str
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    room: str  # "" without a room
    room_id: int | None
    room_order: int
    spans_all_rooms: bool
    topic: str
    topic_color: str
    round_number: int | None
    description: str
    people: tuple[ProgrammePerson, ...]
    updated_at: datetime

    @property
    def day(self) -> date:
        return self.starts_at.date()

    def names(self, role: str) -> list[str]:
        return [person.name for person in self.people if person.role == role]


@dataclass(frozen=True)
class Programme:
    event_id: int
    title: str
    venue: str
    timezone: str
    language: str
    start_date: date
    end_date: date
    rooms: tuple[tuple[int, str], ...]  # in the event's order
    items: tuple[ProgrammeItem, ...]  # by start, then room

    @property
    def days(self) -> list[date]:
        """The event's days, and any day a session lies on outside them."""
        return event_days(self.start_date, self.end_date, (item.day for item in self.items))

    def on(self, day: date) -> list[ProgrammeItem]:
        return [item for item in self.items if item.day == day]


def event_days(start_date: date, end_date: date, session_days: Iterable[date]) -> list[date]:
    """The event's days, and any day a session lies on outside them, in order: the days
    of the printed programme and the day tabs of the agenda screen."""
    days = {start_date + timedelta(days=n) for n in range((end_date - start_date).days + 1)}
    days.update(session_days)
    return sorted(days)


def load_programme(database: Database, event_id: int) -> Programme:
    with database.engine.connect() as connection:
        run = connection.exec_driver_sql
        event = run(
            "SELECT title, venue_name, timezone, language, start_date, end_date "
            "FROM events WHERE id = ?",
            (event_id,),
        ).one()
        rooms = tuple(
            (row[0], row[1])
            for row in run(
                "SELECT id, name FROM rooms WHERE event_id = ? ORDER BY sort_order, id",
                (event_id,),
            )
        )
        people: dict[int, list[ProgrammePerson]] = defaultdict(list)
        for row in run(
            "SELECT p.session_id, r.title, r.given_name, r.family_name, p.role "
            "FROM session_speakers p "
            "JOIN agenda_sessions s ON s.id = p.session_id "
            "JOIN registrations r ON r.id = p.registration_id "
            "WHERE s.event_id = ? ORDER BY p.role DESC, p.id",
            (event_id,),
        ):
            people[row[0]].append(ProgrammePerson(PersonName(row[2], row[3], row[1]).full, row[4]))
        items = tuple(
            ProgrammeItem(
                id=row[0], uuid=row[1], title=row[2], kind=row[3],
                starts_at=datetime.fromisoformat(row[4]), ends_at=datetime.fromisoformat(row[5]),
                room=row[6] or "", room_id=row[7],
                room_order=row[8] if row[8] is not None else _NO_ROOM_ORDER,
                spans_all_rooms=bool(row[9]), topic=row[10] or "", topic_color=row[11] or "",
                round_number=row[12], description=row[13],
                people=tuple(people.get(row[0], ())), updated_at=datetime.fromisoformat(row[14]),
            )
            for row in run(
                "SELECT s.id, s.uuid, s.title, s.kind, s.starts_at, s.ends_at, m.name, m.id, "
                "m.sort_order, s.spans_all_rooms, t.name, t.color, s.round_number, "
                "s.description, s.updated_at FROM agenda_sessions s "
                "LEFT JOIN rooms m ON m.id = s.room_id LEFT JOIN topics t ON t.id = s.topic_id "
                "WHERE s.event_id = ? ORDER BY s.starts_at, m.sort_order, s.id",
                (event_id,),
            )
        )  # fmt: skip
    return Programme(
        event_id=event_id,
        title=event[0],
        venue=event[1],
        timezone=event[2],
        language=event[3],
        start_date=date.fromisoformat(event[4]),
        end_date=date.fromisoformat(event[5]),
        rooms=rooms,
        items=items,
    )


def personal_schedules(database: Database, event_id: int) -> dict[int, list[ScheduleItem]]:
    """Per registration, the sessions they hold a seat in or speak at, in time order.
    Titles and rooms in NFC."""
    schedules: dict[int, list[ScheduleItem]] = defaultdict(list)
    with database.engine.connect() as connection:
        for row in connection.exec_driver_sql(
            _PERSONAL_SCHEDULES, (SignupStatus.SIGNED_UP.value, event_id)
        ):
            schedules[row[0]].append(
                ScheduleItem(
                    datetime.fromisoformat(row[1]),
                    datetime.fromisoformat(row[2]),
                    nfc(row[3]),
                    nfc(row[4]),
                )
            )
    return dict(schedules)
