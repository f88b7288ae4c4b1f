"""Which badges and certificates were printed: so "only unprinted" and reprints work.

A record is written per person each time a badge (or certificate) goes to the printer
or into a PDF meant for it; reprints add records, nothing is overwritten, so the history
shows how often a badge was reprinted (lost badges).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import insert

from confdesk.db.database import Database
from confdesk.db.models import PrintKind, PrintRecord, RegistrationStatus, new_uuid, utc_now
from confdesk.domain.changes import NOTHING, Changes


@dataclass(frozen=True)
class RecordedPrints:
    count: int  # records written, one per person
    changes: Changes = field(default=NOTHING, compare=False, kw_only=True)


def record_prints(
    database: Database,
    registration_ids: Sequence[int],
    kind: PrintKind,
    *,
    stock: str = "",
    desk: str = "",
) -> RecordedPrints:
    """Record that these people's badges (or certificates) were printed, one record
    each."""
    if not registration_ids:
        return RecordedPrints(0, changes=NOTHING)
    now = utc_now()
    rows = [
        {
            "uuid": new_uuid(),
            "created_at": now,
            "updated_at": now,
            "registration_id": registration_id,
            "kind": PrintKind(kind).value,
            "printed_at": now,
            "stock": stock,
            "desk": desk,
        }
        for registration_id in registration_ids
    ]
    with database.transaction() as session:
        session.execute(insert(PrintRecord), rows)
    return RecordedPrints(len(rows), changes=Changes(prints=True))


def unprinted_ids(database: Database, event_id: int, kind: PrintKind) -> list[int]:
    """Registered people of the event with no print record of ``kind``, by name."""
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT r.id FROM registrations r WHERE r.event_id = ? AND r.status = ? "
            "AND NOT EXISTS (SELECT 1 FROM print_records p "
            "WHERE p.registration_id = r.id AND p.kind = ?) ORDER BY r.sort_name, r.id",
            (event_id, RegistrationStatus.REGISTERED.value, PrintKind(kind).value),
        ).all()
    return [row[0] for row in rows]
