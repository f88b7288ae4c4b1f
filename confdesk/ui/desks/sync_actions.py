"""The File menu's work for several desks: a desk copy, exporting and importing a sync file.

Each runs off the GUI thread (a desk copy or a merge of a long day's file takes a while,
and the window must keep answering); the merge's :class:`Changes` go out once through the
window, so every screen — the check-in counts first of all — shows what came in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from confdesk import settings
from confdesk.db.database import Database
from confdesk.domain.changes import Changes
from confdesk.domain.events.service import EventData
from confdesk.domain.progress import Progress
from confdesk.domain.sync.desk_copy import DeskCopy, make_desk_copy
from confdesk.domain.sync.exporting import ExportedSyncFile, export_sync_file
from confdesk.domain.sync.importing import SyncSummary, import_sync_file
from confdesk.errors import UserError
from confdesk.settings import Settings
from confdesk.ui.shell.background import BackgroundTask
from confdesk.ui.shell.errors.unexpected_errors import report_unexpected
from confdesk.ui.shell.file_dialogs import open_file_name, save_file_name
from confdesk.ui.shell.language.formatting import whole_number
from confdesk.ui.shell.language.i18n import ui_language
from confdesk.ui.shell.language.messages import describe_error

DESK_COPY_FILTER = "confdesk (*.sqlite *.db);;*"
SYNC_FILE_SUFFIX = ".confdesk-sync"
SYNC_FILE_FILTER = f"confdesk sync (*{SYNC_FILE_SUFFIX});;*"


class SyncWindow(Protocol):
    """What the actions need of the main window."""

    database: Database | None
    current_event: EventData | None
    settings: Settings

    def broadcast(self, changes: Changes, source: QObject | None = None) -> None: ...


class SyncActions(QObject):
    """Desk copy, export and import for one window; one of them at a time."""

    # After an import: what it brought (the window has broadcast its changes already).
    imported = Signal(object)
    # After an export or a desk copy: this desk's standing with the others changed.
    written = Signal()

    def __init__(self, window: SyncWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = window
        self._parent = parent
        self._task: BackgroundTask | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- Desk copy -------------------------------------------------------------------------
    def make_desk_copy(self) -> None:
        database = self._ready()
        if database is None:
            return
        suggested = database.path.with_name(f"{database.path.stem}-desk2.sqlite")
        chosen = save_file_name(
            self._parent, self.tr("Desk copy for another desk"), str(suggested), DESK_COPY_FILTER
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix == "":
            target = target.with_suffix(".sqlite")
        desk_name = self._window.settings.get(settings.DESK_NAME)

        def work(_progress: Progress) -> DeskCopy:
            return make_desk_copy(database, target, desk_name=desk_name)

        self._run(self.tr("Making the desk copy…"), work, self._desk_copy_made)

    def _desk_copy_made(self, copy: DeskCopy) -> None:
        self.written.emit()
        QMessageBox.information(
            self._parent,
            self.tr("Desk copy for another desk"),
            self.tr(
                "The desk copy is ready:\n{path}\n\nCopy it to the other desk's computer, "
                "open it there (File → Open database) and give that desk a name of its own. "
                "What the desks record then travels by sync file (File → Export sync file…)."
            ).format(path=copy.path),
        )

    # -- Export ----------------------------------------------------------------------------
    def export_sync_file(self) -> None:
        database = self._ready()
        event = self._window.current_event
        if database is None or event is None:
            return
        desk_name = self._window.settings.get(settings.DESK_NAME)
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        name = f"{_file_part(desk_name) or 'desk'}-{stamp}{SYNC_FILE_SUFFIX}"
        chosen = save_file_name(
            self._parent,
            self.tr("Export sync file"),
            str(database.path.parent / name),
            SYNC_FILE_FILTER,
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix == "":
            target = target.with_suffix(SYNC_FILE_SUFFIX)

        def work(_progress: Progress) -> ExportedSyncFile:
            return export_sync_file(database, target, event.id, desk_name=desk_name)

        self._run(self.tr("Writing the sync file…"), work, self._exported)

    def _exported(self, written: ExportedSyncFile) -> None:
        self.written.emit()
        QMessageBox.information(
            self._parent,
            self.tr("Export sync file"),
            self.tr(
                "The sync file is written:\n{path}\n\n{checkins} check-ins, {registrations} "
                "registrations. Import it on the other desks (File → Import sync file…); "
                "it holds personal data: delete it after the event."
            ).format(
                path=written.path,
                checkins=whole_number(written.checkins),
                registrations=whole_number(written.registrations),
            ),
        )

    # -- Import ----------------------------------------------------------------------------
    def import_sync_file(self) -> None:
        database = self._ready()
        if database is None or self._window.current_event is None:
            return
        chosen = open_file_name(
            self._parent,
            self.tr("Import sync file"),
            str(database.path.parent),
            SYNC_FILE_FILTER,
        )
        if chosen:
            self.import_from(Path(chosen))

    def import_from(self, path: Path) -> None:
        """Merge the sync file at ``path`` (the file chosen, or one dropped on a panel)."""
        database = self._ready()
        if database is None:
            return

        def work(_progress: Progress) -> SyncSummary:
            return import_sync_file(database, path)

        self._run(self.tr("Merging the sync file…"), work, self._imported)

    def _imported(self, summary: SyncSummary) -> None:
        self._window.broadcast(summary.changes)
        self.imported.emit(summary)
        QMessageBox.information(
            self._parent, self.tr("Import sync file"), self.summary_text(summary)
        )

    def summary_text(self, summary: SyncSummary) -> str:
        """What one merge brought, in a few lines."""
        lines = [
            self.tr("Merged the sync file of {desk}.").format(
                desk=summary.from_desk or self.tr("another desk")
            ),
            self.tr(
                "New: {checkins} check-ins, {registrations} registrations; "
                "{updated} registrations updated."
            ).format(
                checkins=whole_number(summary.new_checkins),
                registrations=whole_number(summary.new_registrations),
                updated=whole_number(summary.updated_registrations),
            ),
        ]
        if summary.removed_registrations:
            lines.append(
                self.tr("Removed as duplicates: {count} registrations.").format(
                    count=whole_number(summary.removed_registrations)
                )
            )
        if summary.edits_kept_in_history:
            lines.append(
                self.tr("Edits overruled by later ones, kept in the history: {count}.").format(
                    count=whole_number(summary.edits_kept_in_history)
                )
            )
        if summary.held_back:
            lines.append(
                self.tr(
                    "Waiting: {count} records name something this desk does not hold yet; "
                    "they come in with a later file."
                ).format(count=whole_number(summary.held_back))
            )
        if summary.double_entries:
            lines.append(
                self.tr("Double entries: {count} (Check-in → Desks and double entries).").format(
                    count=whole_number(len(summary.double_entries))
                )
            )
            for entry in summary.double_entries[:5]:
                lines.append(f"• {entry.full_name} — {entry.describe(summary.zone, ui_language())}")
        return "\n".join(lines)

    # -- Running ---------------------------------------------------------------------------
    def _ready(self) -> Database | None:
        if self.busy:
            return None
        return self._window.database

    def _run(
        self, label: str, work: Callable[[Progress], Any], on_success: Callable[[Any], object]
    ) -> None:
        self._task = BackgroundTask(self._parent, label, work, on_success, self._failed)
        self._task.finished.connect(self._finished)
        self._task.start()

    def _finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            QMessageBox.warning(self._parent, "confdesk", describe_error(error))
        else:  # a bug: said plainly, not swallowed
            report_unexpected(error, "sync work of the main window")

    def cancel_and_wait(self) -> None:
        if self._task is not None:
            self._task.cancel_and_wait()


def _file_part(name: str) -> str:
    """A desk's name as part of a file name: letters, digits and dashes."""
    kept = "".join(character if character.isalnum() else "-" for character in name.strip())
    return "-".join(part for part in kept.split("-") if part)
