"""Merging registrations field by field: the later edit wins, the other is kept.

Each synced field of a registration carries the clock stamp of its last edit
(``registration_field_clocks``; none: unchanged since the file was made). For each field
the value with the later stamp wins on every desk, whatever order files arrive in; the
losing value goes into ``registration_field_history`` with its stamp, for the organiser
to see. A registration this desk has never seen (a walk-in at another desk) is added whole.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.db.models import SYNCED_REGISTRATION_FIELDS, Registration, utc_now
from confdesk.domain.sync.clock import Stamp

_ORGANIZATION_IDS = (
    "SELECT o.uuid, o.id FROM organizations o WHERE o.uuid IN (SELECT value FROM json_each(?))"
)
_ORGANIZATION_UUIDS = (
    "SELECT o.id, o.uuid FROM organizations o "
    "WHERE o.id IN (SELECT organization_id FROM registrations WHERE event_id = ?)"
)
_LOCAL_CLOCKS = (
    "SELECT f.registration_id, f.field, f.hlc FROM registration_field_clocks f "
    "JOIN registrations r ON r.id = f.registration_id WHERE r.event_id = ?"
)
_SET_CLOCK = (
    "INSERT INTO registration_field_clocks (registration_id, field, hlc) VALUES (?, ?, ?) "
    "ON CONFLICT (registration_id, field) DO UPDATE SET hlc = excluded.hlc"
)
_KEEP_LOSER = (
    "INSERT INTO registration_field_history "
    "(registration_id, field, value, hlc, lost_to_hlc, recorded_at) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (registration_id, field, hlc, value) DO NOTHING"
)
_TOMBSTONED = "SELECT uuid FROM sync_tombstones"
_CHECKED_IN = "SELECT EXISTS (SELECT 1 FROM checkins WHERE registration_id = ?)"
_DELETE_REGISTRATION = "DELETE FROM registrations WHERE id = ?"


@dataclass
class RegistrationsMerged:
    added: int = 0
    updated: int = 0
    removed: int = 0
    kept_in_history: int = 0
    status_changed: bool = False
    # The clock stamps of every edit read from the file.
    stamps: list[Stamp] = field(default_factory=list)


# Up to this many rows, a file's registrations are looked up by UUID rather than all read.
_FEW_ROWS = 500


def merge_registrations(
    session: Session,
    event_id: int,
    rows: list[dict[str, Any]],
    clocks: Iterable[dict[str, Any]],
) -> RegistrationsMerged:
    result = RegistrationsMerged()
    connection = session.connection()
    remote_clocks: dict[str, dict[str, str]] = defaultdict(dict)
    for clock in clocks:
        remote_clocks[clock["registration_uuid"]][clock["field"]] = clock["hlc"]
        stamp = Stamp.parse(clock["hlc"])
        if stamp is not None:
            result.stamps.append(stamp)
    wanted_organizations = sorted(
        {row["organization_uuid"] for row in rows if row["organization_uuid"]}
    )
    organization_ids: dict[str, int] = dict(
        connection.exec_driver_sql(_ORGANIZATION_IDS, (json.dumps(wanted_organizations),)).all()
    )
    # Both sides' organisations, by local id, for the history, which names them by UUID.
    organization_uuids: dict[int, str] = dict(
        connection.exec_driver_sql(_ORGANIZATION_UUIDS, (event_id,)).all()
    )
    organization_uuids.update({id_: uuid for uuid, id_ in organization_ids.items()})
    local_clocks: dict[int, dict[str, str]] = defaultdict(dict)
    for registration_id, name, hlc in connection.exec_driver_sql(_LOCAL_CLOCKS, (event_id,)):
        local_clocks[registration_id][name] = hlc
    tombstoned = set(connection.exec_driver_sql(_TOMBSTONED).scalars())
    # Only the registrations the file names: a file sent after one check-in on the LAN
    # names one or two, and loading all 50,000 of a large event costs seconds.
    wanted = select(Registration).where(Registration.event_id == event_id)
    if len(rows) + len(tombstoned) <= _FEW_ROWS:
        # ...and those deleted at another desk, which go here too.
        named = [row["uuid"] for row in rows] + sorted(tombstoned)
        wanted = wanted.where(Registration.uuid.in_(named))
    local = {registration.uuid: registration for registration in session.scalars(wanted)}
    won: list[tuple[Registration, str, str]] = []
    now = utc_now()
    for row in rows:
        if row["uuid"] in tombstoned:
            continue
        remote = {
            name: _local_value(name, row, organization_ids) for name in SYNCED_REGISTRATION_FIELDS
        }
        registration = local.get(row["uuid"])
        if registration is None:
            registration = _add(session, event_id, row, remote)
            result.added += 1
            for name, hlc in remote_clocks[row["uuid"]].items():
                won.append((registration, name, hlc))
            continue
        changed = False
        for name in SYNCED_REGISTRATION_FIELDS:
            ours = getattr(registration, name)
            theirs = remote[name]
            our_clock = local_clocks[registration.id].get(name, "")
            their_clock = remote_clocks[row["uuid"]].get(name, "")
            if ours == theirs:
                if their_clock > our_clock:
                    won.append((registration, name, their_clock))
                continue
            if (their_clock, _comparable(theirs)) > (our_clock, _comparable(ours)):
                loser = (ours, our_clock, their_clock)
                setattr(registration, name, theirs)
                won.append((registration, name, their_clock))
                changed = True
                result.status_changed |= name == "status"
            else:
                loser = (theirs, their_clock, our_clock)
            if not loser[1]:
                # The value the file was made with, never edited: no edit was lost.
                continue
            value = _history_value(name, loser[0], organization_uuids)
            kept = connection.exec_driver_sql(
                _KEEP_LOSER, (registration.id, name, value, loser[1], loser[2], now)
            )
            result.kept_in_history += kept.rowcount
        result.updated += changed
    # The edits go in first (the trigger stamps them with this desk's clock), then the
    # stamps they carried replace those.
    session.flush()
    for registration, name, hlc in won:
        if hlc:
            connection.exec_driver_sql(_SET_CLOCK, (registration.id, name, hlc))
    result.removed = _remove_tombstoned(session, local)
    return result


def _add(
    session: Session, event_id: int, row: dict[str, Any], values: dict[str, Any]
) -> Registration:
    registration = Registration(
        event_id=event_id,
        uuid=row["uuid"],
        source=row["source"],
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        **values,
    )
    session.add(registration)
    session.flush()
    return registration


def _remove_tombstoned(session: Session, local: dict[str, Registration]) -> int:
    """Registrations deleted at another desk (merged into another) go here too, with their
    sign-ups and print records, unless someone was checked in under them here: check-ins
    are history, so those stay (the organiser merges them again, knowing it now)."""
    connection = session.connection()
    removed = 0
    for uuid in connection.exec_driver_sql(_TOMBSTONED).scalars():
        registration = local.get(uuid)
        if registration is None:
            continue
        if connection.exec_driver_sql(_CHECKED_IN, (registration.id,)).scalar():
            continue
        session.expunge(registration)
        connection.exec_driver_sql(_DELETE_REGISTRATION, (registration.id,))
        removed += 1
    return removed


def _local_value(name: str, row: dict[str, Any], organization_ids: dict[str, int]) -> Any:
    if name == "organization_id":
        organization = row["organization_uuid"]
        return organization_ids.get(organization) if organization else None
    if name in ("photo_consent", "attendee_list_consent"):
        return bool(row[name])
    return row[name]


def _comparable(value: Any) -> str:
    # Only for two values never stamped that still differ: some order every desk shares.
    return json.dumps(value)


def _history_value(name: str, value: Any, organization_uuids: dict[int, str]) -> str:
    if name == "organization_id":
        return json.dumps(organization_uuids.get(value) if value is not None else None)
    return json.dumps(value, ensure_ascii=False)
