"""A sync file that is cut short, altered, forged, of another event or no sync file at all
is refused with one sentence, and the desk's file stays exactly as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.db.database import Database, open_database
from confdesk.domain.sync.exporting import export_sync_file
from confdesk.domain.sync.importing import import_sync_file
from confdesk.errors import UserError
from confdesk.words.errors import ErrorCode
from tests.domain.sync.venue import EVENT_ID, REGISTRATIONS, Venue, rows

# Everything a merge could touch.
SNAPSHOT = (
    "SELECT uuid, registration_id, session_id, action, occurred_at, desk FROM checkins",
    "SELECT uuid, status, checkin_id FROM scans",
    "SELECT uuid, registration_id FROM print_records",
    REGISTRATIONS,
    "SELECT uuid, name FROM organizations",
    "SELECT registration_id, field, hlc FROM registration_field_clocks",
    "SELECT registration_id, field, value FROM registration_field_history",
    "SELECT desk_uuid, last_contact_at FROM sync_peers",
    "SELECT uuid, clock_wall_ms, clock_counter FROM this_desk",
    "SELECT uuid FROM sync_tombstones",
)


def snapshot(database: Database) -> list[list[tuple[object, ...]]]:
    return [rows(database, statement) for statement in SNAPSHOT]


@pytest.fixture
def sync_file(venue: Venue) -> Path:
    """Desk 2's file, with a check-in and an edit in it."""
    venue.check_in(1, venue.people[0])
    with venue.desks[1].engine.begin() as connection:
        connection.exec_driver_sql("UPDATE registrations SET notes = 'Rampe' WHERE id = 2")
    return venue.export(1)


def refused(venue: Venue, path: Path) -> UserError:
    before = snapshot(venue.desks[0])
    with pytest.raises(UserError) as raised:
        import_sync_file(venue.desks[0], path)
    assert snapshot(venue.desks[0]) == before
    error = raised.value
    # One sentence a person can act on, in both languages.
    assert "\n" not in str(error)
    assert ErrorCode(error.code).german
    return error


def alter(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)


@pytest.mark.parametrize(
    "statements",
    [
        ("UPDATE checkins SET desk = 'Desk 9'",),
        ("DELETE FROM checkins",),
        (
            "INSERT INTO checkins SELECT 'c0000000-0000-4000-8000-00000000beef', "
            "registration_uuid, session_uuid, action, occurred_at, desk, operator, source, "
            "reverts_uuid FROM checkins",
        ),
        ("UPDATE registrations SET given_name = 'Mallory' WHERE rowid = 1",),
        ("UPDATE field_clocks SET hlc = '999999999999999.0000000000.x'",),
        ("UPDATE manifest SET value = 'Desk 7' WHERE name = 'desk_name'",),
        ("DELETE FROM seal",),
        ("UPDATE seal SET mac = '00'",),
    ],
    ids=[
        "changed-row",
        "removed-rows",
        "added-row",
        "changed-name",
        "forged-clock",
        "changed-manifest",
        "no-seal",
        "wrong-seal",
    ],
)
def test_an_altered_file_is_refused(venue: Venue, sync_file: Path, statements: tuple[str]) -> None:
    alter(sync_file, *statements)
    assert refused(venue, sync_file).code == "sync_file_altered"


@pytest.mark.parametrize("keep", [0, 10, 100, 0.5, -4096, -1])
def test_a_file_cut_short_is_refused(venue: Venue, sync_file: Path, keep: float) -> None:
    data = sync_file.read_bytes()
    length = int(len(data) * keep) if isinstance(keep, float) else keep % len(data)
    sync_file.write_bytes(data[:length])
    assert refused(venue, sync_file).code in {"sync_file_unreadable", "sync_file_altered"}


def test_a_file_of_another_event_is_refused(
    venue: Venue, demo_copy: Callable[..., Path], tmp_path: Path
) -> None:
    other = open_database(demo_copy(20, 2, "other-event.sqlite"))
    try:
        with other.engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE events SET uuid = 'e0000000-0000-4000-8000-0000000000ff'"
            )
        path = tmp_path / "other.sync"
        export_sync_file(other, path, EVENT_ID)
    finally:
        other.close()
    assert refused(venue, path).code == "sync_file_other_event"


def test_a_file_sealed_without_the_events_key_is_refused(venue: Venue) -> None:
    """Someone with a copy of the event's people but not its key cannot make a file a desk
    accepts."""
    with venue.desks[2].engine.begin() as connection:
        connection.exec_driver_sql("UPDATE events SET checkin_key = randomblob(32)")
    venue.check_in(2, venue.people[1])
    path = venue.export(2)
    assert refused(venue, path).code == "sync_file_altered"


@pytest.mark.parametrize("kind", ["text", "empty", "database", "other-sqlite"])
def test_what_is_no_sync_file_is_refused(venue: Venue, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "not-a-sync-file"
    if kind == "text":
        path.write_text("Teilnehmerliste;Name\n1;Anna\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "database":
        path = venue.desks[1].path.with_name("closed-copy.sqlite")
        venue.desks[1].copy_to(path)
    else:
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("CREATE TABLE manifest (name, value)")
            connection.execute("INSERT INTO manifest VALUES ('format', 'something-else')")
            connection.commit()
    assert refused(venue, path).code == "sync_file_unreadable"


def test_a_file_of_a_newer_confdesk_is_refused(venue: Venue, sync_file: Path) -> None:
    alter(sync_file, "UPDATE manifest SET value = '2' WHERE name = 'version'")
    assert refused(venue, sync_file).code == "sync_file_newer"


def test_a_missing_file_is_refused(venue: Venue, tmp_path: Path) -> None:
    assert refused(venue, tmp_path / "nowhere.sync").code == "sync_file_missing"


def test_the_open_database_is_neither_written_nor_read_as_a_sync_file(venue: Venue) -> None:
    organiser = venue.desks[0]
    with pytest.raises(UserError) as raised:
        export_sync_file(organiser, organiser.path, EVENT_ID)
    assert raised.value.code == "is_open_database"
    assert refused(venue, venue.desks[1].path).code == "is_open_database"
