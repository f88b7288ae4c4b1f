"""The check-in screen when the file cannot be written: never a stale or false answer.

Each fault is made for real (another process holding the lock, a full tmpfs, a damaged
page, the file deleted). The panel forgets the previous person the moment a scan starts,
says "NOT recorded" with the fault and the person's name, the scan waits where the fault
may pass and is stored by itself when the cause goes away — then it is in the scan log."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from confdesk.db.database import Database, open_database
from confdesk.db.models import CheckinAction, CheckinSource
from confdesk.db.storage_faults import StorageFault
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.checkin.desk import DeskIdentity
from confdesk.domain.checkin.queue import NotStored, ScanRequest
from confdesk.domain.events.service import EventService
from confdesk.ui.checkin import page as checkin_page
from confdesk.ui.checkin.page import WAITING_MARK, CheckinPage
from confdesk.ui.checkin.result_panel import ResultPanel, storage_headline
from tests.storage_fault_makers import damage_table, fill_disk, small_disk, write_lock_held


def _rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def _people(path: Path, count: int) -> list[tuple[int, str]]:
    return _rows(
        path,
        "SELECT id, given_name || ' ' || family_name FROM registrations "
        f"WHERE status = 'registered' AND title = '' ORDER BY id LIMIT {count}",
    )


class Desk:
    """A check-in screen on its own database (short busy timeout: a lock shows quickly)."""

    def __init__(self, qtbot, page: CheckinPage, database: Database) -> None:
        self.qtbot = qtbot
        self.page = page
        self.database = database
        self.codes = codes_for_event(database, 1)
        self.sounds: list[str] = []
        page.play_sound = self.sounds.append

    def scan(self, registration_id: int) -> None:
        self.page.handle_code(self.codes[registration_id], CheckinSource.SCANNER)

    def answered(self) -> None:
        self.qtbot.waitUntil(lambda: self.page.answers_outstanding == 0, timeout=15_000)

    def recent(self) -> list[str]:
        return [self.page.recent_list.item(i).text() for i in range(self.page.recent_list.count())]


@pytest.fixture
def open_desk(qtbot, user_settings) -> Iterator[Callable[[Path], Desk]]:
    opened: list[tuple[CheckinPage, Database]] = []

    def open_(path: Path) -> Desk:
        database = open_database(path, busy_timeout_s=0.3)
        page = CheckinPage(user_settings)
        qtbot.addWidget(page)
        page.set_event(database, EventService(database).current())
        with qtbot.waitExposed(page):
            page.show()
        opened.append((page, database))
        return Desk(qtbot, page, database)

    yield open_
    for page, database in opened:
        page.shutdown()
        database.close()


@pytest.fixture
def desk_file(demo_copy) -> Path:
    return demo_copy(60, 3)


def test_a_lock_gives_a_red_with_the_name_and_the_scan_is_stored_once_released(
    open_desk, desk_file
):
    (first, _), (second, second_name), (third, _) = _people(desk_file, 3)
    desk = open_desk(desk_file)
    page = desk.page
    desk.scan(first)
    desk.answered()
    assert page.result_panel.outcome == "accepted" and page.print_button.isEnabled()

    with write_lock_held(desk_file):
        desk.scan(second)
        # The moment the scan starts, nothing of the previous person is left.
        assert page.result_panel.outcome == "checking"
        assert page.result_panel.name_label.text() == ""
        assert not page.print_button.isEnabled() and not page.undo_button.isEnabled()
        desk.answered()

        panel = page.result_panel
        assert panel.outcome == "not_recorded"
        assert panel.headline_label.text() == "NOT recorded: another program holds the database"
        assert panel.name_label.text() == second_name
        assert "Close it there" in panel.details_label.text()
        assert not page.print_button.isEnabled()
        assert page.waiting_label.isVisible()
        assert page.waiting_label.text().startswith("1 scan waiting to be recorded")
        assert desk.recent()[0].endswith(f"{WAITING_MARK}  {second_name} — waiting")
        assert desk.sounds[-1] == "rejected"

        desk.scan(third)  # waits behind the second, in order
        desk.answered()
        assert page.waiting_count == 2
        assert _rows(desk_file, "SELECT count(*) FROM scans") == [(1,)]

    desk.qtbot.waitUntil(lambda: page.waiting_count == 0, timeout=15_000)
    assert not page.waiting_label.isVisible()
    assert not any("waiting" in line for line in desk.recent())
    assert second_name in desk.recent()[1] and "✔" in desk.recent()[1]
    assert _rows(desk_file, "SELECT registration_id FROM checkins ORDER BY id") == [
        (first,),
        (second,),
        (third,),
    ]
    assert _rows(desk_file, "SELECT status FROM scans") == [("accepted",)] * 3
    # The counters follow the scans stored late, too.
    desk.qtbot.waitUntil(lambda: page.arrived_label.text().startswith("3 of "), timeout=15_000)


def test_a_full_disk_gives_its_own_red_and_the_scan_is_stored_when_space_is_freed(
    open_desk, desk_file, tmp_path
):
    with small_disk(tmp_path / "stick", "6m") as stick:
        path = stick / "desk.sqlite"
        shutil.copy(desk_file, path)
        ((person, name),) = _people(path, 1)
        desk = open_desk(path)
        filler = fill_disk(stick)

        desk.scan(person)
        desk.answered()

        panel = desk.page.result_panel
        assert panel.headline_label.text() == "NOT recorded: the disk is full"
        assert panel.name_label.text() == name
        assert desk.page.waiting_count == 1

        os.unlink(filler)
        desk.qtbot.waitUntil(lambda: desk.page.waiting_count == 0, timeout=15_000)
        # The panel showed this very scan: it turns into its answer.
        assert panel.outcome == "accepted" and panel.name_label.text() == name
        assert _rows(path, "SELECT registration_id FROM checkins") == [(person,)]
        assert _rows(path, "SELECT status FROM scans") == [("accepted",)]
        desk.page.release()


def test_a_damaged_page_stops_the_desk_with_a_red_that_names_the_person(open_desk, desk_file):
    ((person, name),) = _people(desk_file, 1)
    desk = open_desk(desk_file)
    damage_table(desk_file, "checkins")

    desk.scan(person)
    desk.answered()

    page = desk.page
    assert page.result_panel.outcome == "not_recorded"
    assert page.result_panel.headline_label.text() == "NOT recorded: the database file is damaged"
    assert page.result_panel.name_label.text() == name
    assert page.waiting_count == 0
    assert page.stopped_banner.isVisible()
    assert "restores the newest backup" in page.stopped_banner.text()


def test_a_damaged_registration_list_says_so_instead_of_failing(open_desk, desk_file):
    ((person, _),) = _people(desk_file, 1)
    desk = open_desk(desk_file)
    damage_table(desk_file, "registrations")

    desk.page.search_edit.setText("a")  # a new search reads the list again
    desk.qtbot.waitUntil(desk.page.list_problem_label.isVisible)
    assert "damaged" in desk.page.list_problem_label.text()
    desk.scan(person)
    desk.answered()
    panel = desk.page.result_panel
    assert panel.outcome == "not_recorded"
    assert panel.name_label.text() == ""
    assert "cannot be read" in panel.details_label.text()


def test_a_deleted_file_is_found_without_a_scan_and_names_the_rescue_copy(
    open_desk, desk_file, monkeypatch
):
    monkeypatch.setattr(checkin_page, "FILE_CHECK_MS", 100)
    ((person, _),) = _people(desk_file, 1)
    desk = open_desk(desk_file)

    os.unlink(desk_file)

    desk.qtbot.waitUntil(desk.page.stopped_banner.isVisible, timeout=10_000)
    rescue = desk.database.rescue_path
    assert rescue is not None and rescue.exists()
    assert str(rescue) in desk.page.stopped_banner.text()
    # Never "Ready for the next scan" under that banner.
    panel = desk.page.result_panel
    assert panel.outcome == "stopped"
    assert panel.headline_label.text() == "Check-in has stopped"
    desk.scan(person)
    desk.answered()
    assert panel.headline_label.text() == "NOT recorded: the database file was moved or deleted"
    assert desk.page.waiting_count == 0
    panel.show_ready()  # what the panel's timer does after an answer
    assert panel.headline_label.text() == "Check-in has stopped"


def test_closing_with_waiting_scans_asks_first(open_desk, desk_file, message_boxes):
    ((person, _),) = _people(desk_file, 1)
    desk = open_desk(desk_file)
    with write_lock_held(desk_file):
        desk.scan(person)
        desk.answered()
        message_boxes.answer = QMessageBox.StandardButton.No

        assert not desk.page.may_leave()
        assert "Scans not recorded yet: 1." in message_boxes.texts("question")[0]


@pytest.mark.parametrize("fault", list(StorageFault))
def test_every_fault_has_its_own_red_that_says_not_recorded(qtbot, fault):
    panel = ResultPanel()
    qtbot.addWidget(panel)
    request = ScanRequest(CheckinAction.CHECK_IN, CheckinSource.SCANNER, DeskIdentity(), "x")

    panel.show_not_stored(NotStored(request, fault, pending=fault.may_pass))

    assert panel.outcome == "not_recorded"
    assert panel.headline_label.text().startswith("NOT recorded: ")
    others = {storage_headline(other) for other in StorageFault if other is not fault}
    assert panel.headline_label.text() not in others
    assert ("stored by itself" in panel.details_label.text()) == fault.may_pass
