"""Counts for the status bar and the event overview, in one round trip each."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from confdesk.db.database import Database
from confdesk.db.models import AgendaSession, Registration, RegistrationStatus, Room


@dataclass(frozen=True)
class EventCounts:
    registered: int = 0
    waitlisted: int = 0
    cancelled: int = 0
    sessions: int = 0
    rooms: int = 0

    @property
    def registrations(self) -> int:
        return self.registered + self.waitlisted + self.cancelled


def event_counts(database: Database, event_id: int) -> EventCounts:
    with database.transaction() as session:
        by_status = dict(
            session.execute(
                select(Registration.status, func.count())
                .where(Registration.event_id == event_id)
                .group_by(Registration.status)
            ).all()
        )
        sessions = session.scalar(select(func.count()).where(AgendaSession.event_id == event_id))
        rooms = session.scalar(select(func.count()).where(Room.event_id == event_id))
    return EventCounts(
        registered=by_status.get(RegistrationStatus.REGISTERED.value, 0),
        waitlisted=by_status.get(RegistrationStatus.WAITLISTED.value, 0),
        cancelled=by_status.get(RegistrationStatus.CANCELLED.value, 0),
        sessions=sessions or 0,
        rooms=rooms or 0,
    )
