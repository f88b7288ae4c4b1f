"""No acknowledged check-in is lost: the sequences that lost greens, made for real.

Each test makes the fault the way a desk met it — a descriptor of the database closed in
the desk's own process (what a file dialog's type sniffing did), another process opening
and closing the file, the file deleted or replaced under the desk, its WAL deleted, the
process killed — and proves that every check-in the desk acknowledged is on disk, and that
every one it could not keep was answered red, never green.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.db.database import Database, open_database
from confdesk.db.storage_faults import StorageError, StorageFault
from confdesk.domain.checkin.codes import code_for_registration
from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity
from tests.database_guard import stray_database_opens_allowed

ATTENDEES = 40


@pytest.fixture
def desk_file(demo_copy: Callable[..., Path]) -> Path:
    return demo_copy(ATTENDEES, 1)


@pytest.fixture
def database(desk_file: Path) -> Iterator[Database]:
    opened = open_database(desk_file)
    yield opened
    opened.close()


@pytest.fixture
def desk(database: Database) -> Iterator[CheckinDesk]:
    with closing(sqlite3.connect(database.path)) as connection:
        (event_id,) = connection.execute("SELECT min(id) FROM events").fetchone()
    with CheckinDesk(database, event_id, DeskIdentity("Desk 1", "Petra")) as opened:
        yield opened


def _codes(database: Database, count: int) -> list[str]:
    with closing(sqlite3.connect(database.path)) as connection:
        ids = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM registrations WHERE status = 'registered' ORDER BY id LIMIT ?",
                (count,),
            )
        ]
    return [code_for_registration(database, registration_id) for registration_id in ids]


def _checked_in_uuids(path: Path) -> set[str]:
    """What a desk opening ``path`` afresh would find: venue check-ins by registration."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        return {
            row[0]
            for row in db.execute(
                "SELECT r.uuid FROM checkins c JOIN registrations r ON r.id = c.registration_id "
                "WHERE c.action = 'check_in' AND c.session_id IS NULL"
            )
        }


def _uuid_of(desk: CheckinDesk, code: str) -> str:
    # The attendee's UUID is what survives in any copy of the file.
    result = desk.check_in(code)
    assert result.attendee is not None
    return result.attendee.uuid


def _stray_close(path: Path) -> None:
    """What Qt's file dialog did: open the database, read its header, close it."""
    with stray_database_opens_allowed(), path.open("rb") as file:
        file.read(100)


def _other_process_opens_and_closes(path: Path) -> subprocess.CompletedProcess[str]:
    # A plain SQLite program (no confdesk lock): the last user, it believes, on closing it
    # checkpoints the WAL into the file and deletes it.
    script = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('SELECT count(*) FROM registrations').fetchone(); c.close()"
    )
    return subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60
    )


def _confdesk(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(path), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_a_second_confdesk_is_refused_even_after_a_stray_close(
    database: Database, desk: CheckinDesk, tmp_path: Path
) -> None:
    first, second, third = _codes(database, 3)
    acknowledged = {_uuid_of(desk, first)}
    wal = os.stat(str(database.path) + "-wal")
    _stray_close(database.path)  # SQLite's own locks in this process are gone now

    refused = _confdesk(database.path, "export", str(tmp_path / "out.csv"))

    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"confdesk: {database.path} is open in a confdesk window on this computer "
        f"(process {os.getpid()}); close it there first."
    ]
    assert not (tmp_path / "out.csv").exists()
    assert os.stat(str(database.path) + "-wal").st_ino == wal.st_ino  # the WAL survived
    acknowledged |= {_uuid_of(desk, second), _uuid_of(desk, third)}
    desk.close()
    database.close()
    assert _checked_in_uuids(database.path) == acknowledged


def test_a_wal_deleted_by_another_program_turns_the_next_scan_red(
    database: Database, desk: CheckinDesk
) -> None:
    first, second, third, fourth = _codes(database, 4)
    acknowledged = {_uuid_of(desk, first), _uuid_of(desk, second)}
    _stray_close(database.path)
    assert _other_process_opens_and_closes(database.path).returncode == 0
    assert not Path(str(database.path) + "-wal").exists()  # the fault is real

    for code in (third, fourth):
        with pytest.raises(StorageError) as raised:
            desk.check_in(code)
        assert raised.value.fault is StorageFault.FILE_GONE
        assert str(raised.value).startswith("NOT recorded: the database file was moved or deleted")
    rescue = database.rescue_path
    desk.close()
    database.close()

    # The other program had checkpointed the greens into the file; the reds are nowhere.
    assert _checked_in_uuids(database.path) == acknowledged
    assert rescue is not None
    assert _checked_in_uuids(rescue) == acknowledged


def test_a_deleted_file_turns_the_next_scan_red_and_the_greens_are_rescued(
    database: Database, desk: CheckinDesk
) -> None:
    first, second, third = _codes(database, 3)
    acknowledged = {_uuid_of(desk, first), _uuid_of(desk, second)}
    os.unlink(database.path)

    with pytest.raises(StorageError) as raised:
        desk.check_in(third)
    assert raised.value.fault is StorageFault.FILE_GONE
    with pytest.raises(StorageError):  # and it stays stopped
        desk.check_in(third)
    assert database.rescue_path is not None
    assert _checked_in_uuids(database.rescue_path) == acknowledged
    desk.close()
    database.close()
    # Closing did not make an empty file appear at the path.
    assert not database.path.exists()


def test_a_replaced_file_is_never_written_to(
    database: Database, desk: CheckinDesk, demo_copy: Callable[..., Path]
) -> None:
    other = demo_copy(ATTENDEES, 2, name="other-event.sqlite")
    with closing(sqlite3.connect(other)) as connection:
        before = connection.execute("SELECT count(*) FROM checkins").fetchone()[0]
        registrations = connection.execute("SELECT uuid, given_name FROM registrations").fetchall()
    first, second = _codes(database, 2)
    acknowledged = {_uuid_of(desk, first)}
    os.replace(other, database.path)  # `mv other-event.sqlite desk.sqlite`

    with pytest.raises(StorageError) as raised:
        desk.check_in(second)
    assert raised.value.fault is StorageFault.FILE_GONE
    rescue = database.rescue_path
    desk.close()
    database.close()

    with closing(sqlite3.connect(database.path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM checkins").fetchone()[0] == before
        assert connection.execute("SELECT uuid, given_name FROM registrations").fetchall() == (
            registrations
        )
    assert rescue is not None
    assert _checked_in_uuids(rescue) == acknowledged


_DESK_PROCESS = textwrap.dedent(
    """
    import sys
    from confdesk.domain.checkin.desk import CheckinDesk
    from confdesk.db.database import open_database
    from confdesk.db.storage_faults import StorageError

    database = open_database(sys.argv[1])
    desk = CheckinDesk(database, int(sys.argv[2]))
    for line in sys.stdin:
        try:
            result = desk.check_in(line.strip())
        except StorageError as error:
            print("red", error.fault.value, database.rescue_path, flush=True)
        else:
            print("green", result.attendee.uuid, flush=True)
    """
)


@pytest.mark.slow
def test_a_deleted_wal_then_a_killed_desk_keeps_every_green(desk_file: Path) -> None:
    database = open_database(desk_file)
    codes = _codes(database, 4)
    with closing(sqlite3.connect(desk_file)) as connection:
        (event_id,) = connection.execute("SELECT min(id) FROM events").fetchone()
    database.close()
    with subprocess.Popen(
        [sys.executable, "-c", _DESK_PROCESS, str(desk_file), str(event_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            greens = set()
            for code in codes[:3]:
                process.stdin.write(code + "\n")
                process.stdin.flush()
                answer = process.stdout.readline().split()
                assert answer[0] == "green"
                greens.add(answer[1])
            os.unlink(str(desk_file) + "-wal")  # the three greens lived only in the WAL
            process.stdin.write(codes[3] + "\n")
            process.stdin.flush()
            answer = process.stdout.readline().split()
        finally:
            process.send_signal(signal.SIGKILL)  # a crash: no clean-up of any kind
            process.wait(timeout=60)
    assert answer[:2] == ["red", "file_gone"]
    rescue = Path(answer[2])
    assert _checked_in_uuids(rescue) == greens
