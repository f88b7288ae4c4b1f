"""Opening a confdesk database file: checks, backup, migration, connection settings.

:func:`open_database` is the only way the application opens a file. It

1. refuses, with one sentence, anything that is not a confdesk database: a folder, a file
   that is not SQLite, the SQLite file of another program, a file written by a newer
   confdesk, a file another program holds locked, a read-only file;
2. creates a new file from the migrations, or upgrades an older one after copying it to a
   backup beside it;
3. hands out an engine whose every connection runs in WAL mode with foreign keys on,
   ``synchronous=FULL`` (a commit is on disk when it returns: check-ins are acknowledged
   only then) and a busy timeout, so a second desk process waits instead of failing.

The checks use the plain ``sqlite3`` module, and Alembic is imported only when a file has
to be created or upgraded, which keeps opening an up-to-date file fast.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from confdesk.db import search_index  # noqa: F401  (registers the search-key listeners)
from confdesk.errors import UserError

# 'CDK1' in the SQLite header tells a confdesk file from any other SQLite file.
APPLICATION_ID = 0x43444B31
# The newest schema this confdesk knows; a test keeps it equal to the migrations' head.
HEAD_REVISION = "0010"
DEFAULT_BUSY_TIMEOUT_S = 5.0
_SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(UserError):
    """A database file that confdesk cannot open, with the reason as one sentence."""


@dataclass
class Database:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    # Set when this open upgraded an older file: where the untouched copy lies.
    backup_path: Path | None = None
    created: bool = False
    _closed: bool = field(default=False, repr=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception."""
        with self.session_factory() as session, session.begin():
            yield session

    def close(self) -> None:
        if not self._closed:
            self.engine.dispose()
            self._closed = True


def open_database(path: str | Path, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Database:
    path = Path(path).expanduser()
    _check_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            f"The folder for {path} cannot be created: {error.strerror}.",
            code="folder_not_created",
            path=path,
        ) from None
    state = _inspect(path, busy_timeout_s)
    backup_path: Path | None = None
    if state.revision != HEAD_REVISION:
        if not state.is_new:
            backup_path = _backup(path, state.revision or "base")
        _migrate_to_head(path, busy_timeout_s)
    engine = create_database_engine(path, busy_timeout_s)
    return Database(
        path=path,
        engine=engine,
        session_factory=sessionmaker(engine, expire_on_commit=False),
        backup_path=backup_path,
        created=state.is_new,
    )


def create_database_engine(
    path: Path, busy_timeout_s: float, *, foreign_keys: bool = True
) -> Engine:
    # The driver's own timeout would be applied on top of the PRAGMA; keep them equal.
    engine = create_engine(
        f"sqlite:///{path}",
        # The pool hands a connection to one thread at a time; background work (imports,
        # the demo) runs on worker threads.
        connect_args={"timeout": busy_timeout_s, "check_same_thread": False},
    )
    event.listen(engine, "connect", _connection_pragmas(busy_timeout_s, foreign_keys))
    return engine


def _connection_pragmas(busy_timeout_s: float, foreign_keys: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
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


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(
            f"{path} is a folder, not a database file.", code="is_folder", path=path
        )
    if path.exists():
        if path.stat().st_size == 0:
            return
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_MAGIC))
        if header != _SQLITE_MAGIC:
            raise DatabaseError(
                f"{path} is not a confdesk database (it is not an SQLite file).",
                code="not_sqlite",
                path=path,
            )


def _inspect(path: Path, busy_timeout_s: float) -> _FileState:
    """Read what the file is, and prove it can be written to now."""
    try:
        with closing(sqlite3.connect(path, timeout=busy_timeout_s)) as connection:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision: str | None = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            # Take and release the write lock: a file held by another program fails here,
            # before anything is changed, and not halfway through a migration.
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
    except sqlite3.DatabaseError as error:
        raise _explain(path, error) from None

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
    if revision not in (None, HEAD_REVISION) and revision not in _known_revisions():
        raise DatabaseError(
            f"{path} was written by a newer version of confdesk (schema {revision}); "
            "update confdesk to open it.",
            code="newer",
            path=path,
            revision=revision,
        )
    return _FileState(is_new=is_new, revision=None if is_new else revision)


def _explain(path: Path, error: BaseException) -> DatabaseError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            f"{path} is locked by another program; close it there or wait, then try again.",
            code="locked",
            path=path,
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            f"{path} is read-only; confdesk needs to write to it.", code="read_only", path=path
        )
    if "unable to open" in text:
        return DatabaseError(
            f"{path} cannot be opened; check that its folder is writable.",
            code="cannot_open",
            path=path,
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return DatabaseError(
            f"{path} is not a confdesk database (the SQLite file is damaged).",
            code="damaged",
            path=path,
        )
    return DatabaseError(f"{path} cannot be opened: {error}.", code="cannot_open", path=path)


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
            )
    except DBAPIError as error:
        raise _explain(path, error.orig) from None
    finally:
        engine.dispose()
