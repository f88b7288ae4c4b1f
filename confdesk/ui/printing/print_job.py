"""The print job that runs while the desk goes on: its progress, Cancel, and its end.

One job at a time; it prints a file of its own (a copy of the preview), so a new preview
made meanwhile cannot change what is being printed. Nothing here is modal: the window, the
check-in screen included, stays usable while the pages go out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from confdesk.errors import UserError
from confdesk.ui.printing.pdf_printing import PrintOutcome, prepare_print_job
from confdesk.ui.shell.background import BackgroundWork
from confdesk.ui.shell.errors.unexpected_errors import report_unexpected
from confdesk.ui.shell.language.messages import describe_error

log = logging.getLogger(__name__)


class PrintJobPanel(QWidget):
    """Shows the running job and what became of the last one."""

    # The job's outcome (a PrintOutcome), or None when it failed.
    ended = Signal(object)
    # One line for the window's status bar, so another screen sees how printing goes.
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel printing"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self._work: BackgroundWork | None = None
        self._job_file: Path | None = None
        self._printer_label = ""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        self.cancel_button.clicked.connect(self.cancel)
        self._show_running(False)

    @property
    def running(self) -> bool:
        return self._work is not None

    def start(
        self,
        job_file: Path,
        document: QPdfDocument,
        printer: QPrinter,
        *,
        max_dpi: int,
        on_printed: Callable[[PrintOutcome], object],
    ) -> None:
        """Print ``job_file`` (shown in ``document``) as ``printer`` is set up; the file
        is deleted when the job ends. ``on_printed`` runs once every page went out."""
        work = prepare_print_job(job_file, document, printer, max_dpi=max_dpi)
        self._job_file = job_file
        self._printer_label = printer.printerName() or Path(printer.outputFileName()).name

        def succeeded(outcome: PrintOutcome) -> None:
            self._say(self._outcome_text(outcome))
            if not outcome.cancelled:
                on_printed(outcome)
            self.ended.emit(outcome)

        self._work = BackgroundWork(self, work, on_success=succeeded, on_error=self._failed)
        self._work.progressed.connect(self._show_progress)
        self._work.finished.connect(self._finished)
        self.progress_bar.setRange(0, 0)  # busy until the first page is counted
        self._say(self.tr("Printing on {printer}…").format(printer=self._printer_label))
        self._show_running(True)
        self._work.start()

    def cancel(self) -> None:
        """Stop after the page being drawn (a PDF already handed to CUPS stays queued)."""
        if self._work is not None:
            self._work.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling after the current page…"))

    def stop_and_wait(self) -> None:
        """For closing the window or the file: the job stops and its thread is gone."""
        if self._work is not None:
            self._work.cancel_and_wait()
            log.info("A print job was stopped because the file or the window closed")
            self._finished()
            self._say(self.tr("Printing stopped: the file was closed."))

    def _show_progress(self, done: int, total: int) -> None:
        if self._work is None or self._work.cancel_requested:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))
        if total > 1:
            self._say(
                self.tr("Printing page {page} of {total} on {printer}…").format(
                    page=min(done + 1, total), total=total, printer=self._printer_label
                )
            )

    def _finished(self) -> None:
        if self._work is not None:
            self._work.deleteLater()
        self._work = None
        if self._job_file is not None:
            self._job_file.unlink(missing_ok=True)
            self._job_file = None
        self._show_running(False)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            log.warning("Printing failed: %s", error)
            self._say(describe_error(error))
        else:  # a bug: say so rather than swallow it
            self._say(self.tr("Printing failed."))
            report_unexpected(error, "printing")
        self.ended.emit(None)

    def _outcome_text(self, outcome: PrintOutcome) -> str:
        if not outcome.cancelled:
            if outcome.vectors:
                # %n is the number of pages, which picks the plural form.
                return self.tr("%n page(s) sent to {printer}.", "", outcome.pages).format(
                    printer=self._printer_label
                )
            return self.tr("%n page(s) printed on {printer}.", "", outcome.pages).format(
                printer=self._printer_label
            )
        if outcome.discarded:
            return self.tr(
                "Printing cancelled after page {page} of {total}: nothing was printed, "
                "nobody is recorded as printed."
            ).format(page=outcome.pages_drawn, total=outcome.pages)
        return self.tr(
            "Printing stopped after page {page} of {total}: those pages were printed, "
            "nobody is recorded as printed."
        ).format(page=outcome.pages_drawn, total=outcome.pages)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status.emit(text)

    def _show_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
