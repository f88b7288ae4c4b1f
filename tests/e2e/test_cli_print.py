"""``confdesk badges`` and ``confdesk certificates`` as an organiser runs them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.domain.demo.conference import create_demo_event


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    database = open_database(path)
    create_demo_event(database, attendees=20, seed=3)
    database.close()
    return path


def _confdesk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(db), *args],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


def _records(db: Path) -> int:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(
            "SELECT count(*) FROM print_records WHERE kind = 'badge'"
        ).fetchone()[0]


def test_badges_writes_the_pdf_says_what_it_did_and_records_the_prints(
    desk: Path, tmp_path: Path
) -> None:
    out = tmp_path / "badges.pdf"
    result = _confdesk(desk, "badges", str(out), "--stock", "a7-8up", "--start-at", "3")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "badges on" in result.stdout and "a7-8up" in result.stdout
    printed = _records(desk)
    assert printed > 0 and f"Wrote {printed} badges" in result.stdout
    again = _confdesk(desk, "badges", str(tmp_path / "again.pdf"), "--only-unprinted")
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "printed already" in again.stderr
    assert _records(desk) == printed


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--stock", "a5"), "no badge stock called “a5”"),
        (("--start-at", "5"), "Label 5 is not on a sheet"),
        (("--offset", "x"), "is not an offset"),
    ],
)
def test_badge_mistakes_are_one_line(
    desk: Path, tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    result = _confdesk(desk, "badges", str(tmp_path / "b.pdf"), *args)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and says in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unwritable_path_is_one_line(desk: Path, tmp_path: Path) -> None:
    result = _confdesk(desk, "badges", str(tmp_path / "missing" / "b.pdf"))
    assert result.returncode == 1
    assert result.stderr.startswith("confdesk: Cannot write") and result.stderr.count("\n") == 1


def test_list_stocks_names_articles(desk: Path) -> None:
    result = _confdesk(desk, "badges", "--list-stocks")
    assert result.returncode == 0
    assert "L4785-20" in result.stdout and "brother-ql-62" in result.stdout


def test_certificates_into_a_folder(desk: Path, tmp_path: Path) -> None:
    nobody = _confdesk(desk, "certificates", str(tmp_path / "c.pdf"))
    assert nobody.returncode == 1 and "nobody has been checked in" in nobody.stderr
    with closing(sqlite3.connect(desk)) as connection, connection:
        connection.execute(
            "INSERT INTO checkins (uuid, registration_id, session_id, action, occurred_at, "
            "desk, operator, source) VALUES ('t-1', 1, NULL, 'check_in', "
            "'2027-03-18 09:00:00.000000', 'T', 'T', 'scanner')"
        )
    folder = tmp_path / "certificates"
    result = _confdesk(desk, "certificates", str(folder), "--language", "en")
    assert result.returncode == 0, result.stderr
    assert "Wrote 1 certificate of attendance" in result.stdout
    assert len(list(folder.glob("*.pdf"))) == 1


def test_agenda_writes_programme_signs_and_lists(desk: Path, tmp_path: Path) -> None:
    result = _confdesk(
        desk, "agenda", str(tmp_path / "p.pdf"),
        "--door-signs", str(tmp_path / "signs.pdf"), "--participants", str(tmp_path / "l.pdf"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "21 sessions" in result.stdout
    assert all((tmp_path / name).stat().st_size > 1000 for name in ("p.pdf", "signs.pdf", "l.pdf"))
    ics = _confdesk(desk, "agenda", str(tmp_path / "p.ics"))
    assert ics.returncode == 0 and (tmp_path / "p.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_agenda_mistakes_are_one_line(desk: Path, tmp_path: Path) -> None:
    result = _confdesk(desk, "agenda", str(tmp_path / "p.txt"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
