"""``confdesk checkin`` as a desk's scanner pipe uses it: exit 0 only when accepted, JSON
statuses from the documented set, one result line per code, and no acknowledged check-in
lost when the process is killed in the middle of a burst."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event

DOCUMENTED_STATUSES = {
    "accepted",
    "already_checked_in",
    "cancelled",
    "waitlisted",
    "unknown",
    "invalid",
    "revoked",
    "wrong_event",
}


@pytest.fixture
def desk(demo_copy) -> tuple[Path, dict[int, str]]:
    """A fresh copy of the demo file, and the codes of its registrations by id."""
    path = demo_copy(300, 5)
    database = open_database(path)
    codes = codes_for_event(database, 1)
    database.close()
    return path, codes


def _registered(path: Path, status: str = "registered") -> list[int]:
    with closing(sqlite3.connect(path)) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT id FROM registrations WHERE status = ? ORDER BY id", (status,)
            )
        ]


def _confdesk(path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(path), "checkin", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
        timeout=120,
    )


def test_exit_zero_only_when_accepted(desk) -> None:
    path, codes = desk
    code = codes[_registered(path)[0]]

    first = _confdesk(path, code)
    second = _confdesk(path, code, "--json")
    rubbish = _confdesk(path, "not a code", "--json")

    assert first.returncode == 0 and first.stdout.startswith("accepted: ")
    assert second.returncode == 3
    assert json.loads(second.stdout)["status"] == "already_checked_in"
    assert rubbish.returncode == 3 and json.loads(rubbish.stdout) == {"status": "invalid"}
    assert "Traceback" not in first.stderr + second.stderr + rubbish.stderr


def test_rejections_carry_their_documented_status(desk) -> None:
    path, codes = desk
    cancelled = codes[_registered(path, "cancelled")[0]]
    waitlisted = codes[_registered(path, "waitlisted")[0]]

    statuses = [
        json.loads(_confdesk(path, code, "--json").stdout)["status"]
        for code in (cancelled, waitlisted)
    ]

    assert statuses == ["cancelled", "waitlisted"]


def test_session_door_and_a_session_that_does_not_exist(desk) -> None:
    path, codes = desk
    code = codes[_registered(path)[0]]

    at_door = _confdesk(path, code, "--session", "4", "--json")
    missing = _confdesk(path, code, "--session", "9999")

    assert at_door.returncode == 0
    assert json.loads(at_door.stdout)["session"]["id"] == 4
    assert missing.returncode == 1
    assert missing.stderr.strip().splitlines() == [
        "confdesk: There is no agenda session with id 9999 in this event."
    ]


def test_stdin_answers_every_line_in_order_with_a_documented_status(desk) -> None:
    path, codes = desk
    ids = _registered(path)[:3]
    lines = [codes[ids[0]], "", codes[ids[1]], "DROP TABLE checkins", codes[ids[0]], "\x07"]

    result = _confdesk(path, "--stdin", "--json", stdin="\r\n".join(lines) + "\n")

    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [answer["status"] for answer in answers] == [
        "accepted",
        "accepted",
        "invalid",
        "already_checked_in",
        "invalid",
    ]
    assert {answer["status"] for answer in answers} <= DOCUMENTED_STATUSES
    assert result.returncode == 3  # not every code was accepted


def test_usage_mistakes_are_one_line(desk) -> None:
    path, _ = desk
    for args in ((), ("CODE", "--stdin"), ("CODE", "--session", "x")):
        result = _confdesk(path, *args)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_a_killed_scanner_pipe_loses_no_acknowledged_check_in(desk) -> None:
    path, codes = desk
    burst = [codes[registration_id] for registration_id in _registered(path)[:200]]
    process = subprocess.Popen(
        [sys.executable, "-m", "confdesk", "--db", str(path), "checkin", "--stdin", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("".join(code + "\n" for code in burst).encode())
    process.stdin.flush()
    acknowledged = [json.loads(process.stdout.readline()) for _ in range(40)]

    # Killed in the middle of the burst: more codes are waiting, one may be half written.
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    # What it answered before it died was answered after the commit, so it counts too.
    acknowledged += [json.loads(line) for line in process.stdout.read().splitlines()]
    process.stdin.close()
    process.stdout.close()
    assert process.stderr is not None
    process.stderr.close()

    assert process.returncode == -signal.SIGKILL
    assert len(acknowledged) < len(burst), "the process finished before it was killed"
    assert all(answer["status"] == "accepted" for answer in acknowledged)
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        checked_in = {
            row[0]
            for row in connection.execute(
                "SELECT registration_id FROM checkins WHERE action = 'check_in'"
            )
        }
        logged = connection.execute("SELECT count(*) FROM scans").fetchone()[0]
    assert {answer["registration"]["id"] for answer in acknowledged} <= checked_in
    assert len(checked_in) >= len(acknowledged) and logged >= len(acknowledged)
