"""The check-in screen as a desk uses it: a keyboard-mode scanner typing into whatever has
the focus (with and without Enter, fired twice), people typing normally, search, walk-in,
undo, session doors, counters and sounds."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.settings import Settings


@pytest.fixture
def demo_path(demo_copy) -> Path:
    return demo_copy(120, 2)


@pytest.fixture
def codes(demo_path: Path) -> dict[int, str]:
    database = open_database(demo_path)
    try:
        return codes_for_event(database, 1)
    finally:
        database.close()


@pytest.fixture
def window(make_window, demo_path):
    window = make_window(demo_path)
    window.show_screen("checkin")
    return window


@pytest.fixture
def page(window):
    sounds: list[str] = []
    window.checkin_page.play_sound = sounds.append
    window.checkin_page.sounds = sounds
    return window.checkin_page


def _ids(path: Path, status: str = "registered") -> list[int]:
    with closing(sqlite3.connect(path)) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT id FROM registrations WHERE status = ? ORDER BY id", (status,)
            )
        ]


def _rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def scan(qtbot, widget, code: str, enter: bool = True) -> None:
    """Type as a keyboard-mode scanner does: every key at once, maybe Enter after; then
    wait until the check-in screen has shown the answer (the write runs on its worker)."""
    qtbot.keyClicks(widget, code)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        page = _checkin_page(widget)
        if page is not None and page.isVisible():
            answered(qtbot, page)


def answered(qtbot, page) -> None:
    """Wait for the answers to everything sent to the worker."""
    qtbot.waitUntil(lambda: page.answers_outstanding == 0, timeout=15_000)


def _checkin_page(widget):
    from confdesk.ui.checkin.page import CheckinPage

    while widget is not None and not isinstance(widget, CheckinPage):
        widget = widget.parentWidget()
    return widget


def test_a_scan_with_enter_into_the_search_field_checks_in(qtbot, page, demo_path, codes):
    person = _ids(demo_path)[0]

    scan(qtbot, page.search_edit, codes[person])

    assert page.result_panel.outcome == "accepted"
    assert page.result_panel.headline_label.text() == "Welcome — checked in"
    # The scanner's keys never reached the field.
    assert page.search_edit.text() == ""
    assert _rows(demo_path, "SELECT registration_id, source FROM checkins") == [(person, "scanner")]
    assert page.sounds == ["accepted"]
    assert page.search_edit.hasFocus()


def test_a_scan_without_enter_is_recognised_by_its_pause(qtbot, page, demo_path, codes):
    person = _ids(demo_path)[1]

    scan(qtbot, page.search_edit, codes[person], enter=False)

    qtbot.waitUntil(lambda: page.result_panel.outcome == "accepted")
    assert page.search_edit.text() == ""
    assert _rows(demo_path, "SELECT registration_id FROM checkins") == [(person,)]


def test_a_scan_is_heard_whatever_widget_has_the_focus(qtbot, page, demo_path, codes):
    page.operator_edit.setText("Petra")
    page.operator_edit.setFocus()

    scan(qtbot, page.operator_edit, codes[_ids(demo_path)[2]])

    assert page.result_panel.outcome == "accepted"
    assert page.operator_edit.text() == "Petra"


def test_a_code_fired_twice_by_the_hardware_counts_once(qtbot, page, demo_path, codes):
    code = codes[_ids(demo_path)[3]]

    scan(qtbot, page.search_edit, code)
    scan(qtbot, page.search_edit, code)

    assert page.result_panel.outcome == "accepted"
    assert _rows(demo_path, "SELECT count(*) FROM scans") == [(1,)]

    # A second scan of the badge later on is a real one: already checked in.
    page.scanner.repeat_window_s = 0
    scan(qtbot, page.search_edit, code)
    assert page.result_panel.outcome == "warning"
    assert page.result_panel.headline_label.text() == "Already checked in"
    assert page.sounds == ["accepted", "already"]


def test_people_typing_are_not_taken_for_a_scanner(qtbot, page):
    # A person types a key every 80 ms or so; the screen's own search gets the letters.
    qtbot.keyClicks(page.search_edit, "Albrecht", delay=80)

    qtbot.waitUntil(lambda: page.search_edit.text() == "Albrecht")
    assert page.result_panel.outcome == "ready"


def test_rejections_say_why_in_words_and_sound(qtbot, page, demo_path, codes):
    cancelled = codes[_ids(demo_path, "cancelled")[0]]

    scan(qtbot, page.search_edit, cancelled)
    assert page.result_panel.outcome == "rejected"
    assert page.result_panel.headline_label.text() == "Rejected: registration cancelled"

    scan(qtbot, page.search_edit, "CDK" + "0" * 56)
    assert page.result_panel.headline_label.text() == "Rejected: not a valid code"
    assert page.sounds == ["rejected", "rejected"]
    assert _rows(demo_path, "SELECT status FROM scans ORDER BY id") == [
        ("cancelled",),
        ("invalid",),
    ]


def test_find_by_name_and_enter_checks_in(qtbot, page, demo_path):
    person = _ids(demo_path)[4]
    (family,) = _rows(demo_path, f"SELECT family_name FROM registrations WHERE id = {person}")[0]
    page.search_edit.insert(family)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    row = page.model.row_of(person)
    assert row is not None
    page.matches.selectRow(row)

    page.check_in_button.click()
    answered(qtbot, page)

    assert page.result_panel.outcome == "accepted"
    assert _rows(demo_path, "SELECT registration_id, source FROM checkins") == [(person, "search")]


def test_a_name_in_another_script_is_found_as_it_is_written(qtbot, make_window, demo_path):
    database = open_database(demo_path)
    try:
        person = RegistrationService(database).create(1, RegistrationDraft("小明", "王")).id
    finally:
        database.close()
    window = make_window(demo_path)
    window.show_screen("checkin")
    page = window.checkin_page
    page.play_sound = lambda _kind: None

    page.search_edit.insert("王小明")  # as an input method types it: family name first
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    answered(qtbot, page)

    assert page.result_panel.outcome == "accepted"
    assert _rows(demo_path, "SELECT registration_id, source FROM checkins") == [(person, "search")]


def test_undo_takes_back_the_last_check_in(qtbot, page, demo_path, codes):
    person = _ids(demo_path)[5]
    scan(qtbot, page.search_edit, codes[person])
    assert page.undo_button.isEnabled()

    qtbot.keyClick(page.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot, page)

    assert page.result_panel.headline_label.text() == "Check-in undone"
    assert not page.undo_button.isEnabled()
    assert _rows(demo_path, "SELECT action FROM checkins ORDER BY id") == [
        ("check_in",),
        ("undo",),
    ]


def test_check_out_mode(qtbot, page, demo_path, codes):
    code = codes[_ids(demo_path)[6]]
    scan(qtbot, page.search_edit, code)
    page.check_out_box.setChecked(True)
    page.scanner.repeat_window_s = 0

    scan(qtbot, page.search_edit, code)

    assert page.result_panel.headline_label.text() == "Checked out"
    assert _rows(demo_path, "SELECT action FROM checkins ORDER BY id") == [
        ("check_in",),
        ("check_out",),
    ]


def test_session_door_shows_the_room_filling_up(qtbot, page, demo_path, codes):
    (session_id, title, capacity) = _rows(
        demo_path,
        "SELECT s.id, s.title, coalesce(s.capacity, r.capacity) FROM agenda_sessions s "
        "JOIN rooms r ON r.id = s.room_id WHERE s.kind = 'workshop' ORDER BY s.id LIMIT 1",
    )[0]
    page.place_combo.setCurrentIndex(page.place_combo.findData(session_id))
    assert not page.check_out_box.isEnabled()

    scan(qtbot, page.search_edit, codes[_ids(demo_path)[7]])

    assert page.result_panel.outcome == "accepted"
    assert f"{title}: 1 of {capacity} present" in page.result_panel.details_label.text()
    assert _rows(demo_path, "SELECT session_id FROM checkins") == [(session_id,)]


def test_walk_in_from_the_desk_is_registered_and_checked_in(
    qtbot, page, demo_path, answer_next_dialog
):
    def register(dialog) -> None:
        try:
            dialog.given_name_edit.setText("Lena")
            dialog.family_name_edit.setText("Kowalski")
            dialog.organization_edit.setText("Stadt Guben")
            qtbot.keyClick(dialog.organization_edit, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_next_dialog(register)
    qtbot.keyClick(
        page.search_edit,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    answered(qtbot, page)

    assert page.result_panel.outcome == "accepted"
    assert page.result_panel.name_label.text() == "Lena Kowalski"
    assert _rows(
        demo_path,
        "SELECT r.family_name, r.source, c.source FROM checkins c "
        "JOIN registrations r ON r.id = c.registration_id",
    ) == [("Kowalski", "walk_in", "walk_in")]
    # The scanner listens again once the dialog is gone.
    assert page.scanner.listening


def test_counters_follow_the_check_ins(qtbot, page, demo_path, codes):
    expected = len(_ids(demo_path))
    qtbot.waitUntil(lambda: page.arrived_label.text() == f"0 of {expected} checked in")

    scan(qtbot, page.search_edit, codes[_ids(demo_path)[8]])

    qtbot.waitUntil(lambda: page.arrived_label.text() == f"1 of {expected} checked in")
    assert page.recent_label.text() == "Arrivals in the last 15 minutes: 1"
    assert page.recent_list.count() == 1


def test_the_scanner_listens_only_while_the_screen_is_shown(qtbot, window, demo_path, codes):
    page = window.checkin_page
    assert page.scanner.listening
    window.show_screen("registrations")
    assert not page.scanner.listening

    registrations = window.registrations_page
    scan(qtbot, registrations.search_edit, codes[_ids(demo_path)[9]], enter=False)

    # Elsewhere a code is just text.
    assert registrations.search_edit.text() == codes[_ids(demo_path)[9]]
    assert _rows(demo_path, "SELECT count(*) FROM checkins") == [(0,)]
    assert QApplication.instance() is not None


def test_a_code_the_camera_reads_checks_in_and_says_so_in_the_log(qtbot, page, demo_path, codes):
    person = _ids(demo_path)[10]

    page.camera.codeDecoded.emit(codes[person])
    answered(qtbot, page)

    assert page.result_panel.outcome == "accepted"
    assert _rows(demo_path, "SELECT source FROM scans") == [("camera",)]


def test_without_a_camera_the_screen_says_so_and_scanning_still_works(
    qtbot, page, demo_path, codes
):
    if page.camera.available:
        pytest.skip("this machine has a camera")
    assert "camera" in page.camera.status_text().lower()
    assert page.camera.isVisible()

    scan(qtbot, page.search_edit, codes[_ids(demo_path)[11]])

    assert page.result_panel.outcome == "accepted"


def test_sound_can_be_switched_off_and_stays_off(qtbot, page, demo_path, codes, user_settings):
    page.sound_box.setChecked(False)

    scan(qtbot, page.search_edit, codes[_ids(demo_path)[12]])

    assert page.result_panel.outcome == "accepted"
    assert page.sounds == []
    from confdesk import settings

    assert Settings().get(settings.CHECKIN_SOUND) is False


def test_after_enter_on_a_search_hit_the_next_name_goes_into_the_search(qtbot, page, demo_path):
    with closing(sqlite3.connect(demo_path)) as connection:
        first, second = connection.execute(
            "SELECT family_name FROM registrations WHERE status = 'registered' "
            "AND family_name NOT IN (SELECT family_name FROM registrations "
            "GROUP BY family_name HAVING count(*) > 1) ORDER BY id LIMIT 2"
        ).fetchall()
    page.focus_search()
    for (family_name,) in (first, second):
        page.search_edit.insert(family_name)
        qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
        answered(qtbot, page)
        assert page.result_panel.outcome == "accepted"
        assert page.search_edit.hasFocus()
        assert page.search_edit.selectedText() == page.search_edit.text()
