"""Entering an event's dates: typed as a whole, the end following the start, a calendar on
the right month, the error gone once fixed, and the event's language for dates and times."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from confdesk.db.database import open_database
from confdesk.domain.events.service import EventDraft, EventService
from confdesk.ui.event.form import EventForm
from confdesk.ui.event.new_event_dialog import NewEventDialog


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


def type_into(qtbot, field: QWidget, text: str) -> None:
    """As a person does: into the field, everything selected, the date typed, Tab."""
    field.setFocus()
    qtbot.waitUntil(lambda: field.isAncestorOf(QApplication.focusWidget()) or field.hasFocus())
    focus = QApplication.focusWidget()
    QTest.keyClick(focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focus, text)
    QTest.keyClick(focus, Qt.Key.Key_Tab)


@pytest.fixture
def form(qtbot) -> EventForm:
    form = EventForm()
    form.set_draft(EventDraft("Konferenz", date(2027, 3, 18), date(2027, 3, 18), language="en"))
    return shown(qtbot, form)


def test_a_date_typed_as_a_whole_is_that_date(qtbot, form: EventForm):
    type_into(qtbot, form.start_date_edit, "5/20/2027")
    assert form.start_date_edit.date() == QDate(2027, 5, 20)
    assert form.start_date_edit.text() == "5/20/2027"
    # And the end of a one-day event went with it.
    assert form.end_date_edit.date() == QDate(2027, 5, 20)


def test_the_end_date_keeps_the_length_when_the_start_moves(qtbot, form: EventForm):
    form.end_date_edit.setDate(date(2027, 3, 19))  # a two-day event
    type_into(qtbot, form.start_date_edit, "6/2/2027")
    assert form.draft().start_date == date(2027, 6, 2)
    assert form.draft().end_date == date(2027, 6, 3)
    form.start_date_edit.setDate(date(2027, 5, 31))
    assert form.draft().end_date == date(2027, 6, 1)


def test_the_calendar_opens_on_the_month_of_the_date_shown(qtbot, form: EventForm):
    form.start_date_edit.calendar_button.click()
    calendar = form.start_date_edit.calendar
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 3)
    assert calendar.selectedDate() == QDate(2027, 3, 18)
    calendar.clicked.emit(QDate(2027, 3, 25))
    assert not calendar.isVisible()
    assert form.draft().start_date == date(2027, 3, 25)


def test_the_error_goes_as_soon_as_the_dates_are_right(qtbot, event_database: Path):
    database = open_database(event_database)
    try:
        dialog = NewEventDialog(EventService(database))
        shown(qtbot, dialog)
        dialog.form.title_edit.setText("Herbsttreffen")
        start = dialog.form.start_date_edit.date()
        dialog.form.end_date_edit.setDate(start.addDays(-1))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.form.error_label.isVisibleTo(dialog)
        assert "end before it starts" in dialog.form.error_label.text()

        dialog.form.end_date_edit.setDate(start.addDays(1))
        assert not dialog.form.error_label.isVisibleTo(dialog)
        dialog.reject()
    finally:
        database.close()


def test_a_german_event_shows_german_dates_and_times_unless_a_language_was_chosen(
    qtbot, english_ui
):
    draft = EventDraft("Konferenz", date(2027, 5, 20), date(2027, 5, 20), language="de",
                       day_starts=time(9, 0), day_ends=time(17, 30))  # fmt: skip
    english_ui.install("en", chosen=False)  # an English system, no language chosen
    german_event = EventForm()
    qtbot.addWidget(german_event)
    german_event.set_draft(draft)
    assert german_event.start_date_edit.text() == "20.05.2027"
    assert german_event.day_starts_edit.text() == "09:00"
    assert german_event.day_ends_edit.text() == "17:30"
    type_into(qtbot, shown(qtbot, german_event).start_date_edit, "1.6.2027")
    assert german_event.draft().start_date == date(2027, 6, 1)

    english_ui.install("en")  # the user chose English: the UI's dates everywhere
    chosen = EventForm()
    qtbot.addWidget(chosen)
    chosen.set_draft(draft)
    assert chosen.start_date_edit.text() == "5/20/2027"
    assert "AM" in chosen.day_starts_edit.text()
