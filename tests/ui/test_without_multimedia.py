"""A fresh Linux machine may lack what QtMultimedia loads (libpulse): the suite must still
collect and run there, with the camera's video-frame tests skipped and saying why, instead
of failing at collection because one test file imported QtMultimedia at its top."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# PySide6.QtMultimedia blocked as a missing library would leave it: importing it fails.
WITHOUT_MULTIMEDIA = """
import sys
sys.modules["PySide6.QtMultimedia"] = None
sys.modules["PySide6.QtMultimediaWidgets"] = None
import pytest
raise SystemExit(pytest.main(sys.argv[1:]))
"""


def _pytest_without_multimedia(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_MULTIMEDIA, "-p", "no:cacheprovider", *args],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_the_ui_tests_collect_without_multimedia() -> None:
    result = _pytest_without_multimedia("--collect-only", "-q", "tests/ui")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "test_camera_scanner.py::test_without_the_multimedia_libraries_it_says_so" in (
        result.stdout
    )


def test_the_camera_tests_that_need_multimedia_skip_and_say_why() -> None:
    result = _pytest_without_multimedia("-q", "-rs", "tests/ui/checkin/test_camera_scanner.py")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "QtMultimedia cannot be loaded here" in result.stdout
    assert " skipped" in result.stdout and " passed" in result.stdout
