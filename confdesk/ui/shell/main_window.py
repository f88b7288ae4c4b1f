"""The main window: navigation between the desk's screens, the menus, the status bar.

The window holds the open :class:`Database` (an engine, never a live session); screens
get services built on it and refresh themselves from what those services return.

Every write on a screen ends in that screen's ``changed`` signal with the operation's
:class:`~confdesk.domain.changes.Changes`; the window broadcasts it once (``changed``) to
itself and to every screen's ``on_changes``, and each screen decides whether to refresh
(Anki's way). No screen is wired to another.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QObject,
    QSize,
    QStandardPaths,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from confdesk import __version__, settings
from confdesk.db.backups import copy_database, restore_backup
from confdesk.db.database import Database, open_database
from confdesk.domain.changes import Changes
from confdesk.domain.events.counts import event_counts
from confdesk.domain.events.service import EventData, EventService
from confdesk.domain.progress import Progress
from confdesk.errors import UserError
from confdesk.paths import resources_dir
from confdesk.settings import Settings
from confdesk.ui.agenda.commands import AgendaHistory
from confdesk.ui.agenda.page import AgendaPage
from confdesk.ui.checkin.page import CheckinPage
from confdesk.ui.dashboard.page import FULL_SCREEN_KEY, DashboardPage
from confdesk.ui.desks.desks_dialog import DESKS_TAB, DOUBLE_ENTRIES_TAB, DesksDialog
from confdesk.ui.desks.lan_link import LanLink
from confdesk.ui.desks.sync_actions import SyncActions
from confdesk.ui.event.new_event_dialog import NewEventDialog
from confdesk.ui.event.page import EventPage
from confdesk.ui.printing.page import PrintPage
from confdesk.ui.registrations.page import RegistrationsPage
from confdesk.ui.shell.background import BackgroundTask
from confdesk.ui.shell.errors.qt_logging import open_log_folder
from confdesk.ui.shell.errors.unexpected_errors import report_unexpected
from confdesk.ui.shell.file_dialogs import open_file_name, save_file_name
from confdesk.ui.shell.language.formatting import file_time, short_date, whole_number
from confdesk.ui.shell.language.messages import describe_error
from confdesk.ui.shell.navigation import ScreenList
from confdesk.ui.shell.welcome_page import WelcomePage
from confdesk.ui.shell.widgets.wrapping_combo import WrappingComboBox

if TYPE_CHECKING:
    from confdesk.domain.demo.conference import DemoSummary

DATABASE_FILE_FILTER = "confdesk (*.sqlite *.db);;*"
DEMO_ATTENDEES = 180
# The check-in screen from anywhere, with one key: the desk's most urgent screen. Not F2,
# which edits a cell in the rooms table, nor a key a text field or combo box uses.
CHECKIN_KEY = "F9"
SIDEBAR_MIN_WIDTH = 180


_log = logging.getLogger(__name__)
# Opening failures that can pass without another file: trying again may succeed.
_PASSING_OPEN_ERRORS = frozenset(
    {
        "locked",
        "open_in_window",
        "open_in_command",
        "open_on_other_computer",
        "disk_full",
        "io_error",
        "missing",  # a USB stick plugged in again
    }
)


@dataclass(frozen=True)
class _FailedOpen:
    path: Path
    must_exist: bool
    backup: Path | None


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    # For the benchmark and end-to-end tests: fired once the window is first on screen.
    first_shown = Signal()
    # What one write changed, and the screen that wrote (None: the window): once per write.
    changed = Signal(object, object)

    def __init__(
        self,
        user_settings: Settings,
        parent: QWidget | None = None,
        *,
        agenda_history: AgendaHistory | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = user_settings
        self.database: Database | None = None
        self._failed_open: _FailedOpen | None = None
        self.events: EventService | None = None
        self.current_event: EventData | None = None
        self._background: BackgroundTask | None = None
        self._was_shown = False
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "confdesk.svg")))
        self.setMinimumSize(QSize(720, 480))

        self.event_combo = WrappingComboBox()
        self.navigation = ScreenList()
        self.welcome_page = WelcomePage()
        self.event_page = EventPage()
        self.registrations_page = RegistrationsPage()
        self.checkin_page = CheckinPage(user_settings)
        self.print_page = PrintPage(user_settings)
        self.print_page.filtered_ids = self.registrations_page.shown_ids
        self.agenda_page = AgendaPage(agenda_history)
        self.dashboard_page = DashboardPage(user_settings)
        # Several desks at one venue: desk copies, sync files, the desk panel (issue 17).
        self.sync_actions = SyncActions(self, self)
        self.desks_dialog = DesksDialog(user_settings, self.sync_actions, self)
        # The LAN exchange: runs with the check-in screen, only for an event with desks.
        self.lan_link = LanLink(user_settings, self.broadcast, self)
        self.desks_dialog.add_peer_source(self.lan_link.peer_rows)
        self.desks_dialog.set_lan_link(self.lan_link)
        self.lan_link.peers_changed.connect(self._lan_peers_changed)
        self.lan_link.status.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome_page)
        self.pages.addWidget(self.event_page)
        self.pages.addWidget(self.registrations_page)
        self.pages.addWidget(self.checkin_page)
        self.pages.addWidget(self.print_page)
        self.pages.addWidget(self.agenda_page)
        self.pages.addWidget(self.dashboard_page)
        self._screens: list[tuple[str, QWidget]] = [
            ("event", self.event_page),
            ("registrations", self.registrations_page),
            ("checkin", self.checkin_page),
            ("print", self.print_page),
            ("agenda", self.agenda_page),
            ("dashboard", self.dashboard_page),
        ]
        for key, _page in self._screens:
            self.navigation.add_screen(key, self._screen_title(key), self._screen_keys(key))

        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar_layout = QVBoxLayout(sidebar)
        event_label = QLabel(self.tr("&Event:"))
        event_label.setBuddy(self.event_combo)
        sidebar_layout.addWidget(event_label)
        sidebar_layout.addWidget(self.event_combo)
        sidebar_layout.addWidget(self.navigation, 1)
        # As wide as the screens' names with their keys, and no wider: the screens need it.
        sidebar_margins = sidebar_layout.contentsMargins()
        sidebar.setFixedWidth(
            max(SIDEBAR_MIN_WIDTH, self.navigation.width_needed())
            + sidebar_margins.left()
            + sidebar_margins.right()
        )
        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(sidebar)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.sidebar = sidebar

        self.database_label = QLabel()
        # Which event and which desk this is, never covered by a passing message.
        self.event_desk_label = QLabel()
        self.event_desk_label.setContentsMargins(0, 0, 12, 0)
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.event_desk_label)
        self._status_separator = QFrame()
        self._status_separator.setFrameShape(QFrame.Shape.VLine)
        self._status_separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.statusBar().addPermanentWidget(self._status_separator)
        self.statusBar().addPermanentWidget(self.counts_label)
        # A temporary message is drawn over the normal widgets: make room for it.
        self.statusBar().messageChanged.connect(
            lambda message: self.database_label.setVisible(not message)
        )
        # A print job runs on while the desk scans: its progress shows on every screen.
        self.print_page.print_job.status.connect(
            lambda text: self.statusBar().showMessage(text, 15_000)
        )

        self._build_menus()
        self.navigation.currentRowChanged.connect(self._show_screen)
        self.event_combo.activated.connect(self._choose_event)
        self.welcome_page.create_event_requested.connect(self.create_event)
        self.welcome_page.load_demo_requested.connect(self.load_demo)
        self.welcome_page.open_database_requested.connect(self.choose_database_to_open)
        self.welcome_page.new_database_requested.connect(self.choose_new_database)
        self.welcome_page.retry_requested.connect(self.retry_open)
        self.welcome_page.restore_backup_requested.connect(self.restore_newest_backup)
        self.welcome_page.copy_requested.connect(self.copy_read_only_database)
        self.checkin_page.print_badge_requested.connect(self.print_badge)
        self.checkin_page.desks_requested.connect(self.show_desks)
        self.agenda_page.rooms_requested.connect(self.add_rooms)
        self.checkin_page.double_entries_requested.connect(
            lambda: self.desks_dialog.show_tab(DOUBLE_ENTRIES_TAB)
        )
        self._connect_changes()
        self._restore_geometry()
        self._refresh()

    # -- Menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_event_action = self._action(self.tr("New &event…"), None, self.create_event)
        self.open_database_action = self._action(
            self.tr("&Open database…"), QKeySequence.StandardKey.Open, self.choose_database_to_open
        )
        self.new_database_action = self._action(
            self.tr("New &database…"), QKeySequence("Ctrl+Shift+N"), self.choose_new_database
        )
        self.load_demo_action = self._action(
            self.tr("Load the &demo conference"), None, self.load_demo
        )
        quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.new_event_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_database_action)
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.load_demo_action)
        file_menu.addSeparator()
        self.desk_copy_action = self._action(
            self.tr("Des&k copy for another desk…"), None, self.sync_actions.make_desk_copy
        )
        self.export_sync_action = self._action(
            self.tr("E&xport sync file…"), None, self.sync_actions.export_sync_file
        )
        self.import_sync_action = self._action(
            self.tr("&Import sync file…"), None, self.sync_actions.import_sync_file
        )
        file_menu.addAction(self.desk_copy_action)
        file_menu.addAction(self.export_sync_action)
        file_menu.addAction(self.import_sync_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for key, _page in self._screens:
            action = self._action(
                self._screen_title(key),
                None,
                lambda _checked=False, screen=key: self.show_screen(screen),
            )
            action.setShortcuts(self._screen_keys(key))
            go_menu.addAction(action)
        self.full_screen_action = self._action(
            self.tr("Dashboard &full screen"),
            QKeySequence(FULL_SCREEN_KEY),
            self.show_dashboard_full_screen,
        )
        go_menu.addAction(self.full_screen_action)
        go_menu.addSeparator()
        self.find_action = self._action(
            self.tr("&Search registrations"), QKeySequence.StandardKey.Find, self.find_registration
        )
        go_menu.addAction(self.find_action)
        go_menu.addSeparator()
        self.desks_action = self._action(
            self.tr("&Desks and double entries…"), None, self.show_desks
        )
        go_menu.addAction(self.desks_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        current = self.settings.get(settings.LANGUAGE)
        for code, label in (
            ("", self.tr("System language")),
            ("de", "Deutsch"),
            ("en", "English"),
        ):
            action = QAction(label, self, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            self.language_actions.addAction(action)
            language_menu.addAction(action)
        self.language_actions.triggered.connect(self._language_chosen)
        settings_menu.addAction(
            self._action(self.tr("&Desk and scanner…"), None, self.checkin_page.edit_desk_settings)
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Keyboard shortcuts"),
                QKeySequence.StandardKey.HelpContents,
                self._shortcuts,
            )
        )
        self.open_log_folder_action = self._action(
            self.tr("Open &log folder"), None, open_log_folder
        )
        help_menu.addAction(self.open_log_folder_action)
        about = self._action(self.tr("&About confdesk"), None, self._about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[..., object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _screen_keys(self, key: str) -> list[QKeySequence]:
        number = [screen for screen, _page in self._screens].index(key) + 1
        keys = [QKeySequence(f"Ctrl+{number}")]
        if key == "checkin":
            keys.append(QKeySequence(CHECKIN_KEY))
        return keys

    def _screen_title(self, key: str) -> str:
        return {
            "event": self.tr("Event"),
            "registrations": self.tr("Registrations"),
            "checkin": self.tr("Check-in"),
            "print": self.tr("Print"),
            "agenda": self.tr("Agenda"),
            "dashboard": self.tr("Dashboard"),
        }[key]

    # -- The database --------------------------------------------------------------------
    def open_database(self, path: Path, *, must_exist: bool = False) -> bool:
        """Switch to the database at ``path``; on failure keep nothing open and say why,
        with the way out. ``must_exist``: the file is one used before, so a missing file
        is named as missing rather than silently made anew and empty."""
        if not self._may_leave_current_event():
            return False
        self._close_database()
        self._failed_open = None
        try:
            database = open_database(path, must_exist=must_exist)
        except UserError as error:
            self._show_open_error(path, must_exist, error)
            self._refresh()
            return False
        self.database = database
        self.events = EventService(database)
        self.settings.set(settings.LAST_DATABASE, str(database.path))
        if database.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("The database was upgraded; a copy of the old file is in {path}").format(
                    path=database.backup_path
                ),
                15000,
            )
        self._refresh()
        return True

    def _show_open_error(self, path: Path, must_exist: bool, error: UserError) -> None:
        _log.warning("Could not open %s: %s", path, error.code or error)
        backup = str(error.params.get("backup") or "")
        self._failed_open = _FailedOpen(path, must_exist, Path(backup) if backup else None)
        message = describe_error(error)
        if backup:
            made = file_time(Path(backup).stat().st_mtime)
            message += "\n\n" + self.tr("Newest good backup: {time} ({name})").format(
                time=made, name=Path(backup).name
            )
        self.welcome_page.show_open_error(
            message,
            may_retry=error.code in _PASSING_OPEN_ERRORS,
            backup_offered=bool(backup),
            copy_offered=error.code == "read_only" and path.is_file(),
        )

    def retry_open(self) -> None:
        failed = self._failed_open
        if failed is not None:
            self.open_database(failed.path, must_exist=failed.must_exist)

    def copy_read_only_database(self) -> None:
        failed = self._failed_open
        if failed is None:
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        target = save_file_name(
            self,
            self.tr("Copy the database to"),
            str(Path(documents or Path.home()) / failed.path.name),
            DATABASE_FILE_FILTER,
        )
        if not target:
            return
        try:
            copy_database(failed.path, Path(target))
        except (OSError, sqlite3.Error) as error:
            QMessageBox.warning(
                self,
                self.tr("Copy the database to"),
                self.tr("The copy could not be made: {reason}").format(reason=error),
            )
            return
        _log.info("Copied read-only %s to %s", failed.path, target)
        self.open_database(Path(target), must_exist=True)

    def restore_newest_backup(self) -> None:
        failed = self._failed_open
        if failed is None or failed.backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the damaged file {path} with the backup {backup}?\n\n"
                "Changes made after that backup are not in it. The damaged file is kept "
                "beside it, renamed."
            ).format(path=failed.path, backup=failed.backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            aside = restore_backup(failed.path, failed.backup)
        except (OSError, sqlite3.Error) as error:
            QMessageBox.warning(
                self,
                self.tr("Restore backup"),
                self.tr("The backup could not be restored: {reason}").format(reason=error),
            )
            return
        _log.warning(
            "Restored %s from %s; damaged file kept as %s", failed.path, failed.backup, aside
        )
        if self.open_database(failed.path, must_exist=True):
            self.statusBar().showMessage(
                self.tr("Restored from {backup}; the damaged file is kept as {aside}").format(
                    backup=failed.backup.name, aside=aside.name
                ),
                30000,
            )

    def choose_database_to_open(self) -> None:
        path = open_file_name(
            self, self.tr("Open database"), self._dialog_folder(), DATABASE_FILE_FILTER
        )
        if path:
            self.open_database(Path(path))

    def choose_new_database(self) -> None:
        path = save_file_name(
            self,
            self.tr("New database"),
            str(Path(self._dialog_folder()) / "conference.sqlite"),
            DATABASE_FILE_FILTER,
        )
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".sqlite")
        if target.exists():
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr("{path} exists already. Choose another name, or open it instead.").format(
                    path=target
                ),
            )
            return
        self.open_database(target)

    def _dialog_folder(self) -> str:
        return str(self.database.path.parent) if self.database else str(Path.home())

    def _close_database(self) -> None:
        # A print job still running stops after its page and records nobody: its records
        # would go into the file being closed.
        self.print_page.print_job.stop_and_wait()
        self.sync_actions.cancel_and_wait()
        self.lan_link.set_event(None, None)  # stopped before the file closes under it
        self.checkin_page.release()
        self.dashboard_page.release()
        if self.database is not None:
            self.database.close()
        self.database = None
        self.events = None
        self.current_event = None

    # -- Events --------------------------------------------------------------------------
    def create_event(self) -> None:
        if self.events is None or not self._may_leave_current_event():
            return
        dialog = NewEventDialog(self.events, self)
        if dialog.exec() and dialog.created_event is not None:
            self._select_event(dialog.created_event)

    def load_demo(self) -> None:
        if self.database is None or self._background is not None:
            return
        if not self._may_leave_current_event():
            return
        from confdesk.domain.demo.conference import create_demo_event

        database = self.database

        def work(progress: Progress) -> DemoSummary:
            return create_demo_event(
                database,
                attendees=DEMO_ATTENDEES,
                seed=1,
                progress=progress,
            )

        self._background = BackgroundTask(
            self,
            self.tr("Creating the demo conference…"),
            work,
            on_success=self._demo_loaded,
            on_error=self._show_error,
        )
        self._background.finished.connect(self._background_finished)
        self._background.start()

    def _demo_loaded(self, summary: DemoSummary) -> None:
        assert self.events is not None
        event = self.events.get(summary.event_id)
        self._select_event(event)
        self.statusBar().showMessage(self.tr("The demo conference is ready."), 8000)

    def _background_finished(self) -> None:
        if self._background is not None:
            self._background.deleteLater()
        self._background = None

    def _select_event(self, event: EventData) -> None:
        self.settings.set(settings.CURRENT_EVENT_UUID, event.uuid)
        self._refresh()

    def _choose_event(self, index: int) -> None:
        uuid = self.event_combo.itemData(index)
        if self.current_event is not None and uuid == self.current_event.uuid:
            return
        if not self._may_leave_current_event():
            self._fill_event_combo()
            return
        self.settings.set(settings.CURRENT_EVENT_UUID, uuid)
        self._refresh()

    # -- What changed ---------------------------------------------------------------------
    def _connect_changes(self) -> None:
        # The window first (the current event, the counts), then every screen.
        self.changed.connect(self._on_changes)
        self.changed.connect(self.event_page.on_changes)
        self.changed.connect(self.registrations_page.on_changes)
        self.changed.connect(self.checkin_page.on_changes)
        self.changed.connect(self.print_page.on_changes)
        self.changed.connect(self.agenda_page.on_changes)
        self.changed.connect(self.dashboard_page.on_changes)
        self.changed.connect(self.desks_dialog.on_changes)
        self.changed.connect(self.lan_link.on_changes)
        for _key, page in self._screens:
            page.changed.connect(  # type: ignore[attr-defined]
                lambda changes, source=page: self.broadcast(changes, source)
            )

    def broadcast(self, changes: Changes, source: QObject | None = None) -> None:
        """Tell every screen what one write changed (nothing is not news)."""
        if changes:
            self.changed.emit(changes, source)

    def _on_changes(self, changes: Changes, source: object) -> None:
        if changes.event and self.events is not None and self.current_event is not None:
            self.current_event = self.events.get(self.current_event.id)
            self._fill_event_combo()
            if source is self.event_page:
                self.statusBar().showMessage(self.tr("Saved."), 4000)
        if changes.event or changes.registrations or changes.agenda:
            self._update_status()
        elif changes.desk:
            self._show_event_and_desk()

    def _may_leave_current_event(self) -> bool:
        """Unsaved edits (and scans waiting to be recorded) are never dropped silently."""
        if not self.registrations_page.may_leave() or not self.checkin_page.may_leave():
            return False
        return self.event_page.may_leave()

    # -- Showing the state ---------------------------------------------------------------
    def _refresh(self) -> None:
        """Bring every part of the window in line with the database and current event."""
        self.current_event = None
        if self.events is not None:
            self.current_event = self.events.current(self.settings.get(settings.CURRENT_EVENT_UUID))
        has_event = self.current_event is not None
        self.sidebar.setVisible(has_event)
        self.new_event_action.setEnabled(self.database is not None)
        self.load_demo_action.setEnabled(self.database is not None)
        for action in (
            self.desk_copy_action,
            self.export_sync_action,
            self.import_sync_action,
            self.desks_action,
        ):
            action.setEnabled(has_event)
        self._fill_event_combo()
        self.registrations_page.set_event(self.database, self.current_event)
        self.checkin_page.set_event(self.database, self.current_event)
        self.print_page.set_event(self.database, self.current_event)
        self.agenda_page.set_event(self.database, self.current_event)
        self.dashboard_page.set_event(self.database, self.current_event)
        self.desks_dialog.set_event(self.database, self.current_event)
        self.lan_link.set_event(self.database, self.current_event)
        if self.current_event is not None and self.events is not None:
            self.event_page.show_event(self.events, self.current_event)
            screen = self.settings.get(settings.LAST_SCREEN)
            keys = [key for key, _page in self._screens]
            row = keys.index(screen) if screen in keys else 0
            self.navigation.setCurrentRow(row)
            self._show_screen(row)
        else:
            if self.database is not None:
                self.welcome_page.show_empty_database(self.database.path.name)
            self.pages.setCurrentWidget(self.welcome_page)
        self._update_status()

    def _fill_event_combo(self) -> None:
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        if self.events is not None:
            for event in self.events.list_events():
                label = f"{event.title} ({short_date(event.start_date)})"
                self.event_combo.addItem(label, event.uuid)
            if self.current_event is not None:
                self.event_combo.setCurrentIndex(self.event_combo.findData(self.current_event.uuid))
        self.event_combo.blockSignals(False)
        self.event_combo.refresh_text()

    def show_screen(self, key: str) -> None:
        keys = [screen_key for screen_key, _page in self._screens]
        row = keys.index(key)
        if self.navigation.currentRow() == row:
            self._show_screen(row)  # shown again, e.g. after the event changed
        else:
            self.navigation.setCurrentRow(row)  # which shows it, once

    def add_rooms(self) -> None:
        """From the agenda of an event without rooms: the event's rooms, a new row open."""
        self.show_screen("event")
        if self.pages.currentWidget() is self.event_page:
            self.event_page.add_room()

    def show_desks(self) -> None:
        """The desk panel: the desks heard from, and what is still to reach each."""
        if self.current_event is not None:
            self.desks_dialog.show_tab(DESKS_TAB)

    def _lan_peers_changed(self) -> None:
        if self.desks_dialog.isVisible():
            self.desks_dialog.refresh()

    def print_badge(self, registration_id: int) -> None:
        """From the check-in screen: this person's badge, ready to print."""
        self.show_screen("print")
        self.print_page.choose_person(registration_id)

    def show_dashboard_full_screen(self) -> None:
        """The dashboard alone on the projector; the window stays on the screen it was."""
        if self.current_event is not None:
            self.dashboard_page.show_full_screen()

    def find_registration(self) -> None:
        if self.pages.currentWidget() is self.checkin_page:
            # At the desk, Ctrl+F finds the person to check in, on the same screen.
            self.checkin_page.focus_search()
        elif self.current_event is not None:
            self.show_screen("registrations")
            self.registrations_page.focus_search()

    def _show_screen(self, row: int) -> None:
        if 0 <= row < len(self._screens) and self.current_event is not None:
            key, page = self._screens[row]
            leaving = self.pages.currentWidget()
            # The other screens work from the saved event (the agenda's rooms, the
            # badges): unsaved edits are saved or dropped on leaving, never left behind.
            staying = (
                leaving is self.event_page
                and page is not leaving
                and not self.event_page.may_leave()
            )
            if staying:
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(
                    [screen for _key, screen in self._screens].index(self.event_page)
                )
                self.navigation.blockSignals(False)
                return
            self.pages.setCurrentWidget(page)
            self.settings.set(settings.LAST_SCREEN, key)
            if page is self.registrations_page:
                # The desk's first move on this screen is typing a name.
                self.registrations_page.focus_search()
            elif page is self.checkin_page:
                self.checkin_page.focus_search()
                # A desk copy made since the event opened: the exchange starts now.
                self.lan_link.ensure_started()

    def _update_status(self) -> None:
        title_parts = ["confdesk"]
        if self.current_event is not None:
            title_parts.append(self.current_event.title)
        if self.database is not None:
            title_parts.append(self.database.path.name)
            self.database_label.setText(self.tr("Database: {path}").format(path=self.database.path))
        else:
            self.database_label.setText(self.tr("No database open"))
        self.setWindowTitle(" — ".join(title_parts))
        self._show_event_and_desk()
        if self.database is None or self.current_event is None:
            self.counts_label.clear()
            return
        counts = event_counts(self.database, self.current_event.id)
        self.event_page.show_counts(counts)
        self.counts_label.setText(
            self.tr("{registrations} registrations · {sessions} sessions · {rooms} rooms").format(
                registrations=whole_number(counts.registrations),
                sessions=whole_number(counts.sessions),
                rooms=whole_number(counts.rooms),
            )
        )

    def _show_event_and_desk(self) -> None:
        if self.current_event is None:
            self.event_desk_label.clear()
            self.event_desk_label.hide()
            self._status_separator.hide()
            return
        desk = self.settings.get(settings.DESK_NAME)
        self.event_desk_label.setText(
            self.tr("{event} · Desk: {desk}").format(
                event=self.current_event.title,
                desk=desk or self.tr("not named yet"),
            )
        )
        self.event_desk_label.setToolTip(
            self.tr("The event this window works on, and this desk's name in check-in records")
        )
        self.event_desk_label.show()
        self._status_separator.show()

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            QMessageBox.warning(self, "confdesk", describe_error(error))
        else:  # a bug: say so plainly rather than swallow it
            report_unexpected(error, "background work of the main window")

    # -- Help ----------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        lines = [
            (QKeySequence(QKeySequence.StandardKey.Open), self.tr("Open database")),
            (QKeySequence("Ctrl+Shift+N"), self.tr("New database")),
            (QKeySequence(QKeySequence.StandardKey.Save), self.tr("Save the event")),
            (QKeySequence("Ctrl+Shift+A"), self.tr("Add a room")),
            (QKeySequence("Ctrl+1"), self.tr("Event screen")),
            (QKeySequence("Ctrl+2"), self.tr("Registrations screen")),
            (QKeySequence("Ctrl+3"), self.tr("Check-in screen")),
            (QKeySequence(CHECKIN_KEY), self.tr("Check-in screen, from anywhere")),
            (QKeySequence("Ctrl+4"), self.tr("Print screen")),
            (QKeySequence("Ctrl+5"), self.tr("Agenda screen")),
            (QKeySequence("Ctrl+6"), self.tr("Dashboard screen")),
            (QKeySequence(FULL_SCREEN_KEY), self.tr("Dashboard: full screen (Esc leaves)")),
            (QKeySequence("Ctrl+Shift+B"), self.tr("Agenda: a break for all rooms")),
            (QKeySequence("F5"), self.tr("Print screen: preview")),
            (QKeySequence(QKeySequence.StandardKey.Print), self.tr("Print")),
            (QKeySequence(QKeySequence.StandardKey.Find), self.tr("Search registrations")),
            (QKeySequence(QKeySequence.StandardKey.New), self.tr("New registration")),
            (QKeySequence("Ctrl+Shift+W"), self.tr("Walk-in registration")),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.tr("Undo the last change")),
            (
                QKeySequence(QKeySequence.StandardKey.Undo),
                self.tr("Check-in: undo the last check-in"),
            ),
            (QKeySequence(QKeySequence.StandardKey.Quit), self.tr("Quit")),
        ]
        text = "\n".join(
            f"{sequence.toString(QKeySequence.SequenceFormat.NativeText)}\t{label}"
            for sequence, label in lines
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About confdesk"),
            self.tr(
                "confdesk {version}\nThe on-site conference desk: registrations, agenda, "
                "check-in, badges and certificates, from a database on this computer."
            ).format(version=__version__),
        )

    def _language_chosen(self, action: QAction) -> None:
        code = action.data()
        if code != self.settings.get(settings.LANGUAGE):
            self.settings.set(settings.LANGUAGE, code)
            self.language_change_requested.emit(code)

    # -- Window state --------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.get(settings.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode())):
            self.resize(1180, 760)
        state = self.settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))

    def save_window_state(self) -> None:
        self.settings.set(
            settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode()
        )
        self.settings.set(settings.WINDOW_STATE, bytes(self.saveState().toBase64().data()).decode())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._was_shown:
            self._was_shown = True
            # After this event returns the window is painted in the next loop iteration.
            QTimer.singleShot(0, self.first_shown.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            self._background is not None
            or self.sync_actions.busy
            or self.agenda_page.busy
            or self.dashboard_page.busy
            or not self._may_leave_current_event()
        ):
            event.ignore()
            return
        self.save_window_state()
        self.dashboard_page.close_full_screen()
        self._close_database()
        self.checkin_page.shutdown()
        self.print_page.release()
        super().closeEvent(event)

    def release(self) -> None:
        """Give up the database without asking (used when the window is rebuilt)."""
        self.save_window_state()
        self.dashboard_page.close_full_screen()
        self._close_database()
        self.checkin_page.shutdown()
        self.print_page.release()
