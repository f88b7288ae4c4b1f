"""The event screen is a widget like any other to Qt."""

from __future__ import annotations

from PySide6.QtCore import QEvent


def test_the_event_page_keeps_qt_event_handler_while_an_event_is_shown(make_window, event_database):
    # A property named "event" once hid QWidget.event(): calling it raised a TypeError.
    window = make_window(event_database)
    window.show_screen("event")
    page = window.event_page
    assert page.form.title_edit.text()  # an event is shown

    assert page.event(QEvent(QEvent.Type.User)) is True
