"""``confdesk checkin`` when the file cannot be written: every line read is answered (a
``storage_error`` with its kind when nothing was recorded), the pipe carries on, the exit
status says something was not stored, and never a traceback. Faults are real: another
process's lock, a full and a read-only tmpfs, a damaged page."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event
from tests.storage_fault_makers import (
    damage_table,
    fill_disk,
    release_lock,
    small_disk,
    write_lock_held,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def desk(demo_copy) -> tuple[Path, list[str]]:
    """A fresh demo file and the codes of three registered people."""
    path = demo_copy(60, 3)
    with closing(sqlite3.connect(path)) as connection:
        ids = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM registrations WHERE status = 'registered' ORDER BY id LIMIT 3"
            )
        ]
    database = open_database(path)
    codes = codes_for_event(database, 1)
    database.close()
    return path, [codes[i] for i in ids]


def _confdesk(path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(path), "checkin", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _answers(result: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def _rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def test_a_lock_in_the_middle_of_a_pipe_is_answered_and_the_pipe_carries_on(desk):
    path, codes = desk
    scanner = subprocess.Popen(
        [sys.executable, "-m", "confdesk", "--db", str(path), "checkin", "--stdin", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert scanner.stdin is not None and scanner.stdout is not None

    def ask(code: str) -> dict:
        scanner.stdin.write(code + "\n")
        scanner.stdin.flush()
        return json.loads(scanner.stdout.readline())

    try:
        first = ask(codes[0])
        with write_lock_held(path) as holder:
            second = ask(codes[1])  # waits out the busy timeout, then answers
            release_lock(holder)
        third = ask(codes[2])
        scanner.stdin.close()
        errors = scanner.stderr.read() if scanner.stderr else ""
        assert scanner.wait(timeout=60) == 1
    finally:
        if scanner.poll() is None:
            scanner.kill()
        for pipe in (scanner.stdin, scanner.stdout, scanner.stderr):
            if pipe is not None and not pipe.closed:
                pipe.close()

    assert first["status"] == "accepted"
    assert second["status"] == "storage_error" and second["kind"] == "locked"
    assert second["message"].startswith("NOT recorded")
    assert second["registration"]["uuid"]  # whose scan it was, read without writing
    assert third["status"] == "accepted"
    assert "Traceback" not in errors
    assert _rows(path, "SELECT count(*) FROM checkins") == [(2,)]


def test_a_full_disk_answers_every_line_with_its_kind(desk, tmp_path):
    path, codes = desk
    with small_disk(tmp_path / "stick", "6m") as stick:
        on_stick = stick / "desk.sqlite"
        shutil.copy(path, on_stick)
        filler = fill_disk(stick)

        result = _confdesk(on_stick, "--stdin", "--json", stdin="\n".join(codes) + "\n")
        os.unlink(filler)

    assert [(a["status"], a["kind"]) for a in _answers(result)] == [
        ("storage_error", "disk_full")
    ] * 3
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_a_read_only_file_is_one_line_and_exit_1(desk, tmp_path):
    path, codes = desk
    with small_disk(tmp_path / "stick", "6m") as stick:
        shutil.copy(path, stick / "desk.sqlite")
        remounted = subprocess.run(
            ["mount", "-o", "remount,ro", str(stick)], capture_output=True, text=True
        )
        if remounted.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remounted.stderr.strip()}")

        plain = _confdesk(stick / "desk.sqlite", codes[0])
        piped = _confdesk(stick / "desk.sqlite", "--stdin", "--json", stdin=codes[1] + "\n")

    assert plain.returncode == 1
    assert plain.stdout.splitlines() == [plain.stdout.strip()]
    assert plain.stdout.startswith("storage_error (read_only): ")
    assert plain.stderr == ""
    assert [(a["status"], a["kind"]) for a in _answers(piped)] == [("storage_error", "read_only")]
    assert piped.returncode == 1
    assert "Traceback" not in plain.stderr + piped.stderr


def test_a_damaged_file_answers_without_a_traceback(desk):
    path, codes = desk
    damage_table(path, "checkins")

    plain = _confdesk(path, codes[0])
    piped = _confdesk(path, "--stdin", "--json", stdin="\n".join(codes[:2]) + "\n")

    assert plain.returncode == 1
    assert plain.stdout.startswith("storage_error (damaged): ")
    assert [(a["status"], a["kind"]) for a in _answers(piped)] == [("storage_error", "damaged")] * 2
    assert piped.returncode == 1
    assert "Traceback" not in plain.stderr + piped.stderr
