"""``confdesk desk-copy`` and ``confdesk sync`` as three desks at a venue use them: desk
copies of the organiser's file, check-ins at each, sync files carried between them in any
order; afterwards every desk holds the same check-ins, the files are whole, and people
admitted at two desks while apart are named. A file altered on the way is refused in one
line and changes nothing."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event
from tests.e2e.test_cli import assert_one_line_error, run_confdesk

DESKS = ("Desk 1", "Desk 2", "Desk 3")


def _checkins(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT uuid FROM checkins")}


def _integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.fixture
def organiser(demo_copy) -> tuple[Path, dict[int, str]]:
    path = demo_copy(30, 3, "organiser.sqlite")
    database = open_database(path)
    codes = codes_for_event(database, 1)
    database.close()
    return path, codes


def test_three_desks_exchange_sync_files_in_any_order_and_agree(
    organiser: tuple[Path, dict[int, str]], tmp_path: Path
) -> None:
    organiser_file, codes = organiser
    files = [organiser_file]
    for number in (2, 3):
        copy = tmp_path / f"desk{number}.sqlite"
        result = run_confdesk("--db", str(organiser_file), "desk-copy", str(copy))
        assert result.returncode == 0, result.stderr
        assert "desk copy" in result.stdout
        files.append(copy)
    people = sorted(codes)
    # Each desk admits people of its own, and all three admit the first person.
    for desk, path in enumerate(files):
        for person in [people[0], *people[1 + desk * 3 : 4 + desk * 3]]:
            result = run_confdesk(
                "--db", str(path), "checkin", codes[person], "--desk", DESKS[desk]
            )
            assert result.returncode == 0, result.stdout + result.stderr

    carried = random.Random(17)
    pairs = [(a, b) for a in range(3) for b in range(3) if a != b]
    last_output: dict[int, str] = {}
    for round_number in range(2):
        carried.shuffle(pairs)
        for source, target in pairs:
            stick = tmp_path / f"round{round_number}-{source}-to-{target}.sync"
            exported = run_confdesk(
                "--db", str(files[source]), "sync", "--export", str(stick), "--desk",
                DESKS[source],
            )  # fmt: skip
            assert exported.returncode == 0, exported.stderr
            imported = run_confdesk("--db", str(files[target]), "sync", "--import", str(stick))
            assert imported.returncode == 0, imported.stderr
            last_output[target] = imported.stdout

    expected = _checkins(files[0])
    assert len(expected) == 3 * 3 + 3
    assert [_checkins(path) for path in files] == [expected] * 3
    assert [_integrity(path) for path in files] == ["ok"] * 3
    # The person all three admitted, named twice (one pair after another) at every desk.
    listed = [
        sorted(line for line in last_output[desk].splitlines() if "Double entry" in line)
        for desk in range(3)
    ]
    assert len(listed[0]) == 2
    assert listed[0] == listed[1] == listed[2]
    assert all(" checked in at Desk " in line and " and at Desk " in line for line in listed[0])

    status = run_confdesk("--db", str(files[1]), "sync")
    assert status.returncode == 0
    assert "Desk 1: last contact" in status.stdout
    assert "0 records of this desk still to reach it" in status.stdout


def test_an_altered_sync_file_is_refused_in_one_line_and_changes_nothing(
    organiser: tuple[Path, dict[int, str]], tmp_path: Path
) -> None:
    organiser_file, codes = organiser
    desk = tmp_path / "desk2.sqlite"
    assert run_confdesk("--db", str(organiser_file), "desk-copy", str(desk)).returncode == 0
    person = sorted(codes)[0]
    assert run_confdesk("--db", str(desk), "checkin", codes[person]).returncode == 0
    stick = tmp_path / "desk2.sync"
    assert run_confdesk("--db", str(desk), "sync", "--export", str(stick)).returncode == 0
    with closing(sqlite3.connect(stick)) as connection, connection:
        connection.execute("UPDATE checkins SET occurred_at = '2027-03-18 06:00:00'")
    before = _checkins(organiser_file)

    result = run_confdesk("--db", str(organiser_file), "sync", "--import", str(stick))

    assert_one_line_error(result, "has been altered", "nothing was imported")
    assert result.returncode == 1
    assert _checkins(organiser_file) == before


def test_a_desk_copy_never_overwrites_a_file(
    organiser: tuple[Path, dict[int, str]], tmp_path: Path
) -> None:
    organiser_file, _codes = organiser
    existing = tmp_path / "desk2.sqlite"
    existing.write_bytes(b"someone's file")

    result = run_confdesk("--db", str(organiser_file), "desk-copy", str(existing))

    assert_one_line_error(result, "already exists")
    assert existing.read_bytes() == b"someone's file"


def test_sync_usage_mistakes_are_one_line(tmp_path: Path) -> None:
    result = run_confdesk(
        "--db", str(tmp_path / "x.sqlite"), "sync", "--export", "a", "--import", "b"
    )
    assert result.returncode == 2
    assert_one_line_error(result, "not allowed with argument")
