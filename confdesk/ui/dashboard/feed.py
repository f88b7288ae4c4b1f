"""The dashboard's figures, read off the window's thread and no more often than needed.

A scan at the desk ends in a broadcast of :class:`~confdesk.domain.changes.Changes`; the
feed waits a moment (a queue of scans is read once, not once per scan), then reads the
report figures on a thread of its own — at tens of thousands of registrations that read
takes longer than a frame — and hands them to every view watching. Nobody watching, it
only notes that its figures are stale and reads them when a view is shown again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from confdesk.db.database import Database
from confdesk.domain.changes import Changes
from confdesk.domain.events.service import EventData
from confdesk.domain.reports.figures import EventReport, event_report
from confdesk.ui.shell.background import BackgroundWork, ProgressCallback

log = logging.getLogger(__name__)
# Long enough to take a burst of scans together, short enough to follow a scan within a
# second (the read itself takes a few hundred milliseconds at most at 50,000 people).
DEBOUNCE_MS = 300


def _matters(changes: Changes) -> bool:
    """What the figures are made of: people, their groups, check-ins, the sessions."""
    return (
        changes.checkins
        or changes.registrations
        or changes.organizations
        or changes.agenda
        or changes.signups
        or changes.event
    )


class DashboardFeed(QObject):
    updated = Signal(object)  # EventReport
    failed = Signal(object)  # BaseException

    def __init__(self, is_watched: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._is_watched = is_watched
        self._database: Database | None = None
        self._event: EventData | None = None
        self._work: BackgroundWork | None = None
        self._again = False  # something changed while a read was running
        self.stale = True
        self.latest: EventReport | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._read)

    @property
    def busy(self) -> bool:
        return self._work is not None or self._timer.isActive()

    def set_event(self, database: Database | None, event: EventData | None) -> None:
        self.release()
        self._database = database
        self._event = event
        self.latest = None
        self.stale = True
        self.watch()

    def on_changes(self, changes: Changes) -> None:
        if _matters(changes):
            self.stale = True
            self.watch()

    def watch(self) -> None:
        """A view is (again) on screen: bring its figures up to date soon."""
        if self.stale and self._event is not None and self._is_watched():
            self._timer.start()

    def refresh_now(self) -> None:
        self.stale = True
        if self._event is not None:
            self._timer.start(0)

    def release(self) -> None:
        """Before the database closes: no read left running on it."""
        self._timer.stop()
        if self._work is not None:
            self._work.cancel_and_wait()
            self._work.deleteLater()
            self._work = None
        self._again = False

    def _read(self) -> None:
        if self._database is None or self._event is None:
            return
        if self._work is not None:
            self._again = True
            return
        database, event_id = self._database, self._event.id
        self.stale = False

        def work(_progress: ProgressCallback) -> EventReport:
            return event_report(database, event_id)

        self._work = BackgroundWork(self, work, self._deliver, self._fail)
        self._work.finished.connect(self._finished)
        self._work.start()

    def _finished(self) -> None:
        if self._work is not None:
            self._work.deleteLater()
        self._work = None
        if self._again:
            self._again = False
            self._timer.start()

    def _deliver(self, report: EventReport) -> None:
        self.latest = report
        self.updated.emit(report)

    def _fail(self, error: BaseException) -> None:
        log.warning("The dashboard's figures could not be read: %s", error)
        self.stale = True
        self.failed.emit(error)
