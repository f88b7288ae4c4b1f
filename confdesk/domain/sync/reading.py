"""Reading a sync file someone hands over, trusting nothing in it until its seal matches.

The file is copied into a private folder first and read there: SQLite never writes beside
the file on the stick (no journal, no WAL), and a file being written by someone else
cannot change between checking the seal and reading the rows.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.exc import DBAPIError

from confdesk.db.file_lock import refuse_open_database
from confdesk.domain.sync import sync_file
from confdesk.errors import UserError

_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class SyncFileContent:
    manifest: dict[str, str]
    # Table name to its rows, each row by column name.
    tables: dict[str, list[dict[str, Any]]]

    @property
    def event_uuid(self) -> str:
        return self.manifest["event_uuid"]

    @property
    def desk_uuid(self) -> str:
        return self.manifest.get("desk_uuid", "")

    @property
    def desk_name(self) -> str:
        return self.manifest.get("desk_name", "")


def read_sync_file(path: Path, key_of_event: Callable[[str], bytes | None]) -> SyncFileContent:
    """The content of the sync file at ``path`` once its seal matched, else one UserError.

    ``key_of_event`` gives the sync key of an event this database holds, None for another
    event."""
    path = Path(path)
    refuse_open_database(path)
    if not path.is_file():
        raise UserError(f"There is no sync file at {path}.", code="sync_file_missing", path=path)
    with tempfile.TemporaryDirectory(prefix="confdesk-sync-") as folder:
        copy = Path(folder) / "sync.sqlite"
        try:
            shutil.copyfile(path, copy)
        except OSError as error:
            raise _unreadable(path) from error
        with copy.open("rb") as file:
            if file.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
                raise _unreadable(path)
        engine = create_engine(f"sqlite:///{copy}")
        try:
            with engine.connect() as connection:
                return _read_sealed(path, connection, key_of_event)
        except DBAPIError as error:
            raise _unreadable(path) from error
        finally:
            engine.dispose()


def _read_sealed(
    path: Path, connection: Any, key_of_event: Callable[[str], bytes | None]
) -> SyncFileContent:
    manifest = {
        str(name): str(value)
        for name, value in connection.execute(select(sync_file.manifest)).all()
    }
    if manifest.get("format") != sync_file.FORMAT or "event_uuid" not in manifest:
        raise _unreadable(path)
    if not manifest.get("version", "").isdigit():
        raise _unreadable(path)
    if int(manifest["version"]) > sync_file.VERSION:
        raise UserError(
            f"{path} was written by a newer version of confdesk; update confdesk to import it.",
            code="sync_file_newer",
            path=path,
        )
    key = key_of_event(manifest["event_uuid"])
    if key is None:
        raise UserError(
            f"{path} is a sync file of another event; nothing was imported.",
            code="sync_file_other_event",
            path=path,
        )
    seals = connection.execute(select(sync_file.seal.c.mac)).scalars().all()
    if len(seals) != 1 or not isinstance(seals[0], str):
        raise _altered(path)
    if not sync_file.seal_matches(connection, key, seals[0]):
        raise _altered(path)
    tables = {
        table.name: [dict(row._mapping) for row in connection.execute(select(table))]
        for table in sync_file.SEALED
        if table is not sync_file.manifest
    }
    return SyncFileContent(manifest, tables)


def _unreadable(path: Path) -> UserError:
    return UserError(
        f"{path} is not a confdesk sync file, or it is damaged; nothing was imported.",
        code="sync_file_unreadable",
        path=path,
    )


def _altered(path: Path) -> UserError:
    return UserError(
        f"{path} is incomplete or has been altered (its seal does not match); nothing was "
        "imported. Export it again at the desk that made it.",
        code="sync_file_altered",
        path=path,
    )
