"""Smoke test of the Windows build under Wine: the setup, the installed program, the uninstaller.

``make dist-windows-test`` builds dist-windows/ (``make dist-windows``) and runs this; ``make
test`` never collects it (tests/conftest.py). In a fresh Wine prefix of its own, with an Xvfb
display for Wine's windows, it installs confdesk-VERSION-setup.exe silently, runs the
installed confdesk-cli.exe and confdesk.exe the way a desk would, and uninstalls it.

Wine-only work-arounds, all here and in installer/windows/wine/, never in the bundle: the
stand-in DLLs (installer/windows/wine/environment.sh), QT_* variables set inside a .cmd file
(Wine does not pass them on to Windows programs), output through pipes (a Windows Python
whose stdout is a file dies under Wine 8), decoded in the console's code page (cp1252).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from confdesk import __version__
from confdesk.ui.shell.app import REPORT_SHOWN_ENV, SHOWN_LINE

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist-windows"
SETUP = DIST / f"confdesk-{__version__}-setup.exe"
ENVIRONMENT_SH = REPO / "installer" / "windows" / "wine" / "environment.sh"
SHOTS = Path(os.environ.get("CONFDESK_SHOTS", "/work/helpers/shots"))
# The stand-ins for Windows 10's DLLs stay in the Wine prefix: the bundle must not carry them.
WINE_STAND_INS = ("icuuc.dll", "bcryptprimitives.dll")
CONSOLE_ENCODING = "cp1252"
TIMEOUT = 300

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("wine") is None, reason="needs Wine: make dist-windows"),
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (Debian: xvfb)"),
    pytest.mark.skipif(not SETUP.is_file(), reason=f"no {SETUP}: make dist-windows builds it"),
]


@dataclass
class Wine:
    prefix: Path
    environment: dict[str, str]
    scratch: Path

    def unix(self, windows_path: str) -> Path:
        return Path(self._output(["winepath", "-u", windows_path]).strip())

    def windows(self, path: Path) -> str:
        return self._output(["winepath", "-w", str(path)]).strip()

    def variable(self, name: str) -> str:
        return self._output(["wine", "cmd", "/c", f"echo %{name}%"]).strip()

    def _output(self, command: list[str]) -> str:
        return subprocess.run(
            command, env=self.environment, capture_output=True, check=True, timeout=TIMEOUT
        ).stdout.decode(CONSOLE_ENCODING)

    def command(self, program: Path, *args: str, qt_platform: str = "offscreen") -> list[str]:
        """`wine cmd /c` of a .cmd file that sets QT_QPA_PLATFORM, then runs the program."""
        quoted = " ".join(f'"{argument}"' for argument in (self.windows(program), *args))
        script = self.scratch / f"run-{time.monotonic_ns()}.cmd"
        script.write_text(
            f"@set QT_QPA_PLATFORM={qt_platform}\r\n@{quoted}\r\n@exit /b %ERRORLEVEL%\r\n",
            encoding=CONSOLE_ENCODING,
        )
        return ["wine", "cmd", "/c", self.windows(script)]

    def run(
        self, program: Path, *args: str, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        finished = subprocess.run(
            self.command(program, *args),
            env={**self.environment, **(extra_env or {})},
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
        return subprocess.CompletedProcess(
            finished.args,
            finished.returncode,
            finished.stdout.decode(CONSOLE_ENCODING, errors="replace"),
            finished.stderr.decode(CONSOLE_ENCODING, errors="replace"),
        )

    def wait_idle(self) -> None:
        """Until every Windows process of this prefix has ended (setups restart themselves)."""
        subprocess.run(["wineserver", "--wait"], env=self.environment, check=True, timeout=600)


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    number = 700 + os.getpid() % 200
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 60
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory, display: str) -> Iterator[Wine]:
    root = tmp_path_factory.mktemp("wine")
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CONFDESK_", "QT_", "XDG_", "WINE"))
    }
    environment.update(WINEPREFIX=str(root / "prefix"), DISPLAY=display)
    # The prefix as build-under-wine.sh makes it: Windows 10, no crash dialog, stand-ins.
    prepared = subprocess.run(
        ["bash", "-c", f'source "{ENVIRONMENT_SH}" && prepare_wine_prefix && env'],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    for line in prepared.stdout.splitlines():
        key, _, value = line.partition("=")
        if key.startswith("WINE"):
            environment[key] = value
    scratch = root / "scratch"
    scratch.mkdir()
    try:
        yield Wine(root / "prefix", environment, scratch)
    finally:
        subprocess.run(["wineserver", "--kill"], env=environment, check=False, timeout=60)


@dataclass
class Installed:
    folder: Path
    cli: Path
    window: Path
    data: Path


@pytest.fixture(scope="module")
def installed(wine: Wine) -> Installed:
    local = wine.unix(wine.variable("LOCALAPPDATA"))
    started = time.monotonic()
    result = wine.run(SETUP, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
    wine.wait_idle()
    print(f"setup installed in {time.monotonic() - started:.0f} s")
    assert result.returncode == 0, result.stdout + result.stderr
    folder = local / "Programs" / "confdesk"
    return Installed(
        folder, folder / "confdesk-cli.exe", folder / "confdesk.exe", local / "confdesk"
    )


def test_bundle_leaves_the_wine_stand_ins_out() -> None:
    names = {path.name.lower() for path in (DIST / "confdesk").rglob("*.dll")}
    assert "qt6core.dll" in names
    assert not names & set(WINE_STAND_INS)


def test_bundle_leaves_software_opengl_out() -> None:
    # The window runs without it (test_window_on_the_windows_platform_plugin): 20 MB less.
    names = {path.name.lower() for path in (DIST / "confdesk").rglob("*.dll")}
    assert "qt6gui.dll" in names
    assert "opengl32sw.dll" not in names


def test_setup_installs_per_user_with_a_start_menu_entry(installed: Installed, wine: Wine) -> None:
    assert installed.cli.is_file()
    assert installed.window.is_file()
    assert (installed.folder / "unins000.exe").is_file()
    start_menu = wine.unix(wine.variable("APPDATA")) / "Microsoft/Windows/Start Menu/Programs"
    assert (start_menu / "confdesk.lnk").is_file(), list(start_menu.rglob("*"))
    # No desktop icon unless asked for.
    desktop = wine.unix(wine.variable("USERPROFILE")) / "Desktop"
    assert not (desktop / "confdesk.lnk").exists()


def test_version(installed: Installed, wine: Wine) -> None:
    result = wine.run(installed.cli, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"confdesk {__version__}"


@pytest.fixture(scope="module")
def demo(installed: Installed, wine: Wine) -> Path:
    """The demo event in the default database, %LOCALAPPDATA%\\confdesk\\confdesk.sqlite."""
    result = wine.run(installed.cli, "demo")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Created “"), result.stdout
    database = installed.data / "confdesk.sqlite"
    assert database.is_file()
    return database


def test_badges_pdf_embeds_the_bundled_font(demo: Path, installed: Installed, wine: Wine) -> None:
    out = wine.scratch / "badges.pdf"
    result = wine.run(installed.cli, "badges", wine.windows(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert b"DejaVuSans" in out.read_bytes()


def test_export_to_excel_then_check_in_by_code(
    demo: Path, installed: Installed, wine: Wine
) -> None:
    workbook_path = wine.scratch / "export.xlsx"
    result = wine.run(installed.cli, "export", wine.windows(workbook_path))
    assert result.returncode == 0, result.stdout + result.stderr
    workbook = load_workbook(workbook_path, read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    codes = [row[rows[0].index("checkin_code")] for row in rows[1:]]
    assert len(codes) > 100
    # Demo people include cancelled and waitlisted ones: check in the first that may enter.
    for code in codes[:20]:
        first = wine.run(installed.cli, "checkin", str(code), "--json")
        if first.returncode == 0:
            break
    assert json.loads(first.stdout)["status"] == "accepted", first.stdout + first.stderr
    again = wine.run(installed.cli, "checkin", str(code), "--json")
    assert again.returncode == 3, again.stdout + again.stderr
    assert json.loads(again.stdout)["status"] == "already_checked_in"


def test_window_opens_offscreen_and_quits_by_itself(
    demo: Path, installed: Installed, wine: Wine
) -> None:
    result = wine.run(installed.cli, "--quit-after", "5", extra_env={REPORT_SHOWN_ENV: "1"})
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert SHOWN_LINE in result.stdout.splitlines()
    assert "Traceback" not in result.stderr


def test_a_second_process_is_refused_with_who_holds_the_database(
    demo: Path, installed: Installed, wine: Wine
) -> None:
    # The lock beside the database is a byte-range lock on Windows (msvcrt.locking, far past
    # the holder's description, which the refused process reads).
    window = subprocess.Popen(
        wine.command(installed.cli, "--quit-after", "120"),
        env={**wine.environment, REPORT_SHOWN_ENV: "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    holder: dict[str, object] = {}
    try:
        assert window.stdout is not None
        for raw in window.stdout:
            if raw.decode(CONSOLE_ENCODING).strip() == SHOWN_LINE:
                break
        second = wine.run(installed.cli, "badges", wine.windows(wine.scratch / "second.pdf"))
        holder = json.loads((demo.parent / "confdesk.sqlite.lock").read_bytes().strip(b"\0 \n"))
    finally:
        # Ending the wine launcher would leave the Windows process running until its
        # --quit-after. Wine 8's taskkill finds it by its process id (the lock names it), not
        # by its image name.
        target = ["/PID", str(holder["pid"])] if "pid" in holder else ["/IM", "confdesk-cli.exe"]
        subprocess.run(
            ["wine", "taskkill", "/F", *target],
            env=wine.environment,
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
        window.communicate(timeout=TIMEOUT)
        wine.wait_idle()
    print("refused:", second.stderr.strip())
    print("holder:", holder)
    assert second.returncode != 0
    assert re.search(
        r"is open in a confdesk window on this computer \(process \d+\)", second.stderr
    )
    assert holder["program"] == "window"


@pytest.mark.skipif(shutil.which("xwininfo") is None, reason="needs xwininfo (Debian: x11-utils)")
def test_window_on_the_windows_platform_plugin(
    demo: Path, installed: Installed, wine: Wine, display: str
) -> None:
    # confdesk.exe, the windowed program, on Qt's own Windows platform plugin; Wine draws it
    # on the Xvfb display, where the screenshot is taken once the window is there.
    window = subprocess.Popen(
        wine.command(installed.window, "--quit-after", "30", qt_platform="windows"),
        env=wine.environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline, tree = time.monotonic() + 120, ""
        while time.monotonic() < deadline:
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree", "-display", display],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if re.search(r'"confdesk[^"]*"', tree):
                break
            time.sleep(0.5)
        assert re.search(r'"confdesk[^"]*"', tree), tree
        # Let the first paint finish before the picture: the screenshot is for people to see.
        time.sleep(5)
        if shutil.which("import"):  # ImageMagick
            SHOTS.mkdir(parents=True, exist_ok=True)
            shot = str(SHOTS / "windows-installed.png")
            subprocess.run(
                ["import", "-display", display, "-window", "root", shot], check=False, timeout=60
            )
        assert window.wait(timeout=TIMEOUT) == 0
    finally:
        if window.poll() is None:
            window.kill()
            window.wait(timeout=60)
        wine.wait_idle()


def test_uninstaller_removes_the_program_and_keeps_the_database(
    demo: Path, installed: Installed, wine: Wine
) -> None:
    result = wine.run(installed.folder / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES")
    wine.wait_idle()
    assert result.returncode == 0, result.stdout + result.stderr
    assert not installed.folder.exists(), list(installed.folder.rglob("*"))
    assert demo.is_file()
