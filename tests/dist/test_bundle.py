"""Smoke test of the built Linux bundle, run with nothing but the bundle.

Each command runs the bundle's own executable in an empty environment (``env -i`` with only
PATH=/usr/bin:/bin, HOME, the XDG folders, a private config folder and the offscreen Qt
platform), from a temporary folder: no virtual environment, no PYTHONPATH, no checkout on
the way; the window opens on the offscreen platform and, where Xvfb is installed, on a
real X server. ``make dist-test`` builds the bundle when it is missing or older than its sources
and runs this; elsewhere it skips. ``CONFDESK_BUNDLE=/path/to/confdesk`` tests another
unpacked bundle (an unpacked release tarball, say).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from confdesk import __version__, settings
from confdesk.settings import Settings
from confdesk.ui.shell.app import REPORT_SHOWN_ENV, SHOWN_LINE

REPO = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("CONFDESK_BUNDLE") or REPO / "dist" / "confdesk").resolve()
PROGRAM = BUNDLE / "confdesk"
INTERNAL = BUNDLE / "_internal"
QT = INTERNAL / "PySide6" / "Qt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tests the Linux bundle"),
    pytest.mark.skipif(
        not PROGRAM.is_file(),
        reason=f"no bundle at {BUNDLE}: 'make dist-test' builds it and runs this test",
    ),
]


def _clean_environment(root: Path) -> dict[str, str]:
    runtime = root / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    (root / "home").mkdir(exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(root / "home"),
        "XDG_CONFIG_HOME": str(root / "config-home"),
        "XDG_DATA_HOME": str(root / "data-home"),
        "XDG_CACHE_HOME": str(root / "cache-home"),
        "XDG_RUNTIME_DIR": str(runtime),
        "CONFDESK_CONFIG_DIR": str(root / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _run(
    root: Path, *args: str, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PROGRAM), *args],
        env={**_clean_environment(root), **(extra_env or {})},
        cwd=root,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bundle-run")


@pytest.fixture(scope="module")
def demo_database(root: Path) -> Path:
    database = root / "desk.sqlite"
    result = _run(root, "--db", str(database), "demo")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Created “"), result.stdout
    assert database.is_file()
    return database


def test_version(root: Path) -> None:
    result = _run(root, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"confdesk {__version__}"


def test_demo_database_is_made_by_the_bundled_migrations(demo_database: Path) -> None:
    # The demo fixture created the file through Alembic, which reads the migration scripts
    # from the bundle's files; a second run finds the event and leaves it alone.
    result = _run(demo_database.parent, "--db", str(demo_database), "demo", "--if-empty")
    assert result.returncode == 0, result.stderr
    assert "already holds an event" in result.stdout


def test_badges_pdf_uses_the_bundled_font(demo_database: Path) -> None:
    out = demo_database.parent / "badges.pdf"
    result = _run(demo_database.parent, "--db", str(demo_database), "badges", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert out.stat().st_size > 10_000
    # Names are set in DejaVu Sans from the bundle's resources/fonts, embedded as a subset.
    assert b"DejaVuSans" in out.read_bytes()


def test_export_to_excel_then_check_in_by_code(demo_database: Path) -> None:
    root = demo_database.parent
    workbook_path = root / "export.xlsx"
    result = _run(root, "--db", str(demo_database), "export", str(workbook_path))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(workbook_path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    codes = [row[rows[0].index("checkin_code")] for row in rows[1:]]
    assert len(codes) > 100

    # Demo people include cancelled and waitlisted ones: check in the first that may enter.
    for code in codes[:20]:
        first = _run(root, "--db", str(demo_database), "checkin", str(code), "--json")
        if first.returncode == 0:
            break
    assert json.loads(first.stdout)["status"] == "accepted", first.stdout + first.stderr
    again = _run(root, "--db", str(demo_database), "checkin", str(code), "--json")
    assert again.returncode == 3
    assert json.loads(again.stdout)["status"] == "already_checked_in"


def test_window_opens_on_the_check_in_screen_and_quits_by_itself(demo_database: Path) -> None:
    root = demo_database.parent
    # The check-in screen loads QtMultimedia and its FFmpeg plugin (for the camera) when it
    # is first shown; Qt's plugin log shows which plugin files were loaded, and from where.
    Settings(Path(_clean_environment(root)["CONFDESK_CONFIG_DIR"])).set(
        settings.LAST_SCREEN, "checkin"
    )
    result = _run(
        root,
        "--db",
        str(demo_database),
        "--quit-after",
        "2",
        extra_env={REPORT_SHOWN_ENV: "1", "QT_DEBUG_PLUGINS": "1"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert SHOWN_LINE in result.stdout.splitlines()
    assert "Traceback" not in result.stderr
    loaded = _loaded_plugin_files(result.stderr)
    assert {"libqoffscreen.so", "libqsvgicon.so", "libffmpegmediaplugin.so"} <= {
        path.name for path in loaded
    }
    assert all(path.is_relative_to(BUNDLE) for path in loaded)
    failed = [
        line for line in result.stderr.splitlines() if str(BUNDLE) in line and "cannot load" in line
    ]
    assert not failed


def _loaded_plugin_files(stderr: str) -> list[Path]:
    """The plugin files Qt's log (QT_DEBUG_PLUGINS=1) says it loaded."""
    return [
        Path(line.split('"')[1])
        for line in stderr.splitlines()
        if line.startswith('qt.core.library: "/') and line.endswith(" loaded library")
    ]


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (Debian: xvfb)")
def test_window_opens_on_a_real_x_server(demo_database: Path) -> None:
    # Offscreen proves the program; a desk's screen is X11 (or XWayland) through the xcb
    # plugin, whose libraries come partly from the bundle and partly from the system.
    display = f":{600 + os.getpid() % 300}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.5)
        result = _run(
            demo_database.parent,
            "--db",
            str(demo_database),
            "--quit-after",
            "1",
            extra_env={
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                REPORT_SHOWN_ENV: "1",
                "QT_DEBUG_PLUGINS": "1",
            },
        )
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
    assert result.returncode == 0, result.stderr[-3000:]
    assert SHOWN_LINE in result.stdout.splitlines()
    assert QT / "plugins" / "platforms" / "libqxcb.so" in _loaded_plugin_files(result.stderr)


def test_names_in_other_scripts_get_search_keys_from_the_bundled_tables(tmp_path: Path) -> None:
    # anyascii reads its tables from package data files; a bundle without them fails on
    # the first such name.
    database = tmp_path / "desk.sqlite"
    created = _run(tmp_path, "--db", str(database), "demo", "--attendees", "1")
    assert created.returncode == 0, created.stderr
    source = tmp_path / "attendees.csv"
    source.write_text("Vorname;Nachname\n小明;王\nדוד;לוי\n", encoding="utf-8")
    imported = _run(tmp_path, "--db", str(database), "import", str(source))
    assert imported.returncode == 0, imported.stderr
    with closing(sqlite3.connect(database)) as connection:
        keys = connection.execute(
            "SELECT search_key FROM registrations WHERE family_name IN ('王', 'לוי') ORDER BY id"
        ).fetchall()
    assert keys == [("xiaoming wang wangxiaoming",), ("dvd lvy lvydvd",)]


def test_bundle_carries_resources_and_migrations_as_files() -> None:
    package = INTERNAL / "confdesk"
    assert (package / "resources" / "icons" / "confdesk.svg").is_file()
    for font_file in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert (package / "resources" / "fonts" / font_file).is_file()
    for source in sorted((REPO / "resources" / "translations").glob("*.ts")):
        assert (package / "resources" / "translations" / f"{source.stem}.qm").is_file()
    assert (QT / "translations" / "qtbase_de.qm").is_file()
    migrations = package / "db" / "migrations"
    assert (migrations / "env.py").is_file()
    shipped = {path.name for path in (migrations / "versions").glob("*.py")}
    expected = {path.name for path in (REPO / "confdesk/db/migrations/versions").glob("*.py")}
    assert shipped == expected


PLUGINS_THE_DESK_NEEDS = (
    "platforms/libqxcb.so",
    "platforms/libqwayland.so",
    "platforms/libqoffscreen.so",
    "printsupport/libcupsprintersupport.so",
    "multimedia/libffmpegmediaplugin.so",
    "imageformats/libqsvg.so",
    "imageformats/libqjpeg.so",
    "iconengines/libqsvgicon.so",
)


def test_bundle_carries_the_qt_plugins_and_libraries_the_desk_uses() -> None:
    # ReportLab, SQLAlchemy, Alembic, openpyxl and zxing-cpp are proven by the commands
    # above; Qt's printing and the other screens' plugins load only when used.
    for plugin in PLUGINS_THE_DESK_NEEDS:
        assert (QT / "plugins" / plugin).is_file(), plugin
    for library in ("Pdf", "PdfWidgets", "PrintSupport", "Multimedia", "MultimediaWidgets",
                    "Charts"):  # fmt: skip
        assert (QT / "lib" / f"libQt6{library}.so.6").is_file(), library


def test_bundle_leaves_out_the_big_parts_of_qt_it_never_uses() -> None:
    names = [path.name for path in INTERNAL.rglob("*")]
    # QtCharts is wanted: the dashboard's arrivals chart.
    for unwanted in ("WebEngine", "Qt63D", "Quick3D", "VirtualKeyboard", "Designer"):
        found = [name for name in names if unwanted in name]
        assert not found, found


def test_bundle_has_no_link_to_a_missing_file() -> None:
    dangling = [str(path) for path in BUNDLE.rglob("*") if path.is_symlink() and not path.exists()]
    assert not dangling


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
@pytest.mark.parametrize(
    "library",
    [
        "plugins/platforms/libqoffscreen.so",
        "plugins/printsupport/libcupsprintersupport.so",
        "plugins/multimedia/libffmpegmediaplugin.so",
        "lib/libQt6PdfWidgets.so.6",
        "lib/libQt6MultimediaWidgets.so.6",
        "lib/libQt6Charts.so.6",
    ],
)
def test_bundled_qt_parts_find_every_library_they_link(library: str) -> None:
    # Printing and PDF load only when used; a library missing from the bundle would show
    # only then, on a desk, so the dynamic linker is asked now.
    result = subprocess.run(
        ["ldd", str(QT / library)],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert "not found" not in result.stdout, result.stdout
