"""A one-desk event opens no network socket: every command a desk runs and the window
are started under a harness that refuses all but local (AF_UNIX) sockets — an audit hook
in every Python process, and, where strace can trace, the system calls of every process
and thread (Qt opens its sockets in C++, out of Python's sight). The commands also say
what the files they write contain: personal data, or only totals."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from confdesk.ui.shell.app import REPORT_SHOWN_ENV, SHOWN_LINE

pytestmark = pytest.mark.slow

HARNESS = Path(__file__).with_name("no_network")
IMPORT = (
    "Vorname;Nachname;E-Mail-Adresse;Organisation;Kategorie\r\n"
    "Anna;Weiß;anna.weiss@hassfurt.example;Stadt Haßfurt;Referentin\r\n"
    "Jürgen;Größmann;j.groessmann@bad-belzig.example;Stadt Bad Belzig;Teilnehmer\r\n"
)
# socket() and connect() of any family but the local one, as strace writes them.
_FOREIGN_SOCKET = re.compile(r"socket\((?!AF_UNIX|AF_LOCAL)(AF_\w+|\d+)")
_FOREIGN_CONNECT = re.compile(r"connect\(\d+, \{sa_family=(?!AF_UNIX|AF_LOCAL)(AF_\w+)")


class Guarded:
    """Runs programs under the harness; collects what they tried."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.report = folder / "network-attempts.txt"
        self.traces: list[Path] = []
        self.strace = _working_strace()

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, *args]
        if self.strace:
            trace = self.folder / f"trace-{len(self.traces)}.txt"
            self.traces.append(trace)
            command = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace),
                       *command]  # fmt: skip
        environment = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, (str(HARNESS),
                                                        os.environ.get("PYTHONPATH")))),
            "CONFDESK_NETWORK_REPORT": str(self.report),
            **env,
        }  # fmt: skip
        return subprocess.run(command, capture_output=True, text=True, env=environment,
                              timeout=180, check=False)  # fmt: skip

    def confdesk(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        result = self.run("-m", "confdesk", *args, **env)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
        return result

    def attempts(self) -> list[str]:
        found = self.report.read_text(encoding="utf-8").splitlines() if self.report.exists() else []
        for trace in self.traces:
            for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
                if _FOREIGN_SOCKET.search(line) or _FOREIGN_CONNECT.search(line):
                    found.append(f"{trace.name}: {line}")
        return found


def _working_strace() -> bool:
    """strace, where it is installed and the machine lets it trace (containers may not)."""
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-qq", "-e", "trace=socket", "-o", os.devnull, "true"],
                           capture_output=True, check=False, timeout=30)  # fmt: skip
    return probe.returncode == 0


def test_the_harness_catches_a_socket(tmp_path: Path) -> None:
    """Without this, the test below could pass with a harness that sees nothing."""
    guarded = Guarded(tmp_path)
    result = guarded.run("-c", "import socket\ntry:\n    socket.socket()\nexcept OSError:\n"
                         "    pass\nsocket.socket(socket.AF_UNIX).close()")  # fmt: skip
    assert result.returncode == 0, result.stderr
    attempts = guarded.attempts()
    assert any("socket(family=" in line for line in attempts)
    assert not any("family=1)" in line for line in attempts)  # AF_UNIX is allowed
    if guarded.strace:
        # A socket made in C (as Qt makes its own) passes the hook; the trace sees it.
        in_c = guarded.run("-c", "import ctypes, os\nos.close(ctypes.CDLL(None).socket(2, 1, 0))")
        assert in_c.returncode == 0, in_c.stderr
        traced = [line for line in guarded.attempts() if line.startswith("trace-")]
        assert any("AF_INET" in line for line in traced)
        assert not any("AF_UNIX" in line for line in traced)


def test_a_one_desk_event_opens_no_network_socket(tmp_path: Path) -> None:
    guarded = Guarded(tmp_path)
    db = ["--db", str(tmp_path / "desk.sqlite")]
    (tmp_path / "people.csv").write_text(IMPORT, encoding="utf-8")

    guarded.confdesk(*db, "demo", "--attendees", "40", "--arrivals")
    guarded.confdesk(*db, "import", str(tmp_path / "people.csv"))
    exported = guarded.confdesk(*db, "export", str(tmp_path / "all.csv"))
    assert "personal data" in exported.stdout
    guarded.confdesk(*db, "export", str(tmp_path / "all.xlsx"))
    with (tmp_path / "all.csv").open(encoding="utf-8-sig", newline="") as file:
        codes = {
            row["Nachname"]: row["checkin_code"] for row in csv.DictReader(file, delimiter=";")
        }
    checked_in = guarded.confdesk(*db, "checkin", codes["Größmann"], "--json")
    assert '"accepted"' in checked_in.stdout
    guarded.confdesk(*db, "badges", str(tmp_path / "badges.pdf"), "--photo-mark")
    guarded.confdesk(*db, "certificates", str(tmp_path / "certificates.pdf"))
    guarded.confdesk(*db, "agenda", str(tmp_path / "programme.pdf"),
                     "--participants", str(tmp_path / "lists.pdf"),
                     "--attendee-list", str(tmp_path / "attendees.pdf"))  # fmt: skip
    guarded.confdesk(*db, "agenda", str(tmp_path / "programme.ics"))
    for name in ("report.pdf", "report.xlsx"):
        reported = guarded.confdesk(*db, "report", str(tmp_path / name))
        assert "only totals" in reported.stdout and "no names" in reported.stdout
    guarded.confdesk(*db, "backups")
    window = guarded.confdesk(*db, "--quit-after", "1", QT_QPA_PLATFORM="offscreen",
                              **{REPORT_SHOWN_ENV: "1"})  # fmt: skip
    assert SHOWN_LINE in window.stdout.splitlines()

    assert guarded.attempts() == []
