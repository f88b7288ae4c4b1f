"""A desk copy: the organiser's file, whole, for another desk of the event, with a desk
identity of its own.

Made with SQLite's backup API from the open file (consistent while the organiser's desk
keeps writing), given a fresh desk UUID before it takes its name, and knowing the
organiser's desk as a peer that lacks nothing of it; the organiser's file records the new
desk the same way.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from confdesk.db.database import Database
from confdesk.db.file_lock import refuse_open_database
from confdesk.db.models import new_uuid, utc_now
from confdesk.domain.sync.status import MET_PEER, NEWEST_ROWS
from confdesk.errors import UserError

_NEW_IDENTITY = "UPDATE this_desk SET uuid = ?, created_at = ?, last_export_at = NULL WHERE id = 1"
_FORGET_PEERS = "DELETE FROM sync_peers"
_THIS_DESK = "SELECT uuid FROM this_desk WHERE id = 1"


@dataclass(frozen=True)
class DeskCopy:
    path: Path
    desk_uuid: str


def make_desk_copy(database: Database, target: Path, *, desk_name: str = "") -> DeskCopy:
    """Write a desk copy of ``database`` to ``target``, which must not exist yet."""
    target = Path(target)
    refuse_open_database(target)
    if target.exists():
        raise UserError(
            f"{target} already exists; choose a new file name for the desk copy.",
            code="desk_copy_exists",
            path=target,
        )
    desk_uuid = new_uuid()
    now = utc_now()
    newest: list[object] = []
    organiser = ""

    def make_it_a_desk(copy: sqlite3.Connection) -> None:
        nonlocal organiser
        organiser = copy.execute(_THIS_DESK).fetchone()[0]
        copy.execute(_NEW_IDENTITY, (desk_uuid, now))
        copy.execute(_FORGET_PEERS)
        newest.extend(copy.execute(NEWEST_ROWS).fetchone())
        copy.execute(MET_PEER, (organiser, desk_name[:100], now, now, 0, 0, *newest))

    try:
        database.copy_to(target, make_it_a_desk)
    except (OSError, sqlite3.Error) as error:
        raise UserError(
            f"The desk copy {target} cannot be written ({_reason(error)}).",
            code="desk_copy_unwritable",
            path=target,
            reason=_reason(error),
        ) from None
    with database.transaction() as session:
        session.connection().exec_driver_sql(MET_PEER, (desk_uuid, "", now, now, 0, 0, *newest))
    return DeskCopy(target, desk_uuid)


def _reason(error: OSError | sqlite3.Error) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
