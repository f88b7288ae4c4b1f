"""Several desks in the window: a desk copy from the File menu, a sync file exported at one
desk and imported at another, a tampered file refused, the desk panel and the list of
double entries. Real files, real windows; only the file dialogs are answered by the test."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from confdesk.db.database import Database, open_database
from confdesk.db.models import CheckinSource
from confdesk.domain.changes import Changes
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity
from confdesk.domain.sync.desk_copy import make_desk_copy
from confdesk.domain.sync.exporting import export_sync_file
from confdesk.domain.sync.status import sync_status
from confdesk.ui.desks import sync_actions
from confdesk.ui.desks.desk_panel import PeerRow, peer_rows
from confdesk.ui.desks.desks_dialog import DOUBLE_ENTRIES_TAB
from confdesk.ui.shell.main_window import MainWindow

EVENT_ID = 1
ATTENDEES = 20


@pytest.fixture
def organiser_file(demo_copy: Callable[..., Path]) -> Path:
    return demo_copy(ATTENDEES, 1, "organiser.sqlite")


def desk_copy(organiser_file: Path, name: str) -> Path:
    organiser = open_database(organiser_file, backup_on_open=False)
    try:
        return make_desk_copy(organiser, organiser_file.with_name(name), desk_name="Desk 1").path
    finally:
        organiser.close()


def not_checked_in(path: Path) -> list[int]:
    with closing(sqlite3.connect(path)) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT id FROM registrations WHERE status = 'registered' AND id NOT IN "
                "(SELECT registration_id FROM checkins) ORDER BY id"
            )
        ]


def check_in(database: Database, person: int, desk: str) -> None:
    code = codes_for_event(database, EVENT_ID)[person]
    with CheckinDesk(database, EVENT_ID, DeskIdentity(desk)) as opened:
        assert opened.check_in(code).status == "accepted"


def checkin_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT count(*) FROM checkins").fetchone()[0]


def broadcasts(window: MainWindow) -> list[Changes]:
    seen: list[Changes] = []
    window.changed.connect(lambda changes, _source: seen.append(changes))
    return seen


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(sync_actions, "save_file_name", lambda *args: str(path))
    monkeypatch.setattr(sync_actions, "open_file_name", lambda *args: str(path))


def run_action(qtbot, window: MainWindow, action_name: str) -> None:
    getattr(window, action_name).trigger()
    qtbot.waitUntil(lambda: not window.sync_actions.busy, timeout=30_000)


def arrived(window: MainWindow) -> str:
    return window.checkin_page.arrived_label.text()


def test_a_desk_copy_from_the_menu_opens_as_a_desk_of_the_event(
    qtbot, make_window, organiser_file, message_boxes, monkeypatch
):
    window = make_window(organiser_file)
    target = organiser_file.with_name("desk2.sqlite")
    choose_file(monkeypatch, target)
    run_action(qtbot, window, "desk_copy_action")
    assert message_boxes.texts("warning") == []
    [confirmation] = message_boxes.texts("information")
    assert str(target) in confirmation
    # Made again onto the same file: refused, as the core refuses it, and the file kept.
    made = target.stat().st_mtime_ns
    run_action(qtbot, window, "desk_copy_action")
    [refusal] = message_boxes.texts("warning")
    assert "already exists" in refusal
    assert target.stat().st_mtime_ns == made

    assert window.current_event is not None
    event_uuid = window.current_event.uuid
    window.release()
    other = make_window(target)
    assert other.current_event is not None and other.current_event.uuid == event_uuid
    other.show_desks()
    assert other.desks_dialog.desk_panel.desk_names() == ["Desk 1"]


def test_a_check_in_exported_at_one_desk_and_imported_at_another_reaches_its_counts(
    qtbot, make_window, organiser_file, message_boxes, monkeypatch
):
    desk_b = desk_copy(organiser_file, "desk2.sqlite")
    window_a = make_window(organiser_file)
    person = not_checked_in(organiser_file)[0]
    assert window_a.database is not None
    check_in(window_a.database, person, "Desk 1")
    sync_file = organiser_file.with_name("from-desk1.confdesk-sync")
    choose_file(monkeypatch, sync_file)
    run_action(qtbot, window_a, "export_sync_action")
    assert sync_file.is_file()
    window_a.release()

    window_b = make_window(desk_b)
    window_b.show_screen("checkin")
    qtbot.waitUntil(lambda: arrived(window_b) != "")
    before = checkin_count(desk_b)
    shown_before = arrived(window_b)
    heard = broadcasts(window_b)
    run_action(qtbot, window_b, "import_sync_action")
    assert message_boxes.texts("warning") == []
    [summary] = message_boxes.texts("information")[-1:]
    assert "Desk 1" in summary and "1 check-ins" in summary
    assert checkin_count(desk_b) == before + 1
    qtbot.waitUntil(lambda: arrived(window_b) != shown_before, timeout=10_000)
    assert arrived(window_b).split(" of ")[0] == str(int(shown_before.split(" of ")[0]) + 1)
    assert len(heard) == 1 and heard[0].checkins

    # Scanned at this desk now: already in, at the other desk, and when.
    page = window_b.checkin_page
    assert window_b.database is not None
    page.handle_code(codes_for_event(window_b.database, EVENT_ID)[person], CheckinSource.SCANNER)
    qtbot.waitUntil(lambda: page.answers_outstanding == 0, timeout=15_000)
    assert page.result_panel.headline_label.text() == "Already checked in"
    assert " at Desk 1." in page.result_panel.details_label.text()

    window_b.show_desks()
    panel = window_b.desks_dialog.desk_panel
    assert panel.desk_names() == ["Desk 1"]
    assert panel.table.item(0, 1).text() != ""


def test_a_tampered_sync_file_is_refused_with_one_message_and_changes_nothing(
    qtbot, make_window, organiser_file, message_boxes, monkeypatch
):
    desk_b = desk_copy(organiser_file, "desk2.sqlite")
    organiser = open_database(organiser_file, backup_on_open=False)
    sync_file = organiser_file.with_name("tampered.confdesk-sync")
    try:
        check_in(organiser, not_checked_in(organiser_file)[0], "Desk 1")
        export_sync_file(organiser, sync_file, EVENT_ID, desk_name="Desk 1")
    finally:
        organiser.close()
    with closing(sqlite3.connect(sync_file)) as connection, connection:
        connection.execute("UPDATE checkins SET desk = 'Desk 9'")

    window_b = make_window(desk_b)
    before = checkin_count(desk_b)
    heard = broadcasts(window_b)
    choose_file(monkeypatch, sync_file)
    run_action(qtbot, window_b, "import_sync_action")
    [refusal] = message_boxes.texts()
    assert "altered" in refusal and "nothing was imported" in refusal
    assert message_boxes.texts("warning") == [refusal]
    assert checkin_count(desk_b) == before
    assert heard == []


def test_a_double_entry_made_at_two_desk_copies_is_listed(
    qtbot, make_window, organiser_file, message_boxes, monkeypatch, english_ui
):
    desk_b = desk_copy(organiser_file, "desk2.sqlite")
    desk_c = desk_copy(organiser_file, "desk3.sqlite")
    person = not_checked_in(organiser_file)[0]
    with closing(sqlite3.connect(organiser_file)) as connection:
        given, family = connection.execute(
            "SELECT given_name, family_name FROM registrations WHERE id = ?", (person,)
        ).fetchone()
    sync_file = organiser_file.with_name("from-desk3.confdesk-sync")
    for path, desk in ((desk_b, "Desk 2"), (desk_c, "Desk 3")):
        database = open_database(path, backup_on_open=False)
        try:
            check_in(database, person, desk)
            if desk == "Desk 3":
                export_sync_file(database, sync_file, EVENT_ID, desk_name=desk)
        finally:
            database.close()

    window_b = make_window(desk_b)
    window_b.show_screen("checkin")
    strip = window_b.checkin_page.desks_strip
    assert strip.double_entries_button.isHidden()
    choose_file(monkeypatch, sync_file)
    run_action(qtbot, window_b, "import_sync_action")
    assert message_boxes.texts("warning") == []
    qtbot.waitUntil(lambda: not strip.double_entries_button.isHidden())
    assert strip.double_entry_count == 1

    strip.double_entries_button.click()
    dialog = window_b.desks_dialog
    assert dialog.isVisible() and dialog.tabs.currentIndex() == DOUBLE_ENTRIES_TAB
    [line] = dialog.double_entry_list.lines()
    assert given in line and family in line
    assert " — checked in at Desk 2 at " in line and " and at Desk 3 at " in line
    assert sorted(dialog.desk_panel.desk_names()) == ["Desk 1", "Desk 3"]
    # In the UI's language: German after switching.
    english_ui.install("de")
    dialog.refresh()
    [german] = dialog.double_entry_list.lines()
    assert " — eingecheckt bei Desk 2 um " in german and " und bei Desk 3 um " in german


def test_desks_heard_of_live_join_the_panel_and_replace_the_files_row(make_window, organiser_file):
    desk_b = desk_copy(organiser_file, "desk2.sqlite")
    window = make_window(desk_b)
    window.show_desks()
    dialog = window.desks_dialog
    [organiser] = [
        PeerRow(row.desk_uuid, "Desk 1 (live)", row.last_contact_at, 0, 0)
        for row in peer_rows(sync_status(window.database))
    ]
    other = PeerRow("feed0000-0000-4000-8000-000000000003", "Desk 3", datetime(2026, 1, 1), 4, 0)
    dialog.add_peer_source(lambda: [organiser, other])
    dialog.refresh()
    assert dialog.desk_panel.desk_names() == ["Desk 1 (live)", "Desk 3"]
