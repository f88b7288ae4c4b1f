"""Merging a sync file into this desk's file: the same merge whatever way a file came.

All in one transaction: either everything in the file is merged or, on any error, nothing.
Records merge as a union by UUID (``ON CONFLICT (uuid) DO NOTHING``), so a file merged
twice, files merged in any order, or a file holding what this desk sent out itself, all
leave the same result. A record that names something this file does not hold (a check-in
at an agenda session the organiser added after this desk copy was made) is held back, not
guessed at: it comes in with a later file, once what it names is here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, select

from confdesk.db.database import Database
from confdesk.db.models import Event, utc_now
from confdesk.domain.changes import Changes
from confdesk.domain.sync import sync_file
from confdesk.domain.sync.clock import Stamp
from confdesk.domain.sync.double_entries import DoubleEntry, double_entries
from confdesk.domain.sync.reading import SyncFileContent, read_sync_file
from confdesk.domain.sync.registration_merge import merge_registrations
from confdesk.domain.sync.status import MET_PEER, NEWEST_ROWS
from confdesk.domain.sync.this_desk import move_clock_past, read_this_desk

_ADD_ORGANIZATION = (
    "INSERT INTO organizations (uuid, name, kind, federal_state, funding_programme, cohort, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING"
)
_ADD_TOMBSTONE = (
    "INSERT INTO sync_tombstones (uuid, deleted_at) VALUES (?, ?) ON CONFLICT (uuid) DO NOTHING"
)
_MET_PEER_PARTLY = (
    "INSERT INTO sync_peers (desk_uuid, desk_name, last_contact_at, last_sent_at, "
    "lacked_at_contact, held_back_at_contact, checkins_upto, scans_upto, prints_upto, "
    "edits_upto) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, '') ON CONFLICT (desk_uuid) DO UPDATE "
    "SET desk_name = excluded.desk_name, last_contact_at = excluded.last_contact_at, "
    "last_sent_at = excluded.last_sent_at"
)
_TAKE_WRITE_LOCK = "UPDATE this_desk SET clock_counter = clock_counter WHERE id = 1"
_REGISTRATION_IDS = "SELECT uuid, id FROM registrations WHERE event_id = ?"
_SESSION_IDS = "SELECT uuid, id FROM agenda_sessions WHERE event_id = ?"
_CHECKIN_IDS = (
    "SELECT c.uuid, c.id FROM checkins c JOIN registrations r ON r.id = c.registration_id "
    "WHERE r.event_id = ?"
)
_SCAN_UUIDS = "SELECT uuid FROM scans WHERE event_id = ?"
_PRINT_UUIDS = (
    "SELECT p.uuid FROM print_records p JOIN registrations r ON r.id = p.registration_id "
    "WHERE r.event_id = ?"
)
_ADD_CHECKIN = (
    "INSERT INTO checkins (uuid, registration_id, session_id, action, occurred_at, desk, "
    "operator, source, reverts_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (uuid) DO NOTHING"
)
_ADD_SCAN = (
    "INSERT INTO scans (uuid, event_id, scanned_at, desk, operator, source, action, "
    "session_id, input, input_length, status, registration_uuid, checkin_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING"
)
_ADD_PRINT = (
    "INSERT INTO print_records (uuid, created_at, updated_at, registration_id, kind, "
    "printed_at, stock, desk) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING"
)


@dataclass(frozen=True)
class SyncSummary:
    """What merging one sync file brought."""

    from_desk: str
    from_desk_uuid: str
    new_checkins: int
    new_scans: int
    new_prints: int
    new_registrations: int
    updated_registrations: int
    removed_registrations: int
    edits_kept_in_history: int
    # Records naming something this file does not hold yet; they come with a later file.
    held_back: int
    # Every double entry of the event after the merge.
    double_entries: tuple[DoubleEntry, ...]
    # The event's time zone, for the times people read.
    time_zone: str = "UTC"
    # How far the sender's file had come (exporting.Marks as text; '' from older files).
    sender_marks: str = ""
    changes: Changes = field(compare=False, kw_only=True)

    @property
    def zone(self) -> tzinfo | None:
        """The event's time zone, for the times of the double entries."""
        return _zone(self.time_zone)


def import_sync_file(database: Database, path: Path) -> SyncSummary:
    """Merge the sync file at ``path``; refused with one UserError (and nothing changed)
    when it is not whole, not sealed with this event's key, or of another event."""
    keys = _sync_keys(database)
    content = read_sync_file(Path(path), keys.get)
    with database.transaction() as session:
        connection = session.connection()
        # A write first takes the file's write lock (waiting while a desk's check-in
        # finishes): the merge then reads and writes one state, and cannot be refused half-way
        # because another thread wrote in between.
        connection.exec_driver_sql(_TAKE_WRITE_LOCK)
        event_id, time_zone = connection.exec_driver_sql(
            "SELECT id, timezone FROM events WHERE uuid = ?", (content.event_uuid,)
        ).one()
        tables = content.tables
        new_organizations = _add_all(
            connection,
            _ADD_ORGANIZATION,
            [
                (o["uuid"], o["name"], o["kind"], o["federal_state"], o["funding_programme"],
                 o["cohort"], o["created_at"], o["updated_at"])
                for o in tables["organizations"]
            ],
        )  # fmt: skip
        _add_all(
            connection,
            _ADD_TOMBSTONE,
            [(t["uuid"], t["deleted_at"]) for t in tables["tombstones"]],
        )
        merged = merge_registrations(
            session, event_id, tables["registrations"], tables["field_clocks"]
        )
        records = _merge_records(connection, event_id, tables)
        stamps = [*merged.stamps]
        if (stamp := Stamp.parse(content.manifest.get("clock", ""))) is not None:
            stamps.append(stamp)
        move_clock_past(connection, stamps)
        _remember_peer(connection, event_id, content, records.held_back)
    changes = Changes(
        registrations=bool(merged.added or merged.updated or merged.removed),
        organizations=bool(new_organizations),
        signups=merged.status_changed or bool(merged.removed),
        checkins=bool(records.checkins),
        prints=bool(records.prints),
    )
    return SyncSummary(
        from_desk=content.desk_name,
        from_desk_uuid=content.desk_uuid,
        new_checkins=records.checkins,
        new_scans=records.scans,
        new_prints=records.prints,
        new_registrations=merged.added,
        updated_registrations=merged.updated,
        removed_registrations=merged.removed,
        edits_kept_in_history=merged.kept_in_history,
        held_back=records.held_back,
        double_entries=tuple(double_entries(database, event_id)),
        time_zone=time_zone,
        sender_marks=content.manifest.get("marks", ""),
        changes=changes,
    )


def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _sync_keys(database: Database) -> dict[str, bytes]:
    with database.engine.connect() as connection:
        rows = connection.execute(select(Event.uuid, Event.checkin_key)).all()
    return {uuid: sync_file.sync_key(key, uuid) for uuid, key in rows}


@dataclass
class _Records:
    checkins: int = 0
    scans: int = 0
    prints: int = 0
    held_back: int = 0


def _merge_records(
    connection: Connection, event_id: int, tables: dict[str, list[dict[str, Any]]]
) -> _Records:
    counted = _Records()
    cursor = _driver_cursor(connection)
    registrations: dict[str, int] = dict(
        connection.exec_driver_sql(_REGISTRATION_IDS, (event_id,)).all()
    )
    sessions: dict[str, int] = dict(connection.exec_driver_sql(_SESSION_IDS, (event_id,)).all())
    checkin_ids: dict[str, int] = dict(connection.exec_driver_sql(_CHECKIN_IDS, (event_id,)).all())
    # An undo names the record it takes back: those go in first.
    for row in sorted(tables["checkins"], key=lambda c: c["reverts_uuid"] is not None):
        registration_id = registrations.get(row["registration_uuid"])
        session_id = sessions.get(row["session_uuid"]) if row["session_uuid"] else None
        reverts_id = checkin_ids.get(row["reverts_uuid"]) if row["reverts_uuid"] else None
        if (
            registration_id is None
            or (row["session_uuid"] and session_id is None)
            or (row["reverts_uuid"] and reverts_id is None)
        ):
            counted.held_back += row["uuid"] not in checkin_ids
            continue
        cursor.execute(
            _ADD_CHECKIN,
            (row["uuid"], registration_id, session_id, row["action"], row["occurred_at"],
             row["desk"], row["operator"], row["source"], reverts_id),
        )  # fmt: skip
        if cursor.rowcount == 1 and cursor.lastrowid is not None:
            checkin_ids[row["uuid"]] = cursor.lastrowid
            counted.checkins += 1
    for row in tables["scans"]:
        checkin_id = checkin_ids.get(row["checkin_uuid"]) if row["checkin_uuid"] else None
        if row["checkin_uuid"] and checkin_id is None:
            counted.held_back += 1
            continue
        cursor.execute(
            _ADD_SCAN,
            (row["uuid"], event_id, row["scanned_at"], row["desk"], row["operator"],
             row["source"], row["action"], sessions.get(row["session_uuid"]), row["input"],
             row["input_length"], row["status"], row["registration_uuid"], checkin_id),
        )  # fmt: skip
        counted.scans += cursor.rowcount
    for row in tables["print_records"]:
        registration_id = registrations.get(row["registration_uuid"])
        if registration_id is None:
            counted.held_back += 1
            continue
        cursor.execute(
            _ADD_PRINT,
            (row["uuid"], row["created_at"], row["updated_at"], registration_id, row["kind"],
             row["printed_at"], row["stock"], row["desk"]),
        )  # fmt: skip
        counted.prints += cursor.rowcount
    cursor.close()
    return counted


def _remember_peer(
    connection: Connection, event_id: int, content: SyncFileContent, held_back: int
) -> None:
    """Who sent the file, when, and how much this desk holds that the file did not."""
    if not content.desk_uuid or content.desk_uuid == read_this_desk(connection).uuid:
        return
    if content.manifest.get("partial") == "1":
        # Part of what the sender has (an exchange after a check-in): what it lacks is
        # not known from it, so the last full contact's figures stay (an upper bound).
        connection.exec_driver_sql(
            _MET_PEER_PARTLY,
            (content.desk_uuid, content.desk_name[:100], utc_now(), _moment(content.manifest)),
        )
        return
    tables = content.tables
    theirs = {
        "checkins": {row["uuid"] for row in tables["checkins"]},
        "scans": {row["uuid"] for row in tables["scans"]},
        "prints": {row["uuid"] for row in tables["print_records"]},
    }
    ours = {
        "checkins": set(connection.exec_driver_sql(_CHECKIN_IDS, (event_id,)).scalars()),
        "scans": set(connection.exec_driver_sql(_SCAN_UUIDS, (event_id,)).scalars()),
        "prints": set(connection.exec_driver_sql(_PRINT_UUIDS, (event_id,)).scalars()),
    }
    lacked = sum(len(ours[kind] - theirs[kind]) for kind in ours)
    newest = connection.exec_driver_sql(NEWEST_ROWS).one()
    connection.exec_driver_sql(
        MET_PEER,
        (content.desk_uuid, content.desk_name[:100], utc_now(), _moment(content.manifest),
         lacked, held_back, newest[0], newest[1], newest[2], newest[3]),
    )  # fmt: skip


def _moment(manifest: dict[str, str]) -> str | None:
    made_at = manifest.get("made_at", "")
    return made_at or None


def _add_all(connection: Connection, statement: str, rows: list[tuple[Any, ...]]) -> int:
    added = 0
    cursor = _driver_cursor(connection)
    for row in rows:
        cursor.execute(statement, row)
        added += cursor.rowcount
    cursor.close()
    return added


def _driver_cursor(connection: Connection) -> sqlite3.Cursor:
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver.cursor()
