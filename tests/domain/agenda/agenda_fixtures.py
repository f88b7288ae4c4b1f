"""Helpers for the agenda tests: an event with rooms and people on the programme."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from confdesk.db.database import Database
from confdesk.domain.agenda.service import AgendaService, SessionDraft
from confdesk.domain.events.service import EventDraft, EventService, RoomData
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService

DAY = date(2027, 3, 18)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


@dataclass
class AgendaWorld:
    database: Database
    event_id: int
    rooms: dict[str, int]
    agenda: AgendaService
    registrations: RegistrationService

    def person(self, given: str, family: str = "Muster") -> int:
        return self.registrations.create(self.event_id, RegistrationDraft(given, family)).id

    def session(self, title: str, start: datetime, end: datetime, **values: object) -> int:
        return self.agenda.create(self.event_id, SessionDraft(title, start, end, **values)).id


def make_world(database: Database) -> AgendaWorld:
    event = EventService(database).create(
        EventDraft("Regionalkonferenz", DAY, DAY, day_starts=time(10), day_ends=time(17)),
        [RoomData("Großer Saal", 200), RoomData("Seminarraum 1", 3), RoomData("Foyer")],
    )
    return AgendaWorld(
        database,
        event.id,
        {room.name: room.id for room in event.rooms if room.id is not None},
        AgendaService(database),
        RegistrationService(database),
    )
