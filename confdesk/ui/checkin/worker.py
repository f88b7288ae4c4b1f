"""The check-in screen's writes, on a thread of their own.

A write waits up to the busy timeout while another program holds the file; on the GUI
thread that froze the window for seconds per scan. :class:`CheckinWorker` lives on a
:class:`QThread` with its own :class:`~confdesk.domain.checkin.desk.CheckinDesk` (a desk holds one
SQLite connection and is never shared between threads) and a
:class:`~confdesk.domain.checkin.queue.ScanQueue`. The screen sends it requests through
signals, so they are handled one after the other in the order sent, and gets every answer
back on the GUI thread through :attr:`CheckinWorker.answered`.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from confdesk.db.backups import WHILE_WORKING_INTERVAL
from confdesk.db.database import Database
from confdesk.db.storage_faults import StorageError, StorageFault
from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity
from confdesk.domain.checkin.queue import NotStored, ScanQueue, ScanRequest
from confdesk.errors import UserError

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UndoRequest:
    checkin_id: int
    identity: DeskIdentity


@dataclass(frozen=True)
class Stopped:
    """The desk writes nothing more: the file is damaged or gone."""

    fault: StorageFault
    rescue_path: str
    lost: tuple[NotStored, ...] = ()


class UnexpectedError(Exception):
    """A failure that is no storage fault and no user mistake: a bug. The screen says that
    nothing was recorded; the log keeps the traceback."""


class CheckinWorker(QObject):
    # (ticket, answer): answer is a ScanResult, NotStored, UndoResult, UserError or
    # UnexpectedError.
    answered = Signal(int, object)
    # A scan that waited is now stored: a Stored.
    stored = Signal(object)
    # How many scans wait, and why (a StorageFault value, "" when none wait).
    waiting_changed = Signal(int, str)
    # A Stopped.
    stopped = Signal(object)
    # CheckinCounters, read on this desk's connection (whose data_version moves only when
    # someone else writes, so the expected numbers are not read again after each scan).
    counted = Signal(object)

    def __init__(self, database: Database, event_id: int) -> None:
        super().__init__()
        self._database = database
        self._event_id = event_id
        self._queue: ScanQueue | None = None
        self._stopped = False

    # -- Slots (run on the worker thread) -------------------------------------------------
    @Slot(int, object)
    def submit(self, ticket: int, request: object) -> None:
        assert isinstance(request, ScanRequest)
        queue = self._open()
        if queue is None:
            self.answered.emit(ticket, self._refused(request))
            return
        try:
            answer: object = queue.submit(request)
        except UserError as error:
            answer = error
        except Exception as error:  # a bug must not leave the screen on "Checking"
            _log.exception("Check-in failed unexpectedly")
            answer = UnexpectedError(str(error))
        if isinstance(answer, NotStored):
            # The screen knows the scan waits before it shows the red: a close or a leave
            # right after the answer asks first (both signals arrive in this order).
            self._report_waiting()
        self.answered.emit(ticket, answer)
        if isinstance(answer, NotStored) and not answer.fault.may_pass:
            self._stop(answer.fault)
        elif getattr(answer, "checkin_id", None) is not None:
            self._back_up()
        self._report_waiting()

    @Slot(int, object)
    def undo(self, ticket: int, request: object) -> None:
        assert isinstance(request, UndoRequest)
        queue = self._open()
        if queue is None or self._stopped:
            self.answered.emit(
                ticket, StorageError(queue.fault if queue and queue.fault else _GONE)
            )
            return
        queue.desk.identity = request.identity
        try:
            answer: object = queue.desk.undo(request.checkin_id)
        except UserError as error:
            answer = error
        except Exception as error:
            _log.exception("Undo failed unexpectedly")
            answer = UnexpectedError(str(error))
        self.answered.emit(ticket, answer)
        if isinstance(answer, StorageError) and not answer.fault.may_pass:
            self._stop(answer.fault)

    @Slot()
    def retry(self) -> None:
        queue = self._queue
        if queue is None or self._stopped or not queue.waiting:
            return
        try:
            outcome = queue.retry()
        except Exception:
            _log.exception("Retrying waiting scans failed unexpectedly")
            return
        for stored in outcome.stored:
            self.stored.emit(stored)
        if any(stored.result is not None and stored.result.checkin_id for stored in outcome.stored):
            self._back_up()
        if queue.stopped:
            self._stop(queue.fault or _GONE, tuple(outcome.lost))
        self._report_waiting()

    @Slot()
    def count(self) -> None:
        queue = self._open()
        if queue is None:
            return
        try:
            counters = queue.desk.counters()
        except (StorageError, sqlite3.Error) as error:
            _log.warning("Check-in counters not read: %s", error)
            return
        self.counted.emit(counters)

    @Slot()
    def check_file(self) -> None:
        """Cheap (two stat calls): is the file and WAL still the one written to? A WAL
        deleted by another program, or the file moved, is found (and rescued) even while
        nobody scans."""
        if self._stopped:
            return
        try:
            self._database.verify_on_disk()
        except StorageError as error:
            self._stop(error.fault)

    @Slot()
    def close(self) -> None:
        if self._queue is not None:
            self._queue.desk.close()
            self._queue = None

    # -- Parts ----------------------------------------------------------------------------
    def _open(self) -> ScanQueue | None:
        if self._queue is None and not self._stopped:
            try:
                self._queue = ScanQueue(CheckinDesk(self._database, self._event_id))
            except StorageError as error:
                self._stop(error.fault)
        return self._queue

    def _refused(self, request: ScanRequest) -> object:
        fault = self._queue.fault if self._queue and self._queue.fault else _GONE
        return NotStored(request, fault, unreadable=True)

    def _stop(self, fault: StorageFault, lost: tuple[NotStored, ...] = ()) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self._queue is not None and not lost:
            lost = tuple(self._queue.stop(fault))
        rescue = self._database.rescue_path
        self.stopped.emit(Stopped(fault, str(rescue) if rescue else "", lost))
        self._report_waiting()

    def _report_waiting(self) -> None:
        queue = self._queue
        waiting = len(queue.waiting) if queue is not None else 0
        fault = queue.fault.value if queue is not None and queue.fault and waiting else ""
        self.waiting_changed.emit(waiting, fault)

    def _back_up(self) -> None:
        # Every few minutes while check-ins come in; a backup that fails must never
        # disturb the desk (a full disk already says so at the next scan).
        try:
            self._database.backup("working", not_within=WHILE_WORKING_INTERVAL)
        except (OSError, sqlite3.Error) as error:
            _log.warning("No backup while checking in: %s", error)


_GONE = StorageFault.FILE_GONE


class CheckinThread(QObject):
    """The worker and its thread; signals in, answers out. ``close()`` before the database
    closes."""

    submit_requested = Signal(int, object)
    undo_requested = Signal(int, object)
    retry_requested = Signal()
    check_requested = Signal()
    count_requested = Signal()
    _close_requested = Signal()

    def __init__(self, database: Database, event_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self.worker = CheckinWorker(database, event_id)
        self.worker.moveToThread(self._thread)
        self.submit_requested.connect(self.worker.submit)
        self.undo_requested.connect(self.worker.undo)
        self.retry_requested.connect(self.worker.retry)
        self.check_requested.connect(self.worker.check_file)
        self.count_requested.connect(self.worker.count)
        self._close_requested.connect(self.worker.close, Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.start()

    def close(self) -> None:
        """Wait for the work in hand (a write waiting for a lock takes up to the busy
        timeout), close the worker's connection, end the thread."""
        if not self._thread.isRunning():
            return
        self._close_requested.emit()
        self._thread.quit()
        self._thread.wait()
