"""What travels on the LAN: a sealed sync file as bytes, made and merged exactly as one on
a USB stick is."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.db.models import Event
from confdesk.domain.events.service import no_such_event
from confdesk.domain.sync.exporting import Marks, export_sync_file
from confdesk.domain.sync.importing import SyncSummary, import_sync_file
from confdesk.domain.sync.lan.signing import event_tag, lan_key

# A desk of a large event sends a few megabytes; more is not a desk's.
MAX_BODY = 256 * 1024 * 1024


@dataclass(frozen=True)
class EventKeys:
    """What a desk needs to speak for one event on the LAN."""

    event_id: int
    event_uuid: str
    key: bytes
    tag: str


def event_keys(database: Database, event_id: int) -> EventKeys:
    with database.engine.connect() as connection:
        row = connection.execute(
            select(Event.uuid, Event.checkin_key).where(Event.id == event_id)
        ).first()
    if row is None:
        raise no_such_event(event_id)
    return EventKeys(event_id, row.uuid, lan_key(row.checkin_key, row.uuid), event_tag(row.uuid))


@dataclass(frozen=True)
class Payload:
    data: bytes
    # How far this file had come when it was written.
    marks: Marks


def sync_bytes(
    database: Database, event_id: int, desk_name: str, since: Marks | None = None
) -> Payload:
    """What this desk has of the event (or only what is newer than ``since``), as a
    sealed sync file."""
    with tempfile.TemporaryDirectory(prefix="confdesk-lan-") as folder:
        path = Path(folder) / "out.sync"
        written = export_sync_file(
            database, path, event_id, desk_name=desk_name, record_export=False, since=since
        )
        assert written.marks is not None
        return Payload(path.read_bytes(), written.marks)


def merge_bytes(database: Database, data: bytes) -> SyncSummary:
    """Merge a sealed sync file received as bytes: refused whole, as a file would be."""
    with tempfile.TemporaryDirectory(prefix="confdesk-lan-") as folder:
        path = Path(folder) / "in.sync"
        path.write_bytes(data)
        return import_sync_file(database, path)
