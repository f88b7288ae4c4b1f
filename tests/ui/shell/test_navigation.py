"""A navigation that explains itself: each screen in the sidebar with its icon and its
keys, the check-in one key away from anywhere, and a status line that names the event and
the desk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from confdesk import settings
from confdesk.ui.shell.main_window import CHECKIN_KEY, MainWindow


@pytest.fixture
def window(make_window, demo_copy) -> MainWindow:
    return make_window(demo_copy(60, 1))


def test_the_sidebar_shows_each_screen_with_its_icon_and_keys(window):
    navigation = window.navigation
    rows = range(navigation.count())
    assert [navigation.item(row).text() for row in rows] == [
        "Event",
        "Registrations",
        "Check-in",
        "Print",
        "Agenda",
        "Dashboard",
    ]
    assert [navigation.shortcut_shown(row) for row in rows] == [
        "Ctrl+1",
        "Ctrl+2",
        f"Ctrl+3, {CHECKIN_KEY}",
        "Ctrl+4",
        "Ctrl+5",
        "Ctrl+6",
    ]
    assert all(not navigation.item(row).icon().isNull() for row in rows)
    # Name and keys side by side, whole, in the sidebar's width.
    assert navigation.width_needed() <= window.sidebar.width()


def test_the_sidebar_speaks_german_with_german_keys(english_ui, make_window, demo_copy):
    english_ui.install("de")
    window = make_window(demo_copy(60, 1))
    assert window.navigation.item(2).text() == "Check-in"
    assert window.navigation.shortcut_shown(1) == "Strg+2"
    assert window.navigation.shortcut_shown(2) == f"Strg+3, {CHECKIN_KEY}"


@pytest.mark.parametrize("screen", ["registrations", "event", "agenda"])
def test_one_key_from_a_text_field_of_another_screen_opens_check_in_ready_to_scan(
    qtbot, window, screen
):
    window.show_screen(screen)
    field = {
        "registrations": window.registrations_page.search_edit,
        "event": window.event_page.form.venue_name_edit,
        "agenda": window.agenda_page.editor.title_edit,
    }[screen]
    if screen == "agenda":  # a session chosen, so that its fields take typing
        window.agenda_page.select_session(window.agenda_page._sessions[0].id)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    before = field.text()

    qtbot.keyClick(field, Qt.Key.Key_F9)

    assert window.pages.currentWidget() is window.checkin_page
    qtbot.waitUntil(window.checkin_page.search_edit.hasFocus)
    assert QApplication.focusWidget() is window.checkin_page.search_edit
    assert window.navigation.currentRow() == 2
    assert field.text() == before  # the key typed nothing


def test_the_status_line_names_the_event_and_the_desk(window):
    assert window.event_desk_label.isVisible()
    text = window.event_desk_label.text()
    assert window.current_event.title in text
    assert "Desk: Desk 1" in text


def test_the_status_line_follows_a_renamed_event(qtbot, window):
    window.show_screen("event")
    page = window.event_page
    page.form.title_edit.setText("Themenmarktplatz Daseinsvorsorge")
    page.form.title_edit.textEdited.emit(page.form.title_edit.text())
    page.save_button.click()

    assert window.event_desk_label.text() == "Themenmarktplatz Daseinsvorsorge · Desk: Desk 1"


def test_the_status_line_follows_a_renamed_desk(qtbot, window, user_settings, answer_next_dialog):
    heard = []
    window.changed.connect(lambda changes, _source: heard.append(changes))

    def rename(dialog) -> None:
        dialog.desk_edit.setText("Eingang Nord")
        dialog.accept()

    answer_next_dialog(rename)
    # From the window's menu, on a screen other than the check-in.
    window.show_screen("registrations")
    menu_action = next(
        action
        for action in window.menuBar().actions()[2].menu().actions()
        if action.text() == "&Desk and scanner…"
    )
    menu_action.trigger()

    assert user_settings.get(settings.DESK_NAME) == "Eingang Nord"
    assert window.event_desk_label.text().endswith("Desk: Eingang Nord")
    assert [changes.desk for changes in heard] == [True]


def test_a_desk_not_named_yet_says_so(make_window, demo_copy, user_settings):
    user_settings.set(settings.DESK_NAME, "")
    window = make_window(demo_copy(60, 1))
    assert window.event_desk_label.text().endswith("Desk: not named yet")


def test_no_event_no_event_line(make_window, database_path: Path):
    window = make_window(database_path)
    assert not window.event_desk_label.isVisible()
