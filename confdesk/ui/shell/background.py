"""Long work off the GUI thread, behind a progress dialog with Cancel.

A core function that reports progress through ``progress(done, total)`` runs on a worker
thread; the result or the error comes back on the GUI thread. Cancel makes the next
progress call raise :class:`Cancelled`, so the core function unwinds through its own
transaction and writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressCallback = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[ProgressCallback], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # delivered to the GUI thread, not lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class BackgroundWork(QObject):
    """One run of ``work`` on a thread of its own, without a dialog: the caller shows the
    progress (``progressed``) where it wants and calls :meth:`cancel`, and the window stays
    usable meanwhile. Emits ``finished`` once, before ``on_success`` or ``on_error``."""

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(
        self,
        parent: QObject,
        work: Callable[[ProgressCallback], Any],
        on_success: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_error = on_error
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._succeed)
        self._worker.failed.connect(self._fail)
        self._done = False
        self._abandoned = False

    def start(self) -> None:
        self._thread.start()

    @property
    def cancel_requested(self) -> bool:
        return self._worker.cancel_requested.is_set()

    @property
    def done(self) -> bool:
        return self._done

    def cancel(self) -> None:
        self._worker.cancel_requested.set()

    def cancel_and_wait(self) -> None:
        """For closing the window: the work stops at its next progress call, its result
        is dropped, and the thread is gone before its owner is."""
        self._abandoned = True
        self.cancel()
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _succeed(self, result: object) -> None:
        if self._abandoned:
            return
        self._finish()
        self._on_success(result)

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        if self._abandoned:
            return
        self._finish()
        if not isinstance(error, Cancelled):
            self._on_error(error)

    def _finish(self) -> None:
        self._done = True
        self._thread.quit()
        self._thread.wait()
        self._close_progress()
        self.finished.emit()

    def _close_progress(self) -> None:
        """Where a subclass takes its progress display down."""


class BackgroundTask(BackgroundWork):
    """One run of ``work`` with a modal progress dialog; emits ``finished`` once."""

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[ProgressCallback], Any],
        on_success: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
    ) -> None:
        super().__init__(parent, work, on_success, on_error)
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(400)  # a quick job never flashes a dialog
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self.progressed.connect(self._show_progress)
        self._dialog.canceled.connect(self.cancel)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        self._dialog.reset()
        self._dialog.close()
        self._dialog.deleteLater()
