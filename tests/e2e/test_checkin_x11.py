"""A keyboard-mode scanner as the window system delivers it: real X11 key events, typed by
xdotool at scanner speed into the running program under Xvfb, and a person typing slowly."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.paths import CONFIG_DIR_ENV
from confdesk.settings import SCANNER_KEY_GAP_MS
from confdesk.ui.shell.app import REPORT_SHOWN_ENV, SHOWN_LINE

pytestmark = pytest.mark.slow


def _xdotool(env: dict[str, str], *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, timeout=30, check=True, capture_output=True)


def test_scanner_keys_check_in_and_typing_goes_to_the_search(
    tmp_path: Path, x_display: str
) -> None:
    database_path = tmp_path / "desk.sqlite"
    subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(database_path), "demo", "--attendees", "40"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with closing(sqlite3.connect(database_path)) as connection:
        (person,) = connection.execute(
            "SELECT id FROM registrations WHERE status = 'registered' ORDER BY id LIMIT 1"
        ).fetchone()
    database = open_database(database_path)
    code = codes_for_event(database, 1)[person]
    database.close()
    # The window opens on the check-in screen, as a desk leaves it. xdotool is no scanner:
    # its keys are stamped when Xvfb gets round to them, and on a loaded machine two keys
    # typed 4 ms apart can land 100 ms apart. So this desk is set up as for a slow (say
    # Bluetooth) scanner, and the person types slower still; the default gap is covered
    # with exact time stamps in tests/ui/checkin/test_keyboard_scanner.py.
    config = Path(os.environ[CONFIG_DIR_ENV])
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(
        # A named desk: an unnamed one asks for its name first.
        json.dumps({"window/screen": "checkin", "desk/name": "Desk 1", SCANNER_KEY_GAP_MS.key: 250})
    )

    display = x_display
    app = None
    try:
        env = {**os.environ, REPORT_SHOWN_ENV: "1", "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        app = subprocess.Popen(
            [sys.executable, "-m", "confdesk", "--db", str(database_path), "--quit-after", "9"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert app.stdout is not None
        assert app.stdout.readline().strip() == SHOWN_LINE
        time.sleep(0.5)
        # No window manager: keys go to the window under the pointer.
        _xdotool(env, "mousemove", "600", "300")
        _xdotool(env, "type", "--delay", "4", code)  # a scanner: a few ms per key
        _xdotool(env, "key", "Return")
        time.sleep(0.3)
        _xdotool(env, "type", "--delay", "4", code)  # fired again by the hardware
        _xdotool(env, "key", "Return")
        time.sleep(0.3)
        _xdotool(env, "type", "--delay", "500", "Schmidt")  # a person, slowly
        _, errors = app.communicate(timeout=60)
        assert app.returncode == 0, errors
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.communicate()

    with closing(sqlite3.connect(database_path)) as connection:
        scans = connection.execute("SELECT source, status, input FROM scans").fetchall()
        checkins = connection.execute("SELECT registration_id, action FROM checkins").fetchall()
    # One scan, counted once; the slow "Schmidt" was typing, not a scan.
    assert scans == [("scanner", "accepted", code)]
    assert checkins == [(person, "check_in")]
