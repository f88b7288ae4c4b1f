"""The dashboard screen (Ctrl+6): arrivals against registrations, who came by group, each
session's load, no-shows so far — updated within a second of a scan; full screen for a
projector (F11, Esc leaves) and the post-event report as a file (only totals)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from confdesk import settings
from confdesk.db.database import Database
from confdesk.domain.changes import Changes
from confdesk.domain.events.service import EventData
from confdesk.domain.reports.figures import EventReport
from confdesk.errors import UserError
from confdesk.output.files import file_name_part
from confdesk.settings import Settings
from confdesk.ui.dashboard.feed import DashboardFeed
from confdesk.ui.dashboard.full_screen import DashboardWindow, other_screen
from confdesk.ui.dashboard.view import DashboardView
from confdesk.ui.shell.background import BackgroundTask, ProgressCallback
from confdesk.ui.shell.errors.unexpected_errors import report_unexpected
from confdesk.ui.shell.file_dialogs import save_file_name
from confdesk.ui.shell.language.formatting import short_time
from confdesk.ui.shell.language.messages import describe_error

log = logging.getLogger(__name__)
# From any screen (the window's Go menu): the projector is switched on whenever.
FULL_SCREEN_KEY = "F11"


class DashboardPage(QWidget):
    # The dashboard writes nothing to the file; the signal is every screen's contract.
    changed = Signal(object)

    def __init__(self, user_settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = user_settings
        self._database: Database | None = None
        self._event: EventData | None = None
        self._report_task: BackgroundTask | None = None
        self.full_screen: DashboardWindow | None = None
        self.feed = DashboardFeed(self._is_watched, self)
        self.feed.updated.connect(self._show_report)
        self.feed.failed.connect(self._show_failure)

        self.as_of_label = QLabel()
        self.report_button = QPushButton(self.tr("&Report…"))
        self.report_button.setToolTip(
            self.tr(
                "Save the post-event report as PDF or Excel workbook: only totals, no names, "
                "so it can be passed on"
            )
        )
        self.full_screen_button = QPushButton(self.tr("F&ull screen"))
        self.full_screen_button.setToolTip(
            self.tr(
                "The dashboard alone, for a second monitor or a projector ({key}); Esc leaves"
            ).format(key=FULL_SCREEN_KEY)
        )
        self.report_button.clicked.connect(self.save_report)
        self.full_screen_button.clicked.connect(self.show_full_screen)
        self.view = DashboardView()
        top = QHBoxLayout()
        top.addWidget(self.as_of_label, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.full_screen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._update_enabled()

    # -- The event and its changes -------------------------------------------------------
    def set_event(self, database: Database | None, event: EventData | None) -> None:
        self._database = database
        self._event = event
        self.as_of_label.clear()
        if self.full_screen is not None:
            if event is None:
                self.full_screen.close()
            else:  # another event chosen while the projector shows the dashboard
                self.full_screen.title_label.setText(event.title)
        self.feed.set_event(database, event)
        self._update_enabled()

    def on_changes(self, changes: Changes, _source: object) -> None:
        if changes.event and self.full_screen is not None and self._event is not None:
            self.full_screen.title_label.setText(self._event.title)
        self.feed.on_changes(changes)

    def release(self) -> None:
        """Before the database closes."""
        self.feed.release()

    def close_full_screen(self) -> None:
        if self.full_screen is not None:
            self.full_screen.close()

    def _is_watched(self) -> bool:
        return self.isVisible() or self.full_screen is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.feed.watch()

    def _show_report(self, report: EventReport) -> None:
        self.view.show_report(report)
        if self.full_screen is not None:
            self.full_screen.show_report(report)
        self.as_of_label.setText(
            self.tr("As of {time}; follows every check-in.").format(time=short_time(report.made_at))
        )

    def _show_failure(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.as_of_label.setText(
                self.tr("The figures could not be read: {reason}").format(
                    reason=describe_error(error)
                )
            )
        else:
            report_unexpected(error, "reading the dashboard's figures")

    def _update_enabled(self) -> None:
        has_event = self._event is not None
        self.report_button.setEnabled(has_event and self._report_task is None)
        self.full_screen_button.setEnabled(has_event)

    # -- Full screen ---------------------------------------------------------------------
    def show_full_screen(self) -> None:
        if self._event is None:
            return
        if self.full_screen is not None:
            self.full_screen.raise_()
            self.full_screen.activateWindow()
            return
        window = DashboardWindow(self._event.title, other_screen(self))
        window.closed.connect(self._full_screen_closed)
        self.full_screen = window
        if self.feed.latest is not None:
            window.show_report(self.feed.latest)
        window.showFullScreen()
        window.activateWindow()
        self.feed.watch()

    def _full_screen_closed(self) -> None:
        self.full_screen = None

    # -- The report ----------------------------------------------------------------------
    def save_report(self) -> None:
        if self._database is None or self._event is None or self._report_task is not None:
            return
        folder = Path(self._settings.get(settings.PDF_FOLDER) or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        event = file_name_part(self._event.title)
        name = self.tr("Report-{event}.pdf").format(event=event) if event else self.tr("Report.pdf")
        chosen = save_file_name(
            self,
            self.tr("Save the report (only totals, no names)"),
            str(folder / name),
            self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".pdf")
        database, event_id = self._database, self._event.id

        def work(_progress: ProgressCallback) -> Path:
            from confdesk.output.reports.writer import write_report

            return write_report(database, event_id, path).path

        self._report_task = BackgroundTask(
            self, self.tr("Writing the report…"), work, self._report_saved, self._report_failed
        )
        self._report_task.finished.connect(self._report_finished)
        self._update_enabled()
        self._report_task.start()

    def _report_saved(self, path: Path) -> None:
        self._settings.set(settings.PDF_FOLDER, str(path.parent))
        QMessageBox.information(
            self,
            self.tr("Report saved"),
            self.tr(
                "The report is saved as\n{path}\n\nIt holds only totals — registrations, "
                "attendance, the groups, the sessions, the arrivals — and no names, e-mail "
                "addresses or organisations, so it may be passed on."
            ).format(path=path),
        )

    def _report_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            QMessageBox.warning(self, self.tr("Report"), describe_error(error))
        elif isinstance(error, OSError):
            QMessageBox.warning(
                self,
                self.tr("Report"),
                self.tr("The report could not be written: {reason}").format(
                    reason=error.strerror or error
                ),
            )
        else:
            report_unexpected(error, "writing the report")

    def _report_finished(self) -> None:
        if self._report_task is not None:
            self._report_task.deleteLater()
        self._report_task = None
        self._update_enabled()

    @property
    def busy(self) -> bool:
        return self._report_task is not None
