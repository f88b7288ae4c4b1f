"""Opening a confdesk database file: checks, backup, migration, connection settings.

:func:`open_database` is the only way the application opens a file. It

1. takes the file for this process (:mod:`confdesk.db.file_lock`): a second confdesk
   process is told who has it open;
2. refuses, with one sentence, anything that is not a confdesk database: a folder, a
   missing file where one was expected, a file that is not SQLite, the SQLite file of
   another program, a file written by a newer confdesk, a file another program holds
   locked, a read-only file (proved by a real write), a damaged file (``quick_check``,
   with the newest good backup to offer);
3. creates a new file from the migrations, or upgrades an older one after copying it to a
   backup beside it;
4. hands out an engine whose every connection runs in WAL mode with foreign keys on,
   ``synchronous=FULL`` (a commit is on disk when it returns: check-ins are acknowledged
   only then) and a busy timeout;
5. remembers which file (device and inode) it opened, and its WAL, so that a write can
   prove afterwards that it landed in the file the path still names
   (:meth:`Database.verify_on_disk`). A connection held open for the database's lifetime
   keeps that WAL in place.

The checks use the plain ``sqlite3`` module, and Alembic is imported only when a file has
to be created or upgraded, which keeps opening an up-to-date file fast.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from confdesk.db import (
    file_lock,
    search_index,  # noqa: F401  (registers the search-key listeners)
)
from confdesk.db.backups import (
    ON_OPEN_INTERVAL,
    make_backup,
    newest_good_backup,
    write_whole_copy,
)
from confdesk.db.storage_faults import StorageError, StorageFault, storage_error
from confdesk.errors import UserError
from confdesk.logs import log_storage_failure

# 'CDK1' in the SQLite header tells a confdesk file from any other SQLite file.
APPLICATION_ID = 0x43444B31
# The newest schema this confdesk knows; a test keeps it equal to the migrations' head.
HEAD_REVISION = "0013"
DEFAULT_BUSY_TIMEOUT_S = 5.0
_SQLITE_MAGIC = b"SQLite format 3\x00"

log = logging.getLogger(__name__)


class DatabaseError(UserError):
    """A database file that confdesk cannot open, with the reason as one sentence."""


@dataclass(frozen=True)
class FileIdentity:
    """Which file a path named when it was opened: device and inode of the database, of
    its WAL and of its shared-memory index."""

    database: tuple[int, int] | None
    wal: tuple[int, int] | None
    shm: tuple[int, int] | None


@dataclass
class Database:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    # Set when this open upgraded an older file: where the untouched copy lies.
    backup_path: Path | None = None
    created: bool = False
    identity: FileIdentity | None = None
    # Held for the database's lifetime: SQLite deletes the WAL when the last connection of
    # a process closes, and a WAL made anew would no longer be the one whose inode we hold.
    _anchor: sqlite3.Connection | None = field(default=None, repr=False)
    # Set once a write found the file moved or deleted: nothing more is written.
    _lost: StorageError | None = field(default=None, repr=False)
    # Where the rescue copy went when the file was found gone.
    rescue_path: Path | None = None
    _closed: bool = field(default=False, repr=False)
    _anchor_guard: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception. A failure to
        store raises :class:`StorageError`; the commit counts only once the file the path
        names is proved to be the one written."""
        self.refuse_if_lost()
        try:
            with self.session_factory() as session, session.begin():
                yield session
                # Before the commit too: a file already gone is not written at all.
                self.verify_on_disk()
        except DBAPIError as error:
            failure = storage_error(error, self.path)
            if failure is None:
                raise
            log_storage_failure(failure.fault.value, f"write to {self.path}", error)
            raise failure from error
        self.verify_on_disk()

    def refuse_if_lost(self) -> None:
        if self._lost is not None:
            raise self._lost

    def verify_on_disk(self) -> None:
        """Prove that the path still names the file this database wrote to, and that the
        WAL beside it is the one SQLite writes; else stop writing for good.

        A file deleted, moved away or replaced (``mv``), or a WAL deleted by another
        program, means the writes since are not in the file anyone will open next. The
        first time that is found, everything this process can still see is copied to a
        rescue file beside the path.
        """
        if self._lost is not None:
            raise self._lost
        if self.identity is None:
            return
        found = _identity_of(self.path)
        if found == self.identity:
            return
        self._lost = StorageError(StorageFault.FILE_GONE, detail=str(self.path))
        self.rescue_path = self._rescue()
        self._withdraw_side_files(found)
        log_storage_failure(
            StorageFault.FILE_GONE.value,
            f"{self.path} no longer names the file opened ({self.identity} -> {found}); "
            f"writing stopped, rescue copy {self.rescue_path}",
        )
        raise self._lost

    def backup(self, reason: str, not_within: timedelta | None = None) -> Path | None:
        """A rotating backup copy (SQLite's backup API: consistent while others write),
        unless the newest is younger than ``not_within``; the copy's path, or None when
        none was due. Raises OSError or sqlite3.Error when it cannot be written."""
        if self._anchor is None or self._lost is not None:
            return None
        with self._anchor_guard:
            return make_backup(self._anchor, self.path, reason, not_within=not_within)

    def copy_to(
        self, target: Path, prepare: Callable[[sqlite3.Connection], None] | None = None
    ) -> None:
        """A consistent copy of the whole file (WAL contents included) at ``target``, made
        while others may write; ``prepare`` changes the copy before it takes its name.
        Raises OSError or sqlite3.Error when it cannot be written."""
        if self._anchor is None:
            raise RuntimeError("a database opened without its anchor connection")
        self.refuse_if_lost()
        with self._anchor_guard:
            write_whole_copy(self._anchor, target, prepare)

    def close(self) -> None:
        if not self._closed:
            self.engine.dispose()
            if self._anchor is not None:
                self._anchor.close()
            file_lock.release(self.path)
            self._closed = True
            log.info("Closed database %s", self.path)

    def _withdraw_side_files(self, found: FileIdentity) -> None:
        """Take our WAL and shared memory away from a path that no longer names our file.

        SQLite leaves the WAL of a moved or deleted database where it was, and the next
        program opening whatever file the path names then would replay our pages into it
        (a desk's check-ins landing on another event's people) or share our index. Only
        files that are still ours (same inode) are removed; the rescue copy has their
        contents."""
        assert self.identity is not None
        for suffix, ours, now in (
            ("-wal", self.identity.wal, found.wal),
            ("-shm", self.identity.shm, found.shm),
        ):
            if ours is not None and ours == now:
                with contextlib.suppress(OSError):
                    os.unlink(str(self.path) + suffix)

    def _rescue(self) -> Path | None:
        if self._anchor is None:
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.rescued-{stamp}{self.path.suffix}")
        try:
            with self._anchor_guard, closing(sqlite3.connect(target)) as copy:
                self._anchor.backup(copy)
        except (sqlite3.Error, OSError):
            return None
        return target


def open_database(
    path: str | Path,
    *,
    busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
    must_exist: bool = False,
    backup_on_open: bool = True,
) -> Database:
    """Open (or, unless ``must_exist``, create) a confdesk database file."""
    path = Path(path).expanduser()
    _check_path(path, must_exist)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            f"The folder for {path} cannot be created: {error.strerror}.",
            code="folder_not_created",
            path=path,
        ) from None
    if not file_lock.is_held(path):
        # Read with open() only while no SQLite connection of this process has the file.
        _check_header(path)
    try:
        file_lock.acquire(path)
    except OSError as error:  # the lock file beside it cannot be made
        raise _explain(path, error) from None
    try:
        return _open_locked(path, busy_timeout_s, backup_on_open)
    except BaseException:
        file_lock.release(path)
        raise


def _open_locked(path: Path, busy_timeout_s: float, backup_on_open: bool) -> Database:
    state = _inspect(path, busy_timeout_s)
    backup_path: Path | None = None
    if state.revision != HEAD_REVISION:
        if not state.is_new:
            backup_path = _backup(path, state.revision or "base")
        _migrate_to_head(path, busy_timeout_s)
    anchor = _anchor_connection(path, busy_timeout_s)
    engine = create_database_engine(path, busy_timeout_s)
    if state.is_new:
        log.info("Created database %s", path)
    elif backup_path is not None:
        log.info(
            "Opened database %s, upgraded from schema %s (backup %s)",
            path, state.revision, backup_path,
        )  # fmt: skip
    else:
        log.info("Opened database %s", path)
    database = Database(
        path=path,
        engine=engine,
        session_factory=sessionmaker(engine, expire_on_commit=False),
        backup_path=backup_path,
        created=state.is_new,
        identity=_identity_of(path),
        _anchor=anchor,
    )
    if backup_on_open and not state.is_new:
        try:
            database.backup("opened", not_within=ON_OPEN_INTERVAL)
        except (OSError, sqlite3.Error) as error:
            # Opening must not fail for want of a backup (a full disk says so at the next
            # write, by its own name); the log keeps why.
            log.warning("No backup of %s on opening: %s", path, error)
    return database


def create_database_engine(
    path: Path, busy_timeout_s: float, *, foreign_keys: bool = True
) -> Engine:
    # The driver's own timeout would be applied on top of the PRAGMA; keep them equal.
    engine = create_engine(
        f"sqlite:///{path}",
        # The pool hands a connection to one thread at a time; background work (imports,
        # the demo) runs on worker threads.
        connect_args={"timeout": busy_timeout_s, "check_same_thread": False},
        # Error messages would otherwise quote the values of the failed statement (names,
        # e-mail addresses) into tracebacks, and tracebacks go into the log file.
        hide_parameters=True,
    )
    event.listen(engine, "connect", _connection_pragmas(busy_timeout_s, foreign_keys))
    return engine


def _connection_pragmas(busy_timeout_s: float, foreign_keys: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON" if foreign_keys else "PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
        # 32 MB of page cache, not SQLite's 2 MB: an import of 20,000 rows touches more
        # pages of the registrations' indexes than 2 MB hold and spills them early.
        cursor.execute("PRAGMA cache_size=-32000")
        cursor.close()

    return on_connect


@dataclass(frozen=True)
class _FileState:
    is_new: bool
    revision: str | None


def _check_path(path: Path, must_exist: bool) -> None:
    if path.is_dir():
        raise DatabaseError(
            f"{path} is a folder, not a database file.", code="is_folder", path=path
        )
    if must_exist and not path.exists():
        raise DatabaseError(
            f"There is no database file at {path}; it may have been moved, renamed or "
            "deleted. Locate it, or choose another file.",
            code="missing",
            path=path,
        )


def _check_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as file:
        header = file.read(len(_SQLITE_MAGIC))
    if header != _SQLITE_MAGIC:
        raise DatabaseError(
            f"{path} is not a confdesk database (it is not an SQLite file).",
            code="not_sqlite",
            path=path,
        )


def _anchor_connection(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    anchor = sqlite3.connect(path, timeout=busy_timeout_s, check_same_thread=False)
    try:
        anchor.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
        # A read opens the WAL (and creates it, for a file nobody has opened since its last
        # writer closed), so that its inode can be taken now.
        anchor.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        anchor.close()
        raise _explain(path, error) from None
    return anchor


def _identity_of(path: Path) -> FileIdentity:
    def inode(file: str) -> tuple[int, int] | None:
        try:
            found = os.stat(file)
        except OSError:
            return None
        return (found.st_dev, found.st_ino)

    return FileIdentity(
        database=inode(str(path)), wal=inode(str(path) + "-wal"), shm=inode(str(path) + "-shm")
    )


def _inspect(path: Path, busy_timeout_s: float) -> _FileState:
    """Read what the file is, check it is whole, and prove it can be written to now."""
    try:
        with closing(sqlite3.connect(path, timeout=busy_timeout_s)) as connection:
            state = _read_state(path, connection)
            if not state.is_new:
                _prove_writable(connection)
                _check_intact(path, connection)
    except sqlite3.DatabaseError as error:
        raise _explain(path, error) from None
    return state


def _read_state(path: Path, connection: sqlite3.Connection) -> _FileState:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    is_new = not tables
    if not is_new and application_id != APPLICATION_ID:
        raise DatabaseError(
            f"{path} is not a confdesk database (it is an SQLite file of another program).",
            code="foreign_sqlite",
            path=path,
        )
    if not is_new and "alembic_version" not in tables:
        raise DatabaseError(
            f"{path} is damaged: it has no schema version.", code="no_version", path=path
        )
    revision: str | None = None
    if not is_new:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if revision not in (None, HEAD_REVISION) and revision not in _known_revisions():
        raise DatabaseError(
            f"{path} was written by a newer version of confdesk (schema {revision}); "
            "update confdesk to open it.",
            code="newer",
            path=path,
            revision=revision,
        )
    return _FileState(is_new=is_new, revision=revision)


def _prove_writable(connection: sqlite3.Connection) -> None:
    """Write for real, and on disk: taking the write lock and rolling back (as before)
    proves nothing about a read-only mount or a full disk. The row keeps its value; the
    commit writes one WAL frame."""
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute("UPDATE alembic_version SET version_num = version_num")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _check_intact(path: Path, connection: sqlite3.Connection) -> None:
    rows = [row[0] for row in connection.execute("PRAGMA quick_check(20)").fetchall()]
    if rows == ["ok"]:
        return
    # One line for the person: the first problem SQLite names, and how many more.
    problems = [
        line.strip()
        for row in rows
        for line in str(row).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    detail = problems[0] if problems else "quick_check failed"
    if len(problems) > 1:
        detail += f", and {len(problems) - 1} more problems"
    raise _damaged(path, detail)


def _damaged(path: Path, detail: str) -> DatabaseError:
    backup = newest_good_backup(path)
    way_out = (
        f" The newest good backup is {backup}: restore it (the window offers it)."
        if backup is not None
        else " There is no backup of it; restore a copy you made, or start a new file."
    )
    return DatabaseError(
        f"{path} is damaged ({detail[:200]}).{way_out}",
        code="damaged",
        path=path,
        backup=backup or "",
        detail=detail[:200],
    )


def _explain(path: Path, error: BaseException) -> DatabaseError:
    if isinstance(error, StorageError):
        fault: StorageFault | None = error.fault
    else:
        failure = storage_error(error, path)
        fault = failure.fault if failure is not None else None
    if fault is StorageFault.FILE_GONE and _on_read_only_mount(path):
        fault = StorageFault.READ_ONLY
    text = str(error).lower()
    if fault is StorageFault.LOCKED:
        return DatabaseError(
            f"{path} is locked by another program; close it there or wait, then try again.",
            code="locked",
            path=path,
        )
    if fault is StorageFault.READ_ONLY:
        return DatabaseError(
            f"{path} is read-only; confdesk needs to write to it. Copy it to a writable "
            "folder (for example your Documents) and open the copy.",
            code="read_only",
            path=path,
        )
    if fault is StorageFault.DISK_FULL:
        return DatabaseError(
            f"The disk holding {path} is full; free some space, then open it again.",
            code="disk_full",
            path=path,
        )
    if "not a database" in text or "file is encrypted" in text:
        return DatabaseError(
            f"{path} is not a confdesk database (the SQLite file is damaged).",
            code="damaged",
            path=path,
            backup=newest_good_backup(path) or "",
            detail=str(error),
        )
    if fault is StorageFault.DAMAGED:
        return _damaged(path, str(error))
    if fault is StorageFault.IO_ERROR:
        return DatabaseError(
            f"{path} cannot be read: the disk reported an input/output error. Check the "
            "drive, or restore a backup.",
            code="io_error",
            path=path,
        )
    if fault is StorageFault.FILE_GONE:
        return DatabaseError(
            f"{path} cannot be opened; check that its folder is writable.",
            code="cannot_open",
            path=path,
        )
    return DatabaseError(f"{path} cannot be opened: {error}.", code="cannot_open", path=path)


def _on_read_only_mount(path: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    with contextlib.suppress(OSError):
        return bool(statvfs(path.parent).f_flag & os.ST_RDONLY)
    return False


def _known_revisions() -> set[str]:
    from confdesk.db.migrate import known_revisions

    return known_revisions()


def _backup(path: Path, revision: str) -> Path:
    """Copy the file, WAL contents included, before a migration touches it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup_path = path.with_name(f"{path.stem}.before-upgrade-from-{revision}-{stamp}{path.suffix}")
    with (
        closing(sqlite3.connect(path)) as source,
        closing(sqlite3.connect(backup_path)) as target,
    ):
        source.backup(target)
    return backup_path


def _migrate_to_head(path: Path, busy_timeout_s: float) -> None:
    from confdesk.db.migrate import upgrade_to_head

    # Foreign keys off while migrating, as SQLite asks for table rebuilds: a rebuilt
    # parent table would otherwise cascade-delete its children. Checked afterwards.
    engine = create_database_engine(path, busy_timeout_s, foreign_keys=False)
    try:
        upgrade_to_head(engine)
        with engine.connect() as connection:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise DatabaseError(
                f"{path} could not be upgraded: {len(broken)} rows point to missing rows.",
                code="upgrade_failed",
                path=path,
                rows=len(broken),
            )
    except DBAPIError as error:
        raise _explain(path, error.orig or error) from None
    finally:
        engine.dispose()
