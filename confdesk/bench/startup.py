"""``startup``: from starting the process to the main window shown, on the demo database.

The GUI prints a fixed line once its main window is shown and painted, when the
environment asks it to; the time until that line arrives is the figure.

The package is byte-compiled first: an installed confdesk ships compiled modules, while a
source checkout run with ``PYTHONDONTWRITEBYTECODE`` would compile all of confdesk on every
start (a second under load in a cProfile), which no person at a desk ever waits for.

Floor: the plainest PySide6 program that shows a QMainWindow and prints the same line once
it is painted. Runs alternate between the two, so both see the same machine load.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from time import perf_counter

import confdesk
from confdesk.bench.scenario import BenchContext, BenchError, Measurement, Scenario
from confdesk.words.command_line import Said

RUNS = 5
TIMEOUT_S = 30.0
EXIT_GRACE_S = 10.0

_FLOOR_PROGRAM = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(sys.argv[1], flush=True)
            QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1000, 700)
window.show()
app.exec()
"""


def measure(context: BenchContext) -> Measurement:
    # The GUI module owns the protocol; importing it here (not at module level) keeps Qt
    # out of the harness unless this scenario runs.
    from confdesk.ui.shell.app import REPORT_SHOWN_ENV, SHOWN_LINE

    demo = context.demo_database()
    compileall.compile_dir(Path(confdesk.__file__).parent, quiet=2)  # stdout is the table
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CONFDESK_CONFIG_DIR": str(context.scratch_dir("startup-config")),
        REPORT_SHOWN_ENV: "1",
    }
    app_command = [
        sys.executable,
        "-m",
        "confdesk",
        "--db",
        str(demo.path),
        "--quit-after",
        "0",
        "gui",
    ]
    floor_command = [sys.executable, "-c", _FLOOR_PROGRAM, SHOWN_LINE]

    app_runs: list[float] = []
    floor_runs: list[float] = []
    for _ in range(RUNS):
        app_runs.append(seconds_until_line(app_command, environment, SHOWN_LINE, "confdesk"))
        floor_runs.append(
            seconds_until_line(floor_command, environment, SHOWN_LINE, "the plain PySide6 window")
        )
    return Measurement(
        value=statistics.median(app_runs),
        floor=statistics.median(floor_runs),
        extra={"attendees": demo.attendees, "runs_s": app_runs, "floor_runs_s": floor_runs},
    )


def seconds_until_line(
    command: list[str], environment: dict[str, str], line: str, label: str
) -> float:
    """Start ``command`` and return the seconds until it prints ``line`` on stdout."""
    with tempfile.TemporaryFile() as stderr:
        started = perf_counter()
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=environment,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        watcher = _LineWatcher(process, line, started)
        shown_in_time = watcher.settled.wait(TIMEOUT_S)
        # A program that showed its window or closed its output is about to exit by
        # itself; one that hangs is stopped at once.
        _stop(process, grace_s=EXIT_GRACE_S if shown_in_time else 0.0)
        watcher.thread.join(timeout=EXIT_GRACE_S)
        assert process.stdout is not None
        process.stdout.close()
        if watcher.elapsed is not None:
            return watcher.elapsed
        stderr.seek(0)
        reason = _last_line(stderr.read().decode("utf-8", "replace"))
        if not shown_in_time:
            problem = f"did not show its main window within {TIMEOUT_S:g} s"
        else:
            problem = f"exited with code {process.returncode} before its main window was shown"
        raise BenchError(f"{label} {problem}" + (f": {reason}" if reason else "."))


class _LineWatcher:
    """Reads the child's stdout on a thread, so the wait for the line can time out and
    the child never blocks on a full pipe."""

    def __init__(self, process: subprocess.Popen[str], line: str, started: float) -> None:
        self.elapsed: float | None = None
        # Set when the line arrived or stdout closed, whichever comes first.
        self.settled = threading.Event()
        self._process = process
        self._line = line
        self._started = started
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for text in self._process.stdout:
            if self.elapsed is None and text.rstrip("\r\n") == self._line:
                self.elapsed = perf_counter() - self._started
                self.settled.set()
        self.settled.set()


def _stop(process: subprocess.Popen[str], grace_s: float) -> None:
    try:
        process.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _last_line(text: str, limit: int = 300) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:limit] if lines else ""


SCENARIO = Scenario(
    name="startup",
    description=Said.BENCH_STARTUP,
    unit="s",
    target=1.5,
    measure=measure,
)
