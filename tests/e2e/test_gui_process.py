"""The real program: started as a user starts it, on the offscreen platform and — where
the machine has Xvfb — in a real X window that another program can see."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from confdesk.ui.shell.app import REPORT_SHOWN_ENV, SHOWN_LINE

pytestmark = pytest.mark.slow


def _demo_database(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(path), "demo", "--attendees", "60"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return path


def _gui_env(**extra: str) -> dict[str, str]:
    return {**os.environ, REPORT_SHOWN_ENV: "1", **extra}


def test_gui_shows_the_window_and_quits_by_itself(tmp_path: Path) -> None:
    database = _demo_database(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(database), "--quit-after", "0.2"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_gui_env(QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert SHOWN_LINE in result.stdout.splitlines()
    assert "Traceback" not in result.stderr


def test_gui_on_a_broken_file_still_opens_and_explains(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all")
    result = subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(broken), "--quit-after", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_gui_env(QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert SHOWN_LINE in result.stdout
    assert broken.read_bytes() == b"not a database at all"


def test_real_x11_window_carries_the_event_title(tmp_path: Path, x_display: str) -> None:
    database = _demo_database(tmp_path)
    display = x_display
    app = None
    try:
        env = _gui_env(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        app = subprocess.Popen(
            [sys.executable, "-m", "confdesk", "--db", str(database), "--quit-after", "2"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert app.stdout is not None
        line = app.stdout.readline().strip()
        assert line == SHOWN_LINE, app.stderr.read() if app.stderr else ""
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Regionalkonferenz"],
            capture_output=True,
            text=True,
            env=env,
            timeout=10,
            check=False,
        )
        window_ids = found.stdout.split()
        assert window_ids, "no visible X window with the event in its title"
        title = subprocess.run(
            ["xdotool", "getwindowname", window_ids[0]],
            capture_output=True,
            text=True,
            env=env,
            timeout=10,
            check=True,
        ).stdout
        assert title.startswith("confdesk — Regionalkonferenz Modellprojekte Smart Cities")
        _out, errors = app.communicate(timeout=30)
        assert app.returncode == 0, errors
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.communicate()


def test_a_second_confdesk_is_told_the_file_is_open_in_a_window(tmp_path: Path) -> None:
    database = _demo_database(tmp_path)
    with subprocess.Popen(
        [sys.executable, "-m", "confdesk", "--db", str(database)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_gui_env(QT_QPA_PLATFORM="offscreen"),
    ) as window:
        assert window.stdout is not None
        try:
            assert window.stdout.readline().strip() == SHOWN_LINE
            export = subprocess.run(
                [sys.executable, "-m", "confdesk", "--db", str(database), "export",
                 str(tmp_path / "out.csv")],
                capture_output=True,
                text=True,
                timeout=120,
            )  # fmt: skip
        finally:
            window.terminate()
            window.communicate(timeout=60)
    assert export.returncode == 1
    assert export.stderr.splitlines() == [
        f"confdesk: {database} is open in a confdesk window on this computer "
        f"(process {window.pid}); close it there first."
    ]
    assert not (tmp_path / "out.csv").exists()


def test_qt_speaking_while_it_unloads_at_exit_does_not_crash(tmp_path: Path) -> None:
    # With every plugin load logged, Qt still writes messages while it unloads them at
    # exit; the log's message handler, called then, crashed the process (SIGSEGV).
    database = _demo_database(tmp_path)
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text('{"window/screen": "checkin"}', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(database), "--quit-after", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_gui_env(
            QT_QPA_PLATFORM="offscreen", QT_DEBUG_PLUGINS="1", CONFDESK_CONFIG_DIR=str(config)
        ),
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert SHOWN_LINE in result.stdout.splitlines()
