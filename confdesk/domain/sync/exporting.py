"""Writing a sync file: everything this desk has of one event (see :mod:`.sync_file`).

The whole file is written beside its target and renamed into place only once it is sealed,
so a USB stick pulled half-way leaves the previous file or none, never a half one that
looks whole (and a half one would not match its seal anyway).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, insert, select, text
from sqlalchemy.exc import DBAPIError

from confdesk.db.database import Database
from confdesk.db.file_lock import refuse_open_database
from confdesk.db.models import Event, utc_now
from confdesk.domain.events.service import no_such_event
from confdesk.domain.sync import sync_file
from confdesk.domain.sync.status import NEWEST_ROWS
from confdesk.domain.sync.this_desk import read_this_desk
from confdesk.errors import UserError

# Each statement reads the whole event with :whole = 1, or with :whole = 0 only what is
# newer than the marks (see Marks): the rows themselves, and the registrations they name
# or that were edited since, with their organisations and clocks. Written out whole in
# each statement rather than put together from pieces, so each reads as SQLite runs it.
_ORGANIZATIONS = (
    "SELECT o.uuid, o.name, o.kind, o.federal_state, o.funding_programme, o.cohort, "
    "o.created_at, o.updated_at FROM organizations o "
    "WHERE o.id IN (SELECT organization_id FROM registrations r WHERE r.event_id = :event "
    "AND (:whole "
    "OR r.id IN (SELECT registration_id FROM checkins WHERE id > :checkins) "
    "OR r.id IN (SELECT registration_id FROM print_records WHERE id > :prints) "
    "OR r.id IN (SELECT registration_id FROM registration_field_clocks WHERE hlc > :edits)))"
)
# Columns in the order of sync_file.registrations.
_REGISTRATIONS = (
    "SELECT r.uuid, r.created_at, r.updated_at, r.source, r.title, r.given_name, "
    "r.family_name, r.email, r.phone, o.uuid, r.position, r.category, r.status, "
    "r.dietary_needs, r.accessibility_needs, r.photo_consent, r.attendee_list_consent, "
    "r.notes, r.checkin_code_issue "
    "FROM registrations r LEFT JOIN organizations o ON o.id = r.organization_id "
    "WHERE r.event_id = :event AND (:whole "
    "OR r.id IN (SELECT registration_id FROM checkins WHERE id > :checkins) "
    "OR r.id IN (SELECT registration_id FROM print_records WHERE id > :prints) "
    "OR r.id IN (SELECT registration_id FROM registration_field_clocks WHERE hlc > :edits))"
)
_FIELD_CLOCKS = (
    "SELECT r.uuid, f.field, f.hlc FROM registration_field_clocks f "
    "JOIN registrations r ON r.id = f.registration_id WHERE r.event_id = :event AND (:whole "
    "OR r.id IN (SELECT registration_id FROM checkins WHERE id > :checkins) "
    "OR r.id IN (SELECT registration_id FROM print_records WHERE id > :prints) "
    "OR r.id IN (SELECT registration_id FROM registration_field_clocks WHERE hlc > :edits))"
)
_CHECKINS = (
    "SELECT c.uuid, r.uuid, s.uuid, c.action, c.occurred_at, c.desk, c.operator, c.source, "
    "v.uuid FROM checkins c JOIN registrations r ON r.id = c.registration_id "
    "LEFT JOIN agenda_sessions s ON s.id = c.session_id "
    "LEFT JOIN checkins v ON v.id = c.reverts_id "
    "WHERE r.event_id = :event AND (:whole OR c.id > :checkins)"
)
_SCANS = (
    "SELECT x.uuid, x.scanned_at, x.desk, x.operator, x.source, x.action, s.uuid, x.input, "
    "x.input_length, x.status, x.registration_uuid, c.uuid FROM scans x "
    "LEFT JOIN agenda_sessions s ON s.id = x.session_id "
    "LEFT JOIN checkins c ON c.id = x.checkin_id "
    "WHERE x.event_id = :event AND (:whole OR x.id > :scans)"
)
_PRINT_RECORDS = (
    "SELECT p.uuid, r.uuid, p.kind, p.printed_at, p.stock, p.desk, p.created_at, "
    "p.updated_at FROM print_records p JOIN registrations r ON r.id = p.registration_id "
    "WHERE r.event_id = :event AND (:whole OR p.id > :prints)"
)
_TOMBSTONES = "SELECT uuid, deleted_at FROM sync_tombstones"
_EXPORTED = "UPDATE this_desk SET last_export_at = ? WHERE id = 1"


@dataclass(frozen=True)
class Marks:
    """How far a desk's file had come when it wrote a sync file: its newest local check-in,
    scan and print record ids and its newest edit's clock stamp. A file written ``since``
    marks holds only what is newer (an exchange on the LAN after a check-in); a full file
    is written without them. Stamps of edits merged from a third desk can be older than
    the marks, so a full exchange now and then carries what a partial one missed."""

    checkins: int = 0
    scans: int = 0
    prints: int = 0
    edits: str = ""

    @property
    def text(self) -> str:
        return json.dumps([self.checkins, self.scans, self.prints, self.edits])

    @classmethod
    def parse(cls, text: str) -> Marks | None:
        try:
            checkins, scans, prints, edits = json.loads(text)
        except (ValueError, TypeError):
            return None
        if not all(isinstance(n, int) for n in (checkins, scans, prints)):
            return None
        if not isinstance(edits, str):
            return None
        return cls(checkins, scans, prints, edits)


@dataclass(frozen=True)
class ExportedSyncFile:
    path: Path
    registrations: int
    checkins: int
    scans: int
    print_records: int
    marks: Marks | None = None


def export_sync_file(
    database: Database,
    path: Path,
    event_id: int,
    *,
    desk_name: str = "",
    record_export: bool = True,
    since: Marks | None = None,
) -> ExportedSyncFile:
    """Write what this desk has of the event into a sealed sync file at ``path``.

    ``record_export``: remember the moment as this desk's last export (a file for a USB
    stick); an exchange on the LAN writes its file without it. ``since``: only what is
    newer than these marks of this file (the manifest says ``partial``)."""
    path = Path(path)
    refuse_open_database(path)
    made_at = utc_now()
    # One read transaction: a consistent state of the file (WAL keeps it while a desk goes
    # on checking people in), and no write lock held while a slow USB stick is written.
    with database.engine.connect() as connection, connection.begin():
        event = connection.execute(
            select(Event.uuid, Event.checkin_key).where(Event.id == event_id)
        ).first()
        if event is None:
            raise no_such_event(event_id)
        desk = read_this_desk(connection)
        tables = _read_tables(connection, event_id, since)
        marks = Marks(*connection.exec_driver_sql(NEWEST_ROWS).one())
    tables[sync_file.manifest] = [
        ("format", sync_file.FORMAT),
        ("version", str(sync_file.VERSION)),
        ("event_uuid", event.uuid),
        ("desk_uuid", desk.uuid),
        ("desk_name", desk_name),
        ("made_at", made_at.isoformat(sep=" ")),
        ("clock", desk.clock.now_stamp().text),
        ("marks", marks.text),
        ("partial", "1" if since is not None else "0"),
    ]
    _write_sealed(path, tables, sync_file.sync_key(event.checkin_key, event.uuid))
    if record_export:
        with database.transaction() as session:
            session.connection().exec_driver_sql(_EXPORTED, (made_at,))
    return ExportedSyncFile(
        path,
        registrations=len(tables[sync_file.registrations]),
        checkins=len(tables[sync_file.checkins]),
        scans=len(tables[sync_file.scans]),
        print_records=len(tables[sync_file.print_records]),
        marks=marks,
    )


def _read_tables(
    connection: Connection, event_id: int, since: Marks | None
) -> dict[Any, Sequence[Any]]:
    marks = since or Marks()
    parameters = {
        "event": event_id,
        "whole": since is None,
        "checkins": marks.checkins,
        "scans": marks.scans,
        "prints": marks.prints,
        "edits": marks.edits,
    }

    def rows(statement: str) -> Sequence[Any]:
        return connection.execute(text(statement), parameters).all()

    return {
        sync_file.organizations: rows(_ORGANIZATIONS),
        sync_file.registrations: rows(_REGISTRATIONS),
        sync_file.field_clocks: rows(_FIELD_CLOCKS),
        sync_file.checkins: rows(_CHECKINS),
        sync_file.scans: rows(_SCANS),
        sync_file.print_records: rows(_PRINT_RECORDS),
        sync_file.tombstones: connection.exec_driver_sql(_TOMBSTONES).all(),
    }


def _write_sealed(path: Path, tables: dict[Any, Sequence[Any]], key: bytes) -> None:
    partial = path.with_name(f".{path.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    engine = create_engine(f"sqlite:///{partial}")
    try:
        with engine.begin() as target:
            sync_file.metadata.create_all(target)
            for table, rows in tables.items():
                if rows:
                    names = [column.name for column in table.c]
                    target.execute(
                        insert(table), [dict(zip(names, row, strict=True)) for row in rows]
                    )
            # Sealed as read back, so the reader computes it over the very same values.
            target.execute(insert(sync_file.seal), {"mac": sync_file.seal_of(target, key)})
        engine.dispose()
        _flush_to_disk(partial)
        os.replace(partial, path)
    except (OSError, DBAPIError) as error:
        engine.dispose()
        with contextlib.suppress(OSError):
            partial.unlink()
        raise UserError(
            f"The sync file {path} cannot be written ({_reason(error)}).",
            code="sync_file_unwritable",
            path=path,
            reason=_reason(error),
        ) from None
    except BaseException:
        engine.dispose()
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _flush_to_disk(path: Path) -> None:
    # A USB stick pulled right after "written" must hold the whole file.
    with open(path, "rb") as file:
        os.fsync(file.fileno())


def _reason(error: OSError | DBAPIError) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error.orig or error).splitlines()[0]
