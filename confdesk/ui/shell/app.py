"""Starting the GUI: the QApplication, the language, the database, the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, qInstallMessageHandler, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from confdesk import __version__, settings
from confdesk.db.file_lock import set_program
from confdesk.logs import setup_logging
from confdesk.paths import DATABASE_ENV, default_database_path, resolve_database_path, resources_dir
from confdesk.settings import Settings
from confdesk.ui.agenda.commands import AgendaHistory
from confdesk.ui.shell.errors.qt_logging import install_qt_message_handler
from confdesk.ui.shell.errors.unexpected_errors import ErrorReporter
from confdesk.ui.shell.language.i18n import SUPPORTED_LANGUAGES, LanguageInstaller, resolve_language
from confdesk.ui.shell.main_window import MainWindow

# Set by the benchmark and end-to-end tests to learn when the window is on screen.
REPORT_SHOWN_ENV = "CONFDESK_REPORT_SHOWN"
SHOWN_LINE = "confdesk: main window shown"
log = logging.getLogger(__name__)


def database_for_gui(database_arg: str | None, user_settings: Settings) -> tuple[Path, bool]:
    """``--db`` or ``CONFDESK_DB`` if given, else the file used last, else the default;
    and whether that file must exist already. The file used last must: if it is gone, the
    window says so (moved? deleted? a USB stick not plugged in?) instead of quietly starting
    an empty one in its place."""
    if database_arg or os.environ.get(DATABASE_ENV):
        return resolve_database_path(database_arg), False
    last = user_settings.get(settings.LAST_DATABASE)
    if last:
        return Path(last), True
    return default_database_path(), False


class DeskApplication(QObject):
    """Owns the main window; rebuilds it when the user switches the language, so every
    string is retranslated without each widget having to know how."""

    def __init__(self, app: QApplication, user_settings: Settings) -> None:
        super().__init__(app)
        self.app = app
        self.settings = user_settings
        self.languages = LanguageInstaller(app)
        self._install_language(user_settings.get(settings.LANGUAGE))
        self.window: MainWindow | None = None

    def open_window(
        self,
        database_path: Path | None,
        *,
        must_exist: bool = True,
        agenda_history: AgendaHistory | None = None,
    ) -> MainWindow:
        window = MainWindow(self.settings, agenda_history=agenda_history)
        window.language_change_requested.connect(self._switch_language)
        if database_path is not None:
            window.open_database(database_path, must_exist=must_exist)
        self.window = window
        return window

    def _install_language(self, setting: str) -> None:
        chosen = setting in SUPPORTED_LANGUAGES
        self.languages.install(resolve_language(setting), chosen=chosen)

    def _switch_language(self, setting: str) -> None:
        old = self.window
        if old is None:
            return
        if not old._may_leave_current_event():
            return
        database_path = old.database.path if old.database is not None else None
        screen_row = old.navigation.currentRow()
        # The agenda's undo history outlives the window: a language switch must not take
        # away the Ctrl+Z of the workshop round just laid out.
        agenda_history = old.agenda_page.take_history()
        old.release()
        self._install_language(setting)
        window = self.open_window(database_path, agenda_history=agenda_history)
        if screen_row >= 0:
            window.navigation.setCurrentRow(screen_row)
        window.show()
        old.hide()
        old.deleteLater()


def run_gui(database_arg: str | None = None, quit_after: float | None = None) -> int:
    setup_logging()  # done already when started by the command line; once is enough
    previous_handler = install_qt_message_handler()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # From here on a bug in a slot shows a dialog and the desk keeps working.
    ErrorReporter(app).install()
    log.info("Window starting (confdesk %s, Qt %s)", __version__, qVersion())
    app.setApplicationName("confdesk")
    app.setOrganizationName("confdesk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "confdesk.svg")))
    user_settings = Settings()
    desk = DeskApplication(app, user_settings)
    set_program("window")
    database_path, must_exist = database_for_gui(database_arg, user_settings)
    window = desk.open_window(database_path, must_exist=must_exist)
    if os.environ.get(REPORT_SHOWN_ENV):
        window.first_shown.connect(lambda: print(SHOWN_LINE, flush=True))
    if quit_after is not None:

        def quit_later() -> None:
            QTimer.singleShot(int(quit_after * 1000), _close_all_and_quit)

        window.first_shown.connect(quit_later)
    window.show()
    code = app.exec()
    log.info("Window closed")
    # Qt still speaks while it unloads its plugins at exit, after Python has begun to tear
    # itself down: a Python handler called then crashed the process (seen with
    # QT_DEBUG_PLUGINS=1). Qt's own handler takes over again for those last words.
    qInstallMessageHandler(previous_handler)
    return code


def _close_all_and_quit() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.closeAllWindows()
        app.quit()
