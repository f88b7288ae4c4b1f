"""Three desks as three processes on loopback: ``confdesk sync --serve`` at two of them
(127.0.0.1, a free port each), ``confdesk sync --peer`` from the third; bursts of check-ins
at each desk, one serving desk killed with SIGKILL during an exchange and started again.
Afterwards every desk holds the same check-ins, none that a desk accepted is lost, the
files are whole, and the person admitted at all three desks is listed as a double entry.
Nothing here leaves 127.0.0.1."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event
from tests.e2e.test_cli import assert_one_line_error, run_confdesk
from tests.e2e.test_cli_sync import _checkins, _integrity

DESKS = ("Desk 1", "Desk 2", "Desk 3")
# Generous: the machine may be busy with other builds.
START_LIMIT_S = 120


class ServingDesk:
    """``confdesk sync --serve`` on one file, on 127.0.0.1 at a free port."""

    def __init__(self, path: Path, name: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "confdesk", "--db", str(path), "sync", "--serve",
             "--bind", "127.0.0.1:0", "--desk", name],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
        assert self.process.stdout is not None
        # The first line names the address; readline blocks until it is there (or the
        # process ended, which the assertion shows with its error).
        first = self.process.stdout.readline()
        assert "Serving" in first, first + self._stderr()
        self.address = first.split(" at ")[1].split(";")[0]
        self.lines: list[str] = []

    def next_line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        self.lines.append(line)
        return line

    def stop(self) -> None:
        """Interrupted as a person would with Ctrl+C: it ends cleanly, without a word on
        stderr."""
        self.process.send_signal(signal.SIGINT)
        out, err = self.process.communicate(timeout=START_LIMIT_S)
        self.lines.extend(out.splitlines(keepends=True))
        assert err == ""

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.communicate(timeout=START_LIMIT_S)

    def _stderr(self) -> str:
        if self.process.poll() is None:
            return ""
        return self.process.communicate()[1]


def _burst(path: Path, desk: str, codes: list[str]) -> int:
    """Check in ``codes`` at the desk in one process; how many it accepted."""
    result = subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(path), "checkin", "--stdin",
         "--desk", desk],
        input="".join(f"{code}\n" for code in codes),
        capture_output=True, text=True, check=False, timeout=START_LIMIT_S,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout.count("accepted")


def _peer(path: Path, desk: str, address: str) -> subprocess.CompletedProcess[str]:
    return run_confdesk("--db", str(path), "sync", "--peer", address, "--desk", desk)


@pytest.fixture
def venue(demo_copy, tmp_path: Path) -> tuple[list[Path], list[str]]:
    organiser = demo_copy(40, 5, "organiser.sqlite")
    database = open_database(organiser)
    codes = [code for _id, code in sorted(codes_for_event(database, 1).items())]
    database.close()
    files = [organiser]
    for number in (2, 3):
        copy = tmp_path / f"desk{number}.sqlite"
        made = run_confdesk("--db", str(organiser), "desk-copy", str(copy))
        assert made.returncode == 0, made.stderr
        files.append(copy)
    return files, codes


def test_three_desk_processes_on_loopback_agree_after_a_desk_is_killed(
    venue: tuple[list[Path], list[str]],
) -> None:
    files, codes = venue
    accepted = 0
    # Everyone admits the first person; then each desk its own people.
    for desk in range(3):
        accepted += _burst(
            files[desk], DESKS[desk], [codes[0], *codes[1 + desk * 5 : 6 + desk * 5]]
        )
    assert accepted == 3 * 6

    servers = {desk: ServingDesk(files[desk], DESKS[desk]) for desk in (1, 2)}
    for desk in (1, 2, 1):
        exchanged = _peer(files[0], DESKS[0], servers[desk].address)
        assert exchanged.returncode == 0, exchanged.stderr
    assert "Double entry" in exchanged.stdout
    for server in servers.values():
        server.stop()

    # A second burst at every desk, then desk 3 killed while desk 1 exchanges with it.
    for desk in range(3):
        accepted += _burst(files[desk], DESKS[desk], codes[16 + desk * 5 : 21 + desk * 5])
    assert accepted == 3 * 6 + 3 * 5
    servers = {desk: ServingDesk(files[desk], DESKS[desk]) for desk in (1, 2)}
    cut_off = subprocess.Popen(
        [sys.executable, "-m", "confdesk", "--db", str(files[0]), "sync", "--peer",
         servers[2].address, "--desk", DESKS[0]],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    # Killed as soon as desk 1's records are merged there, while desk 1 asks for desk 3's.
    assert "From 127.0.0.1" in servers[2].next_line()
    servers[2].kill()
    _out, err = cut_off.communicate(timeout=START_LIMIT_S)
    if cut_off.returncode != 0:
        # The exchange was cut: one sentence, and the next exchange carries the rest.
        assert "Traceback" not in err
        assert "No exchange with the desk at" in err
    assert _integrity(files[2]) == "ok"

    servers[2] = ServingDesk(files[2], DESKS[2])
    for desk in (2, 1, 2):
        exchanged = _peer(files[0], DESKS[0], servers[desk].address)
        assert exchanged.returncode == 0, exchanged.stderr
    for server in servers.values():
        server.stop()

    expected = _checkins(files[0])
    assert len(expected) == accepted
    assert [_checkins(path) for path in files] == [expected] * 3
    assert [_integrity(path) for path in files] == ["ok"] * 3
    listed = [line for line in exchanged.stdout.splitlines() if "Double entry" in line]
    assert len(listed) == 2 and all(" and at Desk " in line for line in listed)


def test_a_bad_peer_address_is_one_line(venue: tuple[list[Path], list[str]]) -> None:
    files, _codes = venue
    result = _peer(files[0], DESKS[0], "nowhere")
    assert_one_line_error(result, "is not a desk's address")
    result = _peer(files[0], DESKS[0], "127.0.0.1:1")
    assert_one_line_error(result, "No exchange with the desk at 127.0.0.1:1")
