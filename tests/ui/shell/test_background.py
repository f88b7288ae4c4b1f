"""Long work runs off the GUI thread; Cancel really stops it and writes nothing."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.events.service import EventService
from confdesk.ui.shell.background import BackgroundTask


def test_load_the_demo_from_the_welcome_page(qtbot, make_window, database_path):
    window = make_window(database_path)
    qtbot.mouseClick(window.welcome_page.load_demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.event_page, timeout=30_000)
    assert window.event_page.heading.text() == "Regionalkonferenz Modellprojekte Smart Cities"
    assert window.counts_label.text().startswith("180 registrations · ")
    assert window.event_page.rooms_editor.table.rowCount() > 3


def test_work_runs_on_another_thread_and_returns_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(progress):
        seen["work_thread"] = threading.current_thread()
        progress(1, 2)
        return 42

    def done(result):
        seen["result"] = result
        seen["done_thread"] = threading.current_thread()

    task = BackgroundTask(parent, "…", work, on_success=done, on_error=seen.setdefault)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert seen["result"] == 42
    assert seen["work_thread"] is not threading.main_thread()
    assert seen["done_thread"] is threading.main_thread()


def test_cancel_stops_the_demo_and_writes_nothing(qtbot, database):
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: list[object] = []
    started = threading.Event()

    def work(progress):
        def report(done, total):
            started.set()
            progress(done, total)

        return create_demo_event(database, attendees=3000, seed=5, progress=report)

    task = BackgroundTask(parent, "…", work, on_success=outcome.append, on_error=outcome.append)
    task.cancel()  # pressed before the first progress report: the first report stops it
    with qtbot.waitSignal(task.finished, timeout=30_000):
        task.start()
    assert started.is_set()
    assert outcome == []  # neither a result nor an error: cancelled is not a failure
    assert EventService(database).list_events() == []


def test_an_error_in_the_work_reaches_the_gui(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def work(progress):
        raise ValueError("kaputt")

    task = BackgroundTask(parent, "…", work, on_success=errors.append, on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert [str(error) for error in errors] == ["kaputt"]
