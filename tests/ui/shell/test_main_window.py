"""The app shell as a desk person meets it: guided start on an empty database, editing
the event and its rooms, keyboard shortcuts, the status bar, remembered geometry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from confdesk import settings
from confdesk.db.database import open_database
from confdesk.domain.events.service import EventService
from confdesk.ui.event.new_event_dialog import NewEventDialog


def stored_event(path: Path):
    database = open_database(path)
    try:
        return EventService(database).current()
    finally:
        database.close()


def test_empty_database_guides_to_create_an_event_or_load_the_demo(make_window, database_path):
    window = make_window(database_path)
    assert window.pages.currentWidget() is window.welcome_page
    assert "holds no event yet" in window.welcome_page.explanation.text()
    assert window.welcome_page.create_event_button.isVisible()
    assert window.welcome_page.load_demo_button.isVisible()
    assert not window.sidebar.isVisible()
    assert str(database_path) in window.database_label.text()


def test_a_file_that_is_not_a_database_is_explained_not_crashed_on(make_window, tmp_path):
    export = tmp_path / "teilnehmer.csv"
    export.write_text("Vorname;Nachname\n", encoding="utf-8")
    window = make_window(export)
    assert window.database is None
    assert window.welcome_page.heading.text() == "The database could not be opened"
    assert "not a confdesk database" in window.welcome_page.explanation.text()
    assert not window.welcome_page.create_event_button.isVisible()
    assert window.welcome_page.open_database_button.isVisible()
    assert "No database open" in window.database_label.text()


def test_create_an_event_from_the_welcome_page(
    qtbot, make_window, database_path, answer_next_dialog
):
    window = make_window(database_path)

    def fill_in(dialog: NewEventDialog) -> None:
        qtbot.keyClicks(dialog.form.title_edit, "Themenmarktplatz Daseinsvorsorge")
        dialog.form.venue_name_edit.setText("Rathaus Guben")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(fill_in)
    qtbot.mouseClick(window.welcome_page.create_event_button, Qt.MouseButton.LeftButton)

    assert window.pages.currentWidget() is window.event_page
    assert window.event_page.heading.text() == "Themenmarktplatz Daseinsvorsorge"
    assert "Themenmarktplatz Daseinsvorsorge" in window.windowTitle()
    event = stored_event(database_path)
    assert (event.title, event.venue_name) == ("Themenmarktplatz Daseinsvorsorge", "Rathaus Guben")
    assert window.settings.get(settings.CURRENT_EVENT_UUID) == event.uuid


def test_new_event_dialog_keeps_the_input_until_it_is_valid(qtbot, database):
    dialog = NewEventDialog(EventService(database))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.venue_name_edit.setText("Kulturzentrum")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.form.error_label.text() == "The event needs a title."
    assert dialog.form.title_edit.hasFocus() or not dialog.isActiveWindow()
    assert dialog.form.venue_name_edit.text() == "Kulturzentrum"
    assert EventService(database).list_events() == []


def test_edit_details_and_save_with_ctrl_s(qtbot, make_window, event_database):
    window = make_window(event_database)
    page = window.event_page
    assert not page.save_button.isEnabled()
    page.form.title_edit.selectAll()
    # QTest types ASCII only; the umlaut arrives as an input method would insert it.
    qtbot.keyClicks(page.form.title_edit, "Regionalkonferenz S")
    page.form.title_edit.insert("üd")
    page.form.title_edit.textEdited.emit(page.form.title_edit.text())
    page.form.end_date_edit.setDate(date(2027, 3, 19))
    assert page.save_button.isEnabled()
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut clicks it with a short animation, not at once.
    qtbot.waitUntil(lambda: not page.is_dirty)

    event = stored_event(event_database)
    assert event.title == "Regionalkonferenz Süd"
    assert event.end_date == date(2027, 3, 19)
    assert not page.save_button.isEnabled()
    assert "Regionalkonferenz Süd" in window.windowTitle()
    assert "Regionalkonferenz Süd" in window.event_combo.currentText()


def test_a_mistake_is_shown_at_the_field_and_nothing_is_saved(qtbot, make_window, event_database):
    window = make_window(event_database)
    page = window.event_page
    page.form.end_date_edit.setDate(date(2027, 3, 1))
    page.save_button.click()
    assert page.form.error_label.isVisible()
    assert page.form.error_label.text() == "The event cannot end before it starts."
    assert stored_event(event_database).end_date == date(2027, 3, 18)
    assert page.is_dirty


def test_add_a_room_with_the_keyboard_and_save(qtbot, make_window, event_database):
    window = make_window(event_database)
    editor = window.event_page.rooms_editor
    qtbot.keyClick(
        editor.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    row = editor.table.rowCount() - 1
    assert row == 2
    editor.table.item(row, 0).setText("Bibliothek")
    editor.table.item(row, 1).setText("25")
    window.event_page.save_button.click()
    rooms = stored_event(event_database).rooms
    assert [(r.name, r.capacity) for r in rooms] == [
        ("Großer Saal", 200),
        ("Seminarraum 1", 30),
        ("Bibliothek", 25),
    ]
    assert "3 rooms" in window.counts_label.text()


def test_capacity_that_is_not_a_number_is_refused(make_window, event_database):
    window = make_window(event_database)
    window.event_page.rooms_editor.table.item(0, 1).setText("viele")
    window.event_page.save_button.click()
    assert window.event_page.form.error_label.text() == (
        "The capacity of “Großer Saal” must be a whole number."
    )
    assert stored_event(event_database).rooms[0].capacity == 200


def test_removing_a_room_with_sessions_asks_first(make_window, event_database, message_boxes):
    from datetime import datetime

    from confdesk.db.models import AgendaSession

    database = open_database(event_database)
    event = EventService(database).current()
    with database.transaction() as session:
        session.add(
            AgendaSession(
                event_id=event.id,
                title="Workshop Innenstadt",
                starts_at=datetime(2027, 3, 18, 10, 45),
                ends_at=datetime(2027, 3, 18, 11, 45),
                room_id=event.rooms[0].id,
            )
        )
    database.close()
    window = make_window(event_database)
    editor = window.event_page.rooms_editor
    # selectRow() would follow stale keyboard modifiers left by earlier key clicks.
    editor.table.selectionModel().select(
        editor.table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    editor.remove_button.click()
    message_boxes.answer = QMessageBox.StandardButton.No
    window.event_page.save_button.click()
    assert "Großer Saal (1)" in message_boxes.texts("question")[0]
    assert len(stored_event(event_database).rooms) == 2
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.event_page.save_button.click()
    assert [r.name for r in stored_event(event_database).rooms] == ["Seminarraum 1"]


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    make_window, event_database, message_boxes
):
    window = make_window(event_database)
    window.event_page.form.subtitle_edit.setText("Daseinsvorsorge digital")
    window.event_page.form.changed.emit()
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    message_boxes.answer = QMessageBox.StandardButton.Save
    assert window.close()
    assert stored_event(event_database).subtitle == "Daseinsvorsorge digital"


def test_status_bar_counts_follow_the_locale(make_window, event_database):
    window = make_window(event_database)
    assert window.counts_label.text() == "0 registrations · 0 sessions · 2 rooms"


def test_geometry_is_remembered(qtbot, make_window, event_database, user_settings):
    first = make_window(event_database)
    first.resize(QSize(760, 540))
    first.close()
    assert user_settings.get(settings.WINDOW_GEOMETRY)
    second = make_window(event_database)
    assert second.size() == QSize(760, 540)


def test_ctrl_1_goes_to_the_event_screen(qtbot, make_window, event_database):
    window = make_window(event_database)
    window.pages.setCurrentWidget(window.welcome_page)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.event_page


def test_the_window_reopens_the_database_used_last(make_window, event_database, user_settings):
    from confdesk.ui.shell.app import database_for_gui

    make_window(event_database)
    assert database_for_gui(None, user_settings) == (event_database, True)
    assert database_for_gui("/elsewhere/x.sqlite", user_settings) == (
        Path("/elsewhere/x.sqlite"),
        False,
    )


def test_a_missing_file_used_last_is_named_not_made_anew(
    qtbot, make_window, event_database, user_settings
):
    from confdesk.ui.shell.app import DeskApplication, database_for_gui

    window = make_window(event_database)
    window.close()
    moved = event_database.with_name("moved.sqlite")
    event_database.rename(moved)
    path, must_exist = database_for_gui(None, user_settings)
    desk = DeskApplication(QApplication.instance(), user_settings)
    reopened = desk.open_window(path, must_exist=must_exist)
    qtbot.addWidget(reopened)
    assert reopened.database is None
    assert not event_database.exists()  # no empty file in its place
    assert reopened.pages.currentWidget() is reopened.welcome_page
    assert str(event_database) in reopened.welcome_page.explanation.text()
    assert "Locate it" in reopened.welcome_page.explanation.text()
    # The way out: open the file where it is now.
    assert reopened.open_database(moved)
    assert reopened.database is not None
    reopened.close()


def _type_into_new_room(qtbot, window, name: str) -> None:
    editor = window.event_page.rooms_editor
    editor.table.setFocus()
    editor.add_button.click()
    qtbot.waitUntil(lambda: editor.table.viewport().isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClicks(QApplication.focusWidget(), name)  # the cell editor, still open


@pytest.mark.parametrize(
    ("answer", "stored_rooms", "screen"),
    [
        (QMessageBox.StandardButton.Save, ["Großer Saal", "Seminarraum 1", "Foyer"], "agenda"),
        (QMessageBox.StandardButton.Discard, ["Großer Saal", "Seminarraum 1"], "agenda"),
        (QMessageBox.StandardButton.Cancel, ["Großer Saal", "Seminarraum 1"], "event"),
    ],
    ids=["save", "discard", "cancel"],
)
def test_leaving_the_event_screen_with_unsaved_rooms_asks(
    qtbot, make_window, event_database, message_boxes, answer, stored_rooms, screen
):
    window = make_window(event_database)
    window.show_screen("event")
    _type_into_new_room(qtbot, window, "Foyer")
    message_boxes.answer = answer

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)

    assert message_boxes.texts("question") == [
        "The event has changes that are not saved yet. Save them?"
    ]
    assert [room.name for room in stored_event(event_database).rooms] == stored_rooms
    shown = {"agenda": window.agenda_page, "event": window.event_page}[screen]
    assert window.pages.currentWidget() is shown
    assert window.navigation.currentRow() == (4 if screen == "agenda" else 0)
    if answer == QMessageBox.StandardButton.Cancel:  # still there to be saved
        assert [room.name for room in window.event_page.rooms_editor.rooms()][-1] == "Foyer"


def test_a_room_name_still_being_typed_is_not_lost_on_closing(
    qtbot, make_window, event_database, message_boxes
):
    window = make_window(event_database)
    editor = window.event_page.rooms_editor
    editor.table.setFocus()
    editor.table.setCurrentCell(1, 1)
    editor.table.editItem(editor.table.item(1, 1))
    cell = QApplication.focusWidget()
    cell.selectAll()
    qtbot.keyClicks(cell, "45")
    message_boxes.answer = QMessageBox.StandardButton.Save

    assert window.close()

    assert message_boxes.texts("question")
    assert [room.capacity for room in stored_event(event_database).rooms] == [200, 45]
