"""Opening database files: the settings promised to a desk, and one clear sentence for
every file confdesk must refuse."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from confdesk.db.database import APPLICATION_ID, HEAD_REVISION, DatabaseError, open_database
from confdesk.db.models import CheckinRecord, Registration
from confdesk.domain.events.service import EventDraft, EventService


def _pragma(database, name: str) -> object:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_new_file_gets_wal_foreign_keys_full_sync_and_busy_timeout(database) -> None:
    assert database.created
    assert _pragma(database, "journal_mode") == "wal"
    assert _pragma(database, "foreign_keys") == 1
    assert _pragma(database, "synchronous") == 2  # FULL
    assert _pragma(database, "busy_timeout") == 5000
    assert _pragma(database, "application_id") == APPLICATION_ID


def test_reopening_keeps_data_and_is_not_new(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    first = open_database(path)
    EventService(first).create(
        EventDraft(title="Tagung", start_date=date(2027, 1, 1), end_date=date(2027, 1, 1))
    )
    first.close()
    second = open_database(path)
    try:
        assert not second.created
        assert second.backup_path is None
        assert [e.title for e in EventService(second).list_events()] == ["Tagung"]
    finally:
        second.close()


def test_missing_folders_are_created(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a" / "b" / "desk.sqlite")
    database.close()
    assert (tmp_path / "a" / "b" / "desk.sqlite").is_file()


def test_foreign_keys_are_enforced(database) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(Registration(event_id=999, given_name="Anna", family_name="Weiß"))


def test_checkin_records_are_append_only(database) -> None:
    event = EventService(database).create(
        EventDraft(title="Tagung", start_date=date(2027, 1, 1), end_date=date(2027, 1, 1))
    )
    with database.transaction() as session:
        registration = Registration(event_id=event.id, given_name="Jörg", family_name="Strauß")
        session.add(registration)
        session.flush()
        session.add(CheckinRecord(registration_id=registration.id, desk="Desk 1"))
    for statement in ("UPDATE checkins SET desk = 'forged'", "DELETE FROM checkins"):
        with (
            pytest.raises(IntegrityError, match="append-only"),
            database.transaction() as session,
        ):
            session.execute(text(statement))
    with database.transaction() as session:
        assert session.execute(text("SELECT desk FROM checkins")).scalars().all() == ["Desk 1"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Vorname;Nachname\nAnna;Weiss\n", "not an SQLite file"),
        (b"\x00\x01\x02binary" * 100, "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, "damaged"),
    ],
)
def test_a_file_that_is_not_a_database_is_refused(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "guests.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=expected) as raised:
        open_database(path)
    assert "\n" not in str(raised.value)
    assert path.read_bytes() == content  # refusing never changes the file


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.commit()
    with pytest.raises(DatabaseError, match="SQLite file of another program"):
        open_database(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_database(path).close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    with pytest.raises(DatabaseError, match="newer version of confdesk"):
        open_database(path)
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "9999_from_the_future",
        )


def test_a_locked_database_is_refused_with_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_database(path).close()
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseError, match="locked by another program"):
            open_database(path, busy_timeout_s=0.2)
        holder.execute("ROLLBACK")
    open_database(path).close()  # usable again once the other program lets go


def test_a_read_only_database_is_refused(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root can write to read-only files, so this cannot be shown as root")
    path = tmp_path / "desk.sqlite"
    open_database(path).close()
    path.chmod(0o444)
    with pytest.raises(DatabaseError, match="read-only"):
        open_database(path)


def test_head_revision_constant_matches_the_migrations() -> None:
    from confdesk.db.migrate import script_directory

    assert script_directory().get_current_head() == HEAD_REVISION
