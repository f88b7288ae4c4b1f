"""A real CUPS print queue whose printer is a PDF file: the cups-pdf back end.

What the tests print there goes through CUPS as a real job (lp, the filters, the back end)
and lands as a PDF in a folder, where a test reads what came out of the "printer".
`make test` installs the packages as root (scripts/qt-system-libs --for-tests);
:func:`cups_pdf_queue` starts the scheduler and adds the queue when it runs as root, and
otherwise says why the test cannot run.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

QUEUE = "confdesk-test"
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
# cups-pdf's own default: one folder per user who printed, outside any home folder.
OUT_DIR = "/var/spool/cups-pdf/${USER}"
# Waiting for CUPS and Ghostscript is not a measurement: generous, for a loaded machine.
WAIT_S = 300.0
_PACKAGES = "cups, cups-client and printer-driver-cups-pdf"


class NoQueue(Exception):
    """Why there is no cups-pdf queue here (the tests skip with this reason)."""


@dataclass(frozen=True)
class CupsPdfQueue:
    name: str
    out_dir: Path

    def output_of(self, job_id: str) -> Path:
        """The PDF that job ``job_id`` ("confdesk-test-7") came out as, once complete."""
        number = job_id.rsplit("-", 1)[-1]
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            if _job_completed(self.name, job_id):
                found = sorted(self.out_dir.glob(f"*job_{number}.pdf"))
                if found:
                    return found[0]
            time.sleep(0.2)
        raise AssertionError(f"job {job_id} did not come out in {self.out_dir} in {WAIT_S} s")


def cups_pdf_queue() -> CupsPdfQueue:
    """The queue, started and added where needed; :class:`NoQueue` says why not."""
    if not sys.platform.startswith("linux"):
        raise NoQueue("a cups-pdf queue is set up on Linux only")
    tools = [tool for tool in ("cupsd", "lpadmin", "lpstat", "lp", "lpinfo") if not _which(tool)]
    if tools or not BACKEND.exists():
        missing = ", ".join(tools) or str(BACKEND)
        raise NoQueue(f"needs {_PACKAGES} (missing: {missing}); 'make test' installs them as root")
    root = os.geteuid() == 0
    if not _scheduler_running():
        if not root:
            raise NoQueue("the CUPS scheduler is not running, and only root may start it")
        subprocess.run([_which("cupsd")], check=True, capture_output=True)
        _wait_until(_scheduler_running, "the CUPS scheduler did not start")
    if root:
        _configure_output()
    if not _queue_exists():
        if not root:
            raise NoQueue(f"there is no CUPS queue {QUEUE}, and only root may add it")
        _add_queue()
    out = _configured_out_dir().replace("${USER}", getpass.getuser())
    return CupsPdfQueue(QUEUE, Path(out.replace("${HOME}", str(Path.home()))))


def _which(tool: str) -> str:
    return shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin") or ""


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_which(command[0]), *command[1:]], capture_output=True, text=True, check=False
    )


def _scheduler_running() -> bool:
    return "scheduler is running" in _run("lpstat", "-r").stdout


def _queue_exists() -> bool:
    return _run("lpstat", "-p", QUEUE).returncode == 0


def _job_completed(queue: str, job_id: str) -> bool:
    completed = _run("lpstat", "-W", "completed", "-o", queue).stdout
    return any(line.split()[:1] == [job_id] for line in completed.splitlines())


def _configure_output() -> None:
    """Output in a fixed folder (not ~/PDF), named after the job's id, so a test finds it."""
    text = CUPS_PDF_CONF.read_text(encoding="utf-8") if CUPS_PDF_CONF.exists() else ""
    wanted = (
        re.sub(r"(?m)^(Out|Label)\s.*\n?", "", text).rstrip("\n") + f"\nOut {OUT_DIR}\nLabel 2\n"
    )
    if wanted != text:
        CUPS_PDF_CONF.write_text(wanted, encoding="utf-8")


def _add_queue() -> None:
    models = _run("lpinfo", "-m").stdout.split("\n")
    ppd = next((line.split()[0] for line in models if "CUPS-PDF_opt.ppd" in line), "")
    ppd = ppd or next((line.split()[0] for line in models if "CUPS-PDF" in line), "")
    if not ppd:
        raise NoQueue("CUPS knows no cups-pdf driver (PPD) here")
    added = _run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", ppd)
    if added.returncode != 0:
        raise NoQueue(f"lpadmin could not add {QUEUE}: {added.stderr.strip()}")
    _wait_until(_queue_exists, f"the queue {QUEUE} did not appear")


def _configured_out_dir() -> str:
    text = CUPS_PDF_CONF.read_text(encoding="utf-8") if CUPS_PDF_CONF.exists() else ""
    lines = re.findall(r"(?m)^Out\s+(.+?)\s*$", text)
    return lines[-1] if lines else OUT_DIR


def _wait_until(condition: object, failure: str) -> None:
    assert callable(condition)
    deadline = time.monotonic() + 60.0
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise NoQueue(failure)
