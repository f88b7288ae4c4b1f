"""Rotating backups of a database file, and the newest good one when the file is damaged.

Anki's habit: a copy on opening, before risky work (an import), and every few minutes while
check-ins come in, thinned to the newest few. Copies are made with SQLite's backup API from
a connection of the open database, so they are consistent while the desk keeps writing and
include what is still in the WAL. They live in a folder beside the file
(``confdesk.sqlite-backups/``): a damaged disk takes both, but a damaged *file* — the common
case after a power cut on a borrowed laptop — leaves its backups readable.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

KEEP = 12
BACKUP_FOLDER_SUFFIX = "-backups"
# Opening a file twice within this time makes one backup, not two.
ON_OPEN_INTERVAL = timedelta(minutes=10)
# While check-ins come in.
WHILE_WORKING_INTERVAL = timedelta(minutes=5)
_STAMP = "%Y%m%d-%H%M%S"


def backup_folder(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_FOLDER_SUFFIX)


def backups_of(path: Path) -> list[Path]:
    """The backups of ``path``, newest first."""
    folder = backup_folder(path)
    prefix = path.stem + "-"
    try:
        found = [
            entry
            for entry in folder.iterdir()
            if entry.name.startswith(prefix) and entry.suffix == path.suffix
        ]
    except OSError:
        return []
    return sorted(found, key=lambda entry: entry.name, reverse=True)


def make_backup(
    source: sqlite3.Connection,
    path: Path,
    reason: str,
    *,
    not_within: timedelta | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Copy the database ``source`` is connected to into the backup folder, unless the
    newest backup is younger than ``not_within``; the new backup's path, or None when none
    was due. Raises OSError or sqlite3.Error when the copy cannot be written."""
    now = now or datetime.now()
    existing = backups_of(path)
    if not_within is not None and existing:
        newest = _made_at(existing[0])
        if newest is not None and now - newest < not_within:
            return None
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{now.strftime(_STAMP)}-{reason}{path.suffix}"
    while target.exists():  # two in one second: the later one takes the next second's name
        now += timedelta(seconds=1)
        target = folder / f"{path.stem}-{now.strftime(_STAMP)}-{reason}{path.suffix}"
    write_whole_copy(source, target)
    for old in backups_of(path)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def write_whole_copy(
    source: sqlite3.Connection,
    target: Path,
    prepare: Callable[[sqlite3.Connection], None] | None = None,
) -> None:
    """Copy the database ``source`` is connected to into ``target`` with SQLite's backup
    API; ``prepare`` may change the copy before it takes its name (a desk copy's own
    identity). Only a whole copy ever carries the name: it is written beside it and renamed.
    Raises OSError or sqlite3.Error when the copy cannot be written."""
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        with closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            if prepare is not None:
                with copy:
                    prepare(copy)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def newest_good_backup(path: Path) -> Path | None:
    """The newest backup of ``path`` that SQLite's ``quick_check`` finds whole."""
    for candidate in backups_of(path):
        if is_intact(candidate):
            return candidate
    return None


def is_intact(path: Path) -> bool:
    try:
        with closing(_read_only(path)) as db:
            return db.execute("PRAGMA quick_check(1)").fetchone() == ("ok",)
    except sqlite3.Error:
        return False


def restore_backup(path: Path, backup: Path, now: datetime | None = None) -> Path:
    """Put ``backup`` in place of the (closed, damaged) file at ``path``; the damaged file
    and its WAL are kept beside it under a name saying so, which is returned."""
    stamp = (now or datetime.now()).strftime(_STAMP)
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    if path.exists():
        os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(aside) + suffix))
    copy_database(backup, path)
    return aside


def copy_database(source: Path, target: Path) -> None:
    """Copy a database confdesk cannot write (a read-only stick, a write-protected share)
    to ``target`` with SQLite's backup API, WAL contents included where SQLite can read
    them. A file whose folder does not even allow SQLite's shared-memory index is read as
    immutable: nothing can be writing to it there."""
    for options in ("mode=ro", "immutable=1"):
        try:
            with (
                closing(_read_only(source, options)) as db,
                closing(sqlite3.connect(target)) as copy,
            ):
                db.backup(copy)
            return
        except sqlite3.OperationalError:
            with contextlib.suppress(OSError):
                target.unlink()
            if options == "immutable=1":
                raise


def _read_only(path: Path, options: str = "mode=ro") -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)


def _made_at(backup: Path) -> datetime | None:
    # NAME-YYYYmmdd-HHMMSS-REASON.sqlite
    parts = backup.stem.rsplit("-", 3)
    if len(parts) != 4:
        return None
    try:
        return datetime.strptime(f"{parts[1]}-{parts[2]}", _STAMP)
    except ValueError:
        return None
