"""A bug must not stop the desk: an exception nobody caught is logged, and a dialog says
so without blocking the window, with the details to copy and the log folder to open.

:class:`ErrorReporter` hooks ``sys.excepthook`` (exceptions raised in slots and event
handlers arrive there) and ``threading.excepthook``, after confdesk.logs' hooks, which
write the traceback to the log. A worker's exception delivered to the GUI thread goes
through :func:`report_unexpected`. One dialog at a time: while it is open, more errors
only raise its count (all of them are in the log).
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.logs import ExceptHook, current_log_file, format_exception, log, log_unexpected
from confdesk.ui.shell.errors.qt_logging import open_log_folder


class UnexpectedErrorDialog(QDialog):
    """Not modal: the person at the desk can close it, or carry on checking people in."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("confdesk: something went wrong"))
        self.setModal(False)
        self.details = details
        self.count = 1
        self.message_label = QLabel(self.tr("Something went wrong. The desk keeps working."))
        self.message_label.setStyleSheet("font-weight: bold;")
        log_file = current_log_file()
        hint = QLabel(
            self.tr(
                "If it happens again, send the details or the log file to whoever looks after "
                "confdesk. The log is {path}."
            ).format(path=log_file)
            if log_file is not None
            else self.tr("If it happens again, send the details to whoever looks after confdesk.")
        )
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.repeat_label = QLabel()
        self.repeat_label.hide()
        self.details_button = QPushButton(self.tr("Show &details"))
        self.details_button.setCheckable(True)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMinimumSize(560, 220)
        self.details_view.hide()
        self.details_button.toggled.connect(self.details_view.setVisible)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.log_folder_button = buttons.addButton(
            self.tr("Open &log folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.log_folder_button.clicked.connect(open_log_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(hint)
        layout.addWidget(self.repeat_label)
        layout.addWidget(self.details_button)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    def add_repeat(self) -> None:
        """The same dialog for the next error: a paint handler that fails fails again."""
        self.count += 1
        self.repeat_label.setText(
            self.tr("This happened {count} times since this message appeared.").format(
                count=self.count
            )
        )
        self.repeat_label.show()


class ErrorReporter(QObject):
    """Shows the dialog for exceptions from any thread, on the GUI thread."""

    # The traceback as text: no frames are kept alive or handed between threads.
    _arrived = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: UnexpectedErrorDialog | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        # Queued when emitted from another thread: the dialog is made on the GUI thread.
        self._arrived.connect(self._show)

    def install(self) -> None:
        global _current
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook
        self._previous_thread_hook = threading.excepthook
        threading.excepthook = self._thread_excepthook
        _current = self

    def uninstall(self) -> None:
        global _current
        if sys.excepthook == self._excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_excepthook and self._previous_thread_hook:
            threading.excepthook = self._previous_thread_hook
        if _current is self:
            _current = None

    def report(self, error: BaseException, where: str) -> None:
        """A bug caught to keep the desk working (a worker's exception): log and show it."""
        log_unexpected(error, where)
        self._arrived.emit(format_exception(error))

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if self._previous_hook is not None:
            self._previous_hook(exc_type, exc, tb)  # confdesk.logs' hook writes the log
        if not issubclass(exc_type, KeyboardInterrupt):
            self._arrived.emit("".join(traceback.format_exception(exc_type, exc, tb)))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if self._previous_thread_hook is not None:
            self._previous_thread_hook(args)
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            self._arrived.emit(
                "".join(
                    traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
                )
            )

    @Slot(str)
    def _show(self, details: str) -> None:
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add_repeat()
                return
            # Beside a modal dialog that is open (an import, a print dialog), as its child:
            # otherwise the modal one would keep this one from being clicked.
            dialog = UnexpectedErrorDialog(details, QApplication.activeModalWidget())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: self._forget(dialog))
            # Also when it goes with the modal dialog it belongs to, unfinished.
            dialog.destroyed.connect(lambda _object=None: self._forget(dialog))
            self.dialog = dialog
            dialog.show()
            dialog.raise_()
        except Exception:
            # Failing to show the failure must not report itself again, and again.
            log.exception("The error dialog could not be shown")

    def _forget(self, dialog: UnexpectedErrorDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


_current: ErrorReporter | None = None


def current_reporter() -> ErrorReporter:
    """The reporter the application installed (one that shows dialogs without hooking the
    excepthooks where none was installed, as in tests of a single screen)."""
    global _current
    if _current is None:
        _current = ErrorReporter(QCoreApplication.instance())
    return _current


def report_unexpected(error: BaseException, where: str) -> None:
    """For a worker's ``on_error``: a :class:`~confdesk.errors.UserError` is the caller's
    to show; anything else is a bug, logged with its traceback and shown in the dialog."""
    current_reporter().report(error, where)
