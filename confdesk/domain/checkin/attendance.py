"""Who came, and to which sessions: the check-in history read for certificates and
counters.

A check-in counts when its record has ``action = 'check_in'`` and no undo record points
at it (``reverts_id``). A check-out does not take back attendance: who checked out at
15:00 was there until then. The one definition of "not undone" and of "checked in at the
venue" is in the database, as the views ``checkins_in_force`` and ``venue_checkins``
(migration 0011); this module, :mod:`confdesk.domain.checkin.desk` and
:mod:`confdesk.domain.registrations.search` read them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from confdesk.db.database import Database


@dataclass(frozen=True)
class AttendedSession:
    id: int
    uuid: str
    title: str
    starts_at: datetime
    ends_at: datetime
    room: str


def arrived_ids(database: Database, event_id: int) -> list[int]:
    """Registrations of the event checked in at the venue at least once."""
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT DISTINCT r.id FROM registrations r "
            "JOIN venue_checkins c ON c.registration_id = r.id "
            "WHERE r.event_id = ? ORDER BY r.sort_name, r.id",
            (event_id,),
        ).all()
    return [row[0] for row in rows]


def attended_sessions(database: Database, event_id: int) -> dict[int, list[AttendedSession]]:
    """Per registration, the sessions they were checked in at, in time order."""
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT DISTINCT c.registration_id, s.id, s.uuid, s.title, s.starts_at, s.ends_at, "
            "coalesce(m.name, '') FROM checkins_in_force c "
            "JOIN agenda_sessions s ON s.id = c.session_id "
            "LEFT JOIN rooms m ON m.id = s.room_id "
            "WHERE s.event_id = ? AND c.action = 'check_in' "
            "ORDER BY s.starts_at, s.id",
            (event_id,),
        ).all()
    attended: dict[int, list[AttendedSession]] = defaultdict(list)
    for row in rows:
        attended[row[0]].append(
            AttendedSession(
                row[1],
                row[2],
                row[3],
                datetime.fromisoformat(row[4]),
                datetime.fromisoformat(row[5]),
                row[6],
            )
        )
    return dict(attended)


def attended_time(sessions: list[AttendedSession]) -> timedelta:
    """Time spent in sessions, overlaps counted once (a person who moved between two
    parallel workshops was in one room at a time)."""
    total = timedelta()
    end: datetime | None = None
    for session in sorted(sessions, key=lambda s: s.starts_at):
        start = session.starts_at if end is None else max(session.starts_at, end)
        if session.ends_at > start:
            total += session.ends_at - start
        end = session.ends_at if end is None else max(end, session.ends_at)
    return total
