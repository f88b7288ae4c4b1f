"""A bug in the window: logged, shown in a dialog that does not block the desk, with the
details to copy and the log folder to open; Qt's own messages go into the log too."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qInfo, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from confdesk import logs
from confdesk.ui.shell.background import BackgroundTask
from confdesk.ui.shell.errors.qt_logging import install_qt_message_handler
from confdesk.ui.shell.errors.unexpected_errors import ErrorReporter, report_unexpected
from tests.ui.opened_urls import OpenedUrls


@pytest.fixture
def log_file(monkeypatch: pytest.MonkeyPatch) -> Path:
    # setup_logging() and the reporter change the hooks; the test leaves them as found.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = logs.setup_logging()
    assert path is not None
    return path


@pytest.fixture
def reporter(qtbot, log_file: Path) -> Iterator[ErrorReporter]:
    installed = ErrorReporter()
    installed.install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def _button_with_bug(qtbot, message: str) -> QPushButton:
    def buggy_slot() -> None:
        raise RuntimeError(message)

    button = QPushButton("Scan")
    button.clicked.connect(buggy_slot)
    qtbot.addWidget(button)
    button.show()
    return button


# pytest-qt would take the exception from the slot for itself and fail the test; here it
# has to reach the application's hook, as it does outside the tests.
@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_the_dialog_and_the_log_gets_the_traceback(
    qtbot, reporter: ErrorReporter, log_file: Path, opened_urls: OpenedUrls
) -> None:
    button = _button_with_bug(qtbot, "deliberate bug 4711")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert not dialog.isModal()
    assert dialog.message_label.text() == "Something went wrong. The desk keeps working."
    assert "Traceback (most recent call last)" in dialog.details
    assert "buggy_slot" in dialog.details
    assert "RuntimeError: deliberate bug 4711" in dialog.details
    assert not dialog.details_view.isVisible()  # details on request
    dialog.details_button.click()
    assert dialog.details_view.isVisible()
    assert "deliberate bug 4711" in dialog.details_view.toPlainText()

    text = log_file.read_text(encoding="utf-8")
    assert "Uncaught exception" in text
    assert "RuntimeError: deliberate bug 4711" in text

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    dialog.log_folder_button.click()
    assert [url.toLocalFile() for url in opened_urls.urls] == [str(log_file.parent)]

    # The desk keeps working, and the same bug again does not pile up dialogs.
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.count == 2)
    assert reporter.dialog is dialog
    assert dialog.repeat_label.text() == "This happened 2 times since this message appeared."
    assert log_file.read_text(encoding="utf-8").count("RuntimeError: deliberate bug 4711") == 2

    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert reporter.dialog is None
    # The next bug gets a dialog of its own again.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not dialog
    assert reporter.dialog.count == 1


def test_a_bug_in_background_work_is_reported_with_the_workers_traceback(
    qtbot, reporter: ErrorReporter, log_file: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work_with_bug(_progress: Callable[[int, int], None]) -> None:
        raise KeyError("registration 17")

    task = BackgroundTask(
        parent,
        "Working…",
        work_with_bug,
        on_success=lambda _result: None,
        on_error=lambda error: report_unexpected(error, "the test's work"),
    )
    with qtbot.waitSignal(task.finished):
        task.start()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    # Raised on the worker thread; its frames travel with it.
    assert "work_with_bug" in reporter.dialog.details
    assert "KeyError: 'registration 17'" in reporter.dialog.details
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error in the test's work" in text
    assert "work_with_bug" in text


def test_help_opens_the_log_folder(
    make_window, event_database: Path, opened_urls: OpenedUrls, tmp_path: Path
) -> None:
    window = make_window(event_database)
    window.open_log_folder_action.trigger()
    assert [url.toLocalFile() for url in opened_urls.urls] == [str(tmp_path / "logs")]
    assert (tmp_path / "logs").is_dir()
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    )
    assert window.open_log_folder_action in help_menu.actions()


def test_qt_messages_go_into_the_log_and_on_to_the_handler_before(
    qtbot, log_file: Path, qtlog
) -> None:
    previous = install_qt_message_handler()
    try:
        qInfo("a message from Qt 0815")
    finally:
        qInstallMessageHandler(previous)
    assert "INFO" in log_file.read_text(encoding="utf-8")
    assert "confdesk.qt: a message from Qt 0815" in log_file.read_text(encoding="utf-8")
    # pytest-qt's own handler, which fails tests on Qt warnings, still got it.
    assert "a message from Qt 0815" in [record.message for record in qtlog.records]
