"""Screenshots of every screen at 1366×768 from the demo, for docs/screenshots/.

`make screenshots` runs it. The window is the real one, on Qt's offscreen platform (no X
server needed), in German unless --language en; the demo's data, a desk named "Eingang
Nord", one person checked in by code, the badges previewed, an agenda block selected — what
a person sees on the day. Each screen is written as NN-KEY.png.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZE = (1366, 768)
# Generous: the preview renders on a background thread on a busy machine.
WAIT_LIMIT_S = 120.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write the PNGs to")
    parser.add_argument("--language", choices=("de", "en"), default="de")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="confdesk-screenshots-") as scratch:
        _isolate(Path(scratch), args.language)
        return _take(args.out, Path(scratch) / "demo.sqlite")


def _isolate(scratch: Path, language: str) -> None:
    """Settings, logs and data of their own, so the shots do not depend on the machine."""
    config = scratch / "config"
    config.mkdir()
    settings = {"ui/language": language, "desk/name": "Eingang Nord"}
    (config / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    os.environ["CONFDESK_CONFIG_DIR"] = str(config)
    os.environ["CONFDESK_LOG_DIR"] = str(scratch / "logs")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _take(out: Path, database_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from confdesk.cli.main import main as confdesk
    from confdesk.db.models import CheckinSource
    from confdesk.domain.checkin.codes import code_for_registration
    from confdesk.settings import Settings
    from confdesk.ui.shell.app import DeskApplication
    from confdesk.ui.shell.main_window import MainWindow

    if confdesk(["--db", str(database_path), "demo"]) != 0:
        return 1
    app = QApplication(sys.argv[:1])
    desk = DeskApplication(app, Settings())
    window = desk.open_window(database_path)
    window.resize(*SIZE)
    window.show()

    def wait_until(condition: Callable[[], bool], what: str) -> None:
        clock = QElapsedTimer()
        clock.start()
        while not condition():
            if clock.elapsed() > WAIT_LIMIT_S * 1000:
                raise SystemExit(f"screenshots: gave up waiting for {what}")
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents()
            time.sleep(0.02)  # polling: let the background threads run

    def settle() -> None:
        for _ in range(20):
            QCoreApplication.processEvents()

    wait_until(lambda: window.current_event is not None, "the demo event")
    out.mkdir(parents=True, exist_ok=True)

    def checkin(window: MainWindow) -> None:
        page = window.checkin_page
        assert window.database is not None and window.current_event is not None
        someone = window.registrations_page.shown_ids()[3]
        page.handle_code(code_for_registration(window.database, someone), CheckinSource.SCANNER)
        wait_until(lambda: page.answers_outstanding == 0, "the check-in")
        # The counters follow 300 ms after a scan.
        wait_until(lambda: not page.arrived_label.text().startswith("0 "), "the counters")

    def printing(window: MainWindow) -> None:
        page = window.print_page
        page.preview()
        wait_until(lambda: page.document is not None and page.document.pageCount() > 0,
                   "the badge preview")  # fmt: skip

    def agenda(window: MainWindow) -> None:
        page = window.agenda_page
        # A workshop that takes sign-ups, so the side panel shows its people.
        workshops = [session for session in page._sessions if session.capacity]
        if workshops:
            page.select_session(workshops[0].id)

    def dashboard(window: MainWindow) -> None:
        # The conference as it went, so the arrivals make a curve.
        went = database_path.with_name("arrivals.sqlite")
        if confdesk(["--db", str(went), "demo", "--arrivals"]) != 0:
            raise SystemExit("screenshots: the demo with arrivals failed")
        window.open_database(went)
        wait_until(lambda: window.current_event is not None, "the arrivals demo")
        window.show_screen("dashboard")
        settle()
        feed = window.dashboard_page.feed
        wait_until(lambda: feed.latest is not None and not feed.busy, "the dashboard's figures")

    screens: list[tuple[str, Callable[[MainWindow], None] | None]] = [
        ("event", None),
        ("registrations", None),
        ("checkin", checkin),
        ("print", printing),
        ("agenda", agenda),
        ("dashboard", dashboard),
    ]
    for number, (key, prepare) in enumerate(screens, start=1):
        window.show_screen(key)
        settle()
        if prepare is not None:
            prepare(window)
        settle()
        path = out / f"{number:02}-{key}.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"screenshots: cannot write {path}")
        print(path)
    window.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
