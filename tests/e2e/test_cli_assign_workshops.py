"""``confdesk assign-workshops`` as an organiser runs it: preview, then apply."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from confdesk.db.database import open_database
from confdesk.domain.demo.conference import create_demo_event


def _confdesk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(db), *args],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


def _signups(db: Path) -> list[tuple[int, int, str]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(
            "SELECT session_id, registration_id, status FROM session_signups ORDER BY 1, 2"
        ).fetchall()


def test_the_preview_writes_nothing_and_apply_seats_the_people_with_wishes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "desk.sqlite"
    database = open_database(db)
    create_demo_event(database, attendees=60, seed=2)
    database.close()
    before = _signups(db)

    preview = _confdesk(db, "assign-workshops", "--round", "1")
    assert preview.returncode == 0, preview.stderr
    assert preview.stdout.startswith("Round 1: ") and "--apply" in preview.stdout
    assert _signups(db) == before

    applied = _confdesk(db, "assign-workshops", "--apply")
    assert applied.returncode == 0, applied.stderr
    assert "Applied: " in applied.stdout
    after = _signups(db)
    assert len(after) > len(before)
    # Everyone with a wish now has exactly one sign-up per round.
    with closing(sqlite3.connect(db)) as connection:
        doubled = connection.execute(
            "SELECT s.registration_id, a.round_number, count(*) FROM session_signups s "
            "JOIN agenda_sessions a ON a.id = s.session_id WHERE s.status != 'cancelled' "
            "GROUP BY 1, 2 HAVING count(*) > 1"
        ).fetchall()
    assert doubled == []

    again = _confdesk(db, "assign-workshops", "--apply")
    assert "Nothing to change." in again.stdout
    assert _signups(db) == after

    missing = _confdesk(db, "assign-workshops", "--round", "9")
    assert missing.returncode == 1
    assert missing.stderr == "confdesk: There is no workshop round 9.\n"
