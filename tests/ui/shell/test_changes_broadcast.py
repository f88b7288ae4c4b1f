"""One "what changed" channel: every write on one screen is broadcast once by the main
window, and every other screen shows it when it is next looked at."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from confdesk.db.database import open_database
from confdesk.domain.agenda.service import AgendaService, SessionDraft
from confdesk.domain.changes import Changes
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.events.service import EventService
from confdesk.ui.registrations.table_model import Column
from confdesk.ui.shell.main_window import MainWindow

DAY = date(2027, 3, 18)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute))


@pytest.fixture
def agenda_database(event_database: Path) -> Path:
    database = open_database(event_database)
    event = EventService(database).list_events()[0]
    room = event.rooms[0].id
    AgendaService(database).create(event.id, SessionDraft("Begrüßung", at(10), at(10, 30),
                                                          "talk", room))  # fmt: skip
    database.close()
    return event_database


def door_picker(window: MainWindow) -> list[str]:
    combo = window.checkin_page.place_combo
    return [combo.itemText(index) for index in range(combo.count())]


def broadcasts(window: MainWindow) -> list[Changes]:
    heard: list[Changes] = []
    window.changed.connect(lambda changes, _source: heard.append(changes))
    return heard


def test_a_session_added_on_the_agenda_is_at_the_check_in_door(make_window, agenda_database):
    window = make_window(agenda_database)
    window.show_screen("checkin")
    assert any("Begrüßung" in place for place in door_picker(window))
    window.checkin_page.place_combo.setCurrentIndex(1)  # at the door of "Begrüßung"

    window.show_screen("agenda")
    window.agenda_page.new_action.trigger()  # Ctrl+N: "New session" at the day's start
    assert "New session" in {s.title for s in window.agenda_page._sessions}
    window.show_screen("checkin")

    assert any("New session" in place for place in door_picker(window))
    # The door the desk had chosen is still chosen.
    assert "Begrüßung" in window.checkin_page.place_combo.currentText()


def test_one_agenda_edit_is_broadcast_once(make_window, agenda_database):
    window = make_window(agenda_database)
    window.show_screen("agenda")
    heard = broadcasts(window)

    window.agenda_page.new_action.trigger()
    assert [changes.agenda for changes in heard] == [True]

    window.agenda_page.undo_action.trigger()
    assert [changes.agenda for changes in heard] == [True, True]


def test_one_scan_is_broadcast_once_when_its_answer_arrives(qtbot, make_window, demo_copy):
    path = demo_copy(30, 3)
    database = open_database(path)
    try:
        code = next(iter(codes_for_event(database, 1).values()))
    finally:
        database.close()
    window = make_window(path)
    window.show_screen("checkin")
    page = window.checkin_page
    page.play_sound = None
    heard = broadcasts(window)

    page.handle_code(code, _scanner())
    qtbot.waitUntil(lambda: page.answers_outstanding == 0, timeout=15_000)

    assert heard == [Changes(checkins=True)]


def _scanner():
    from confdesk.db.models import CheckinSource

    return CheckinSource.SCANNER


def _row_of(window: MainWindow, family_name: str) -> int | None:
    model = window.registrations_page.model
    for row in range(model.rowCount()):
        if model.index(row, Column.NAME).data().startswith(family_name + ","):
            return row
    return None


def test_a_walk_in_at_the_desk_is_in_the_registrations_list_checked_in(
    qtbot, make_window, demo_copy, answer_next_dialog
):
    window = make_window(demo_copy(30, 3))
    window.show_screen("registrations")  # the list is read now, before the walk-in
    assert _row_of(window, "Kowalski") is None
    window.show_screen("checkin")
    page = window.checkin_page
    page.play_sound = None

    def register(dialog) -> None:
        try:
            dialog.given_name_edit.setText("Lena")
            dialog.family_name_edit.setText("Kowalski")
            qtbot.keyClick(dialog.family_name_edit, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_next_dialog(register)
    page.walk_in()
    qtbot.waitUntil(lambda: page.answers_outstanding == 0, timeout=15_000)
    assert page.result_panel.outcome == "accepted"
    window.show_screen("registrations")

    row = _row_of(window, "Kowalski")
    assert row is not None
    model = window.registrations_page.model
    assert model.index(row, Column.CHECKED_IN).data() == "yes"


def test_printed_badges_show_in_the_registrations_list(qtbot, make_window, demo_copy, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window = make_window(demo_copy(12, 4))
    window.show_screen("registrations")
    model = window.registrations_page.model
    assert model.rowCount() > 0
    assert model.index(0, Column.BADGE).data() == ""
    person = model.id_at(0)
    assert person is not None
    window.show_screen("print")
    page = window.print_page
    page.choose_person(person)
    qtbot.waitUntil(lambda: page._task is None and page.print_button.isEnabled(), timeout=30_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "badge.pdf"))

    with qtbot.waitSignal(page.print_job.ended, timeout=60_000):
        assert page.print_to(printer)
    window.show_screen("registrations")

    assert model.index(model.row_of(person) or 0, Column.BADGE).data() == "yes"
