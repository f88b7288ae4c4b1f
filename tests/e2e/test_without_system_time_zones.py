"""Windows has no IANA time-zone database: zoneinfo finds "Europe/Berlin" only in the tzdata
package. Each path that needs a zone runs here with the system's database hidden
(PYTHONTZPATH pointed at an empty folder), as on a Windows desk laptop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _confdesk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    no_zones = tmp_path / "no-zoneinfo"
    no_zones.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(tmp_path / "desk.sqlite"), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PYTHONTZPATH": str(no_zones)},
    )


def test_the_zone_database_is_hidden_for_real(tmp_path: Path) -> None:
    # Without tzdata the same lookup fails: the hiding works, the package does the rest.
    no_zones = tmp_path / "empty"
    no_zones.mkdir()
    script = (
        "import sys, zoneinfo; sys.modules['tzdata'] = None\n"
        "try:\n    zoneinfo.ZoneInfo('Europe/Berlin')\nexcept zoneinfo.ZoneInfoNotFoundError:\n"
        "    print('not found')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONTZPATH": str(no_zones)},
    )
    assert result.stdout.strip() == "not found"


def test_event_demo_exports_and_calendar_work_without_the_system_zones(tmp_path: Path) -> None:
    demo = _confdesk(tmp_path, "demo", "--attendees", "30")
    assert demo.returncode == 0, demo.stderr
    for args in (
        ("export", str(tmp_path / "people.csv")),
        ("export", str(tmp_path / "people.xlsx")),
        ("agenda", str(tmp_path / "programme.ics")),
        ("agenda", str(tmp_path / "programme.pdf")),
    ):
        result = _confdesk(tmp_path, *args)
        assert result.returncode == 0, (args, result.stderr)
    calendar = (tmp_path / "programme.ics").read_text(encoding="utf-8")
    assert "TZID:Europe/Berlin" in calendar
