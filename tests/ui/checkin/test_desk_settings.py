"""Desk settings: the desk's name in its check-in records, and a slow (Bluetooth) scanner
measured by a test scan, after which its scans are heard at the desk."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from key_stamps import type_keys
from PySide6.QtWidgets import QApplication

from confdesk import settings
from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.ui.checkin.desk_settings_dialog import DeskSettingsDialog
from confdesk.ui.checkin.keyboard_scanner import DEFAULT_MAX_GAP_MS, suggested_gap_ms


@pytest.mark.parametrize(
    ("times", "gap"),
    [
        ([0, 3, 6, 10, 13], DEFAULT_MAX_GAP_MS),  # wired: the default stands
        ([0, 60, 120, 185, 245], 130),  # Bluetooth: twice its longest gap
        ([0, 400], 250),  # never so long that typing passes for a scan
        ([0], DEFAULT_MAX_GAP_MS),
    ],
)
def test_the_suggested_gap(times, gap):
    assert suggested_gap_ms(times) == gap


def test_a_test_scan_measures_the_scanner_and_sets_the_gap(qtbot):
    dialog = DeskSettingsDialog("Desk 1", DEFAULT_MAX_GAP_MS)
    qtbot.addWidget(dialog)

    type_keys(dialog.test_edit, "CDK0123456789", start_ms=10_000, gap_ms=70, enter=True)

    assert dialog.gap_ms() == 140
    assert dialog.test_result.text() == (
        "Read 13 characters, keys at most 70 ms apart. The gap is set to 140 ms."
    )
    assert dialog.test_edit.text() == "CDK0123456789"
    # Enter ended the test scan and left the dialog open.
    assert not dialog.result()


def test_a_short_test_scan_changes_nothing(qtbot):
    dialog = DeskSettingsDialog("Desk 1", 60)
    qtbot.addWidget(dialog)
    type_keys(dialog.test_edit, "abc", start_ms=10_000, gap_ms=5, enter=True)
    assert dialog.gap_ms() == 60
    assert dialog.test_result.text().startswith("Too short for a scan")


def test_a_desk_needs_a_name(qtbot):
    dialog = DeskSettingsDialog("Desk 1", DEFAULT_MAX_GAP_MS)
    qtbot.addWidget(dialog)
    dialog.desk_edit.setText("   ")
    dialog.accept()
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text() == "The desk needs a name: check-ins are recorded under it."
    assert dialog.result() == 0


@pytest.fixture
def demo_path(demo_copy) -> Path:
    return demo_copy(60, 1)


def test_a_slow_scanner_set_up_at_the_desk_checks_people_in(
    qtbot, make_window, demo_path, user_settings, answer_next_dialog
):
    database = open_database(demo_path)
    try:
        codes = codes_for_event(database, 1)
    finally:
        database.close()
    with closing(sqlite3.connect(demo_path)) as connection:
        first, second = (
            row[0]
            for row in connection.execute(
                "SELECT id FROM registrations WHERE status = 'registered' ORDER BY id LIMIT 2"
            )
        )
    window = make_window(demo_path)
    window.show_screen("checkin")
    page = window.checkin_page
    page.play_sound = lambda _outcome: None

    # Before: a scanner with 70 ms between keys (and no Enter) is taken for a person typing.
    type_keys(page.search_edit, codes[first], start_ms=10_000, gap_ms=70, enter=False)
    qtbot.wait(3 * DEFAULT_MAX_GAP_MS + 200)
    assert page.result_panel.outcome == "ready"
    assert page.search_edit.text() == codes[first]
    page.search_edit.clear()

    def set_up(dialog) -> None:
        try:
            dialog.desk_edit.setText("Eingang Nord")
            type_keys(dialog.test_edit, codes[second], start_ms=10_000, gap_ms=70, enter=True)
            dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_next_dialog(set_up)
    page.desk_button.click()

    assert page.desk_button.text() == "Desk: Eingang Nord"
    assert user_settings.get(settings.SCANNER_KEY_GAP_MS) == 140
    assert user_settings.get(settings.DESK_NAME) == "Eingang Nord"
    assert page.scanner.listening
    # The dialog's test scan checked nobody in; the real one does, under the new name.
    type_keys(page.search_edit, codes[first], start_ms=20_000, gap_ms=70, enter=False)
    qtbot.waitUntil(lambda: page.result_panel.outcome == "accepted")
    assert page.search_edit.text() == ""
    with closing(sqlite3.connect(demo_path)) as connection:
        assert connection.execute("SELECT registration_id, desk FROM checkins").fetchall() == [
            (first, "Eingang Nord")
        ]


def test_a_desk_without_a_name_is_asked_for_one_the_first_time_check_in_opens(
    qtbot, make_window, demo_path, user_settings, answer_next_dialog
):
    user_settings.set(settings.DESK_NAME, "")  # as on a laptop that never ran a desk
    window = make_window(demo_path)
    seen: dict[str, str] = {}

    def name_it(dialog) -> None:
        seen["suggested"] = dialog.desk_edit.text()
        dialog.desk_edit.setText("Eingang Nord")
        dialog.accept()

    answer_next_dialog(name_it)
    window.show_screen("checkin")
    page = window.checkin_page
    qtbot.waitUntil(lambda: user_settings.get(settings.DESK_NAME) == "Eingang Nord")

    assert seen["suggested"] == "Desk 1"  # never the machine's host name
    assert page.desk_button.text() == "Desk: Eingang Nord"
    # Asked once: coming back to the screen asks no more.
    window.show_screen("registrations")
    window.show_screen("checkin")
    assert QApplication.activeModalWidget() is None


def test_a_fresh_desk_is_not_named_after_the_machine(isolated_user_folders):
    assert settings.Settings().get(settings.DESK_NAME) == ""
