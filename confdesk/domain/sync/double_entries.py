"""Double entries: a person checked in at the venue at two desks while the desks could not
see each other. Both records stay (each desk acknowledged its own); this list names them,
and every count reads people, not records, so the person counts once.

A venue check-in is a double entry when the record before it for the same person (in the
order they happened, among the records no undo took back: ``checkins_in_force``) is a
check-in too, with no check-out between. One desk cannot make such a pair — it answers
"already checked in" — so every pair comes from merging desks. Ties in time are broken by
UUID, so every desk lists the same pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from confdesk.db.database import Database
from confdesk.domain.registrations.names import HasPersonName
from confdesk.words.sync import SyncWords

_DOUBLE_ENTRIES = (
    "WITH venue AS (SELECT c.registration_id, c.uuid, c.action, c.occurred_at, c.desk, "
    "lag(c.action) OVER w AS before_action, lag(c.occurred_at) OVER w AS before_at, "
    "lag(c.desk) OVER w AS before_desk, lag(c.uuid) OVER w AS before_uuid "
    "FROM checkins_in_force c JOIN registrations r ON r.id = c.registration_id "
    "WHERE c.session_id IS NULL AND r.event_id = ? "
    "WINDOW w AS (PARTITION BY c.registration_id ORDER BY c.occurred_at, c.uuid)) "
    "SELECT v.registration_id, r.uuid, r.title, r.given_name, r.family_name, "
    "v.before_uuid, v.before_desk, v.before_at, v.uuid, v.desk, v.occurred_at "
    "FROM venue v JOIN registrations r ON r.id = v.registration_id "
    "WHERE v.action = 'check_in' AND v.before_action = 'check_in' "
    "ORDER BY v.occurred_at, v.uuid"
)


@dataclass(frozen=True)
class Admission:
    checkin_uuid: str
    desk: str
    at: datetime  # UTC


@dataclass(frozen=True)
class DoubleEntry(HasPersonName):
    registration_id: int
    registration_uuid: str
    title: str
    given_name: str
    family_name: str
    first: Admission
    second: Admission

    def describe(self, zone: tzinfo | None = None, language: str = "en") -> str:
        """ "checked in at Desk 1 at 09:41 and at Desk 2 at 09:43", the times in ``zone``
        (the event's time zone; UTC without one)."""
        a_desk = SyncWords.A_DESK.fill(language)
        return SyncWords.DOUBLE_ENTRY.fill(
            language,
            {
                "first_desk": self.first.desk or a_desk,
                "first_time": _clock(self.first.at, zone),
                "second_desk": self.second.desk or a_desk,
                "second_time": _clock(self.second.at, zone),
            },
        )


def _clock(moment: datetime, zone: tzinfo | None) -> str:
    aware = moment.replace(tzinfo=UTC)
    return f"{aware.astimezone(zone) if zone is not None else aware:%H:%M}"


def double_entries(database: Database, event_id: int) -> list[DoubleEntry]:
    """Every double entry at the venue of the event, in the order the second one
    happened."""
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(_DOUBLE_ENTRIES, (event_id,)).all()
    return [
        DoubleEntry(
            registration_id=row[0],
            registration_uuid=row[1],
            title=row[2],
            given_name=row[3],
            family_name=row[4],
            first=Admission(row[5], row[6], datetime.fromisoformat(row[7])),
            second=Admission(row[8], row[9], datetime.fromisoformat(row[10])),
        )
        for row in rows
    ]
