"""How the startup scenario waits for a program's window, and how it says it gave up."""

from __future__ import annotations

import os
import sys
import time

import pytest

from confdesk.bench import startup
from confdesk.bench.scenario import BenchError

LINE = "confdesk: main window shown"


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_time_runs_until_the_line_not_until_the_program_ends() -> None:
    code = f"import time; print('loading', flush=True); print({LINE!r}, flush=True); time.sleep(1)"

    started = time.perf_counter()
    seconds = startup.seconds_until_line(_python(code), dict(os.environ), LINE, "the probe")
    whole_run = time.perf_counter() - started

    # The call waits for the program to exit, but the figure stops at the line.
    assert whole_run >= 1
    assert 0 < seconds <= whole_run - 0.9


def test_a_program_that_dies_first_is_reported_with_its_last_error_line() -> None:
    code = (
        "import sys; print('Traceback...', file=sys.stderr); "
        "print('no display', file=sys.stderr); sys.exit(3)"
    )

    with pytest.raises(BenchError) as error:
        startup.seconds_until_line(_python(code), dict(os.environ), LINE, "the probe")

    assert str(error.value) == (
        "the probe exited with code 3 before its main window was shown: no display"
    )


def test_a_program_that_hangs_is_stopped_after_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(startup, "TIMEOUT_S", 0.5)

    with pytest.raises(BenchError, match=r"^the probe did not show its main window within 0\.5 s"):
        startup.seconds_until_line(
            _python("import time; time.sleep(60)"), dict(os.environ), LINE, "the probe"
        )
