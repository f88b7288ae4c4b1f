"""The window half of ``confdesk bench``'s ``desk`` scenario, run as its own process.

The real main window (whatever platform ``QT_QPA_PLATFORM`` names; the bench asks for
``offscreen``) opens the database, shows the check-in screen, and takes key presses stamped
as a keyboard-wedge scanner stamps them, ``gap_ms`` apart, with or without Enter. For each
scan the figure is the time from sending the last key (Enter, or the last character) to
the result panel painted while it names the person (or the outcome) this scan expects, so
a paint of the previous answer or of "Checking …" does not count.

Input: a JSON file (the first argument) with ``db``, ``gap_ms`` and ``scans``, each scan a
``code``, ``enter`` and ``expect_name`` (the person the panel must name; null for an
unknown code, whose headline it must show). Output:
one JSON line on stdout, ``{"scans": [{"ms": …, "enter": …, "shown": …}, …]}``. Badge
printing and sound are off. Run with ``python -m confdesk.ui.checkin.scan_bench FILE``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from time import perf_counter

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from confdesk import settings
from confdesk.db.models import ScanStatus
from confdesk.settings import Settings
from confdesk.ui.checkin.page import CheckinPage
from confdesk.ui.checkin.result_panel import headline

SCAN_TIMEOUT_MS = 30_000


class _PaintWatch(QObject):
    """Ends the wait at the first paint of the panel that shows the expected text."""

    def __init__(self, page: CheckinPage) -> None:
        super().__init__(page)
        self._page = page
        self.expect = ""
        self.matched = False
        self.painted_at: float | None = None
        self.loop: QEventLoop | None = None

    def shows_expected(self) -> bool:
        panel = self._page.result_panel
        return self.expect in (panel.name_label.text(), panel.headline_label.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and not self.matched
            and self._page.answers_outstanding == 0
            and self.shows_expected()
        ):
            # The clock stops once this paint pass is over: the panel's labels are painted
            # after the panel itself, in the same pass.
            self.matched = True
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted_at = perf_counter()
        if self.loop is not None:
            self.loop.quit()


def _press(target: QObject, text: str, stamp_ms: int) -> None:
    key = Qt.Key.Key_Return if text == "\r" else Qt.Key(ord(text.upper()))
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(stamp_ms)
    QApplication.sendEvent(target, event)


def run(job_path: Path) -> int:
    from confdesk.ui.shell.main_window import MainWindow

    job = json.loads(job_path.read_text(encoding="utf-8"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    user_settings = Settings()
    user_settings.set(settings.DESK_NAME, "Bench")  # else the screen asks for a name first
    user_settings.set(settings.CHECKIN_SOUND, False)
    user_settings.set(settings.BADGE_STATION, False)
    window = MainWindow(user_settings)
    window.resize(1366, 768)
    if not window.open_database(Path(job["db"]), must_exist=True):
        print("the database could not be opened", file=sys.stderr)
        return 2
    window.show()
    window.show_screen("checkin")
    page = window.checkin_page
    watch = _PaintWatch(page)
    page.result_panel.installEventFilter(watch)
    _wait(200)  # the first paint and the screen's own start (counters, list)

    gap_ms = int(job["gap_ms"])
    stamp = 1_000
    results: list[dict[str, object]] = []
    for scan in job["scans"]:
        keys = scan["code"] + ("\r" if scan["enter"] else "")
        target = QApplication.focusWidget() or page.search_edit
        for text in keys[:-1]:
            _press(target, text, stamp)
            stamp += gap_ms
        # A person's name; a code without one (unknown here) shows its headline.
        watch.expect = scan["expect_name"] or headline(ScanStatus.UNKNOWN)
        watch.matched = False
        watch.painted_at = None
        loop = QEventLoop()
        watch.loop = loop
        timeout = QTimer()
        timeout.setSingleShot(True)
        timeout.timeout.connect(loop.quit)
        timeout.start(SCAN_TIMEOUT_MS)
        started = perf_counter()
        _press(target, keys[-1], stamp)
        if watch.painted_at is None:
            loop.exec()
        timeout.stop()
        watch.loop = None
        shown = watch.painted_at is not None
        elapsed = (watch.painted_at or perf_counter()) - started
        panel = page.result_panel
        results.append(
            {
                "ms": elapsed * 1000,
                "enter": bool(scan["enter"]),
                "shown": shown,
                # What the panel said instead, when it never showed the expected answer.
                "panel": ""
                if shown
                else f"{panel.headline_label.text()} {panel.name_label.text()}",
            }
        )
        # The next person steps up a while later: past the scanner's repeat window, so a
        # badge shown twice in a row still counts as two scans.
        stamp += 2_000
        _wait(20)
    print(json.dumps({"scans": results}), flush=True)
    window.release()
    window.close()
    return 0


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1])))
