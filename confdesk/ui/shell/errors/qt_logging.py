"""Qt's side of the log file: Qt's own messages go into it, and the log folder opens from
the Help menu and the error dialog."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QMessageLogContext,
    QtMsgType,
    QUrl,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices

from confdesk.paths import log_dir

QT_LOGGER_NAME = "confdesk.qt"
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]
log = logging.getLogger(QT_LOGGER_NAME)


def install_qt_message_handler() -> MessageHandler | None:
    """Copy Qt's messages (warnings about fonts, plugins, printers…) into the log, and pass
    them on as before: to the handler that was installed, else to stderr like Qt itself.

    Installed by the application's start only, never by a widget: pytest-qt installs its
    own handler around each test to fail on Qt warnings, and this one must not take its
    place. Returns the handler it replaced (None: Qt's default).
    """
    previous: MessageHandler | None = None

    def handle(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category if context is not None else None
        log.log(
            _LEVELS.get(mode, logging.WARNING),
            "%s%s",
            f"{category}: " if category and category != "default" else "",
            message,
        )
        if previous is not None:
            previous(mode, context, message)
        elif sys.stderr is not None:  # None in the windowed Windows build
            # As Qt prints it (QT_MESSAGE_PATTERN, "category: " before the message).
            print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handle)
    return previous


def open_log_folder() -> bool:
    """Show the log folder in the file manager (created first, so there is one to show)."""
    folder = log_dir()
    # If it cannot be made, the file manager says what is wrong with the path.
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
