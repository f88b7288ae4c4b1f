"""Scans that could not be stored: named by fault, kept in order, stored with the moment
they were read once the cause goes away; a damaged or vanished file stops the desk. Every
fault is real (another process's lock, a full tmpfs, a damaged page, a deleted file)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.db.models import CheckinAction, CheckinSource, ScanStatus, utc_now
from confdesk.db.storage_faults import StorageFault
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity, ScanResult
from confdesk.domain.checkin.queue import NotStored, ScanQueue, ScanRequest
from tests.storage_fault_makers import damage_table, fill_disk, small_disk, write_lock_held

EVENT = 1


def _registered(path: Path) -> list[tuple[int, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT id, given_name || ' ' || family_name FROM registrations "
            "WHERE status = 'registered' AND title = '' ORDER BY id"
        ).fetchall()


def _rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def _request(code: str, at: datetime | None = None) -> ScanRequest:
    return ScanRequest(
        action=CheckinAction.CHECK_IN,
        source=CheckinSource.SCANNER,
        identity=DeskIdentity("Eingang", "Petra"),
        text=code,
        scanned_at=at or utc_now(),
    )


@pytest.fixture
def desk_file(demo_copy) -> Path:
    return demo_copy(60, 3)


def test_a_locked_file_keeps_scans_waiting_in_order_and_stores_them_with_their_time(
    desk_file: Path,
):
    people = _registered(desk_file)[:2]
    database = open_database(desk_file, busy_timeout_s=0.2)
    codes = codes_for_event(database, EVENT)
    queue = ScanQueue(CheckinDesk(database, EVENT))
    earlier = utc_now() - timedelta(minutes=3)
    try:
        with write_lock_held(desk_file):
            first = queue.submit(_request(codes[people[0][0]], earlier))
            second = queue.submit(_request(codes[people[1][0]]))

            assert isinstance(first, NotStored) and isinstance(second, NotStored)
            assert (first.fault, first.pending) == (StorageFault.LOCKED, True)
            assert first.attendee is not None and first.attendee.full_name == people[0][1]
            assert second.pending and second.attendee.full_name == people[1][1]
            assert len(queue.waiting) == 2
            # Still locked: nothing moves, nothing is lost.
            assert queue.retry().stored == []
            assert len(queue.waiting) == 2

        outcome = queue.retry()
    finally:
        queue.desk.close()
        database.close()

    assert [stored.result.status for stored in outcome.stored] == [ScanStatus.ACCEPTED] * 2
    assert queue.waiting == () and queue.fault is None
    scans = _rows(desk_file, "SELECT scanned_at, desk, operator, status FROM scans ORDER BY id")
    checkins = _rows(desk_file, "SELECT registration_id, occurred_at FROM checkins ORDER BY id")
    assert [row[1:] for row in scans] == [("Eingang", "Petra", "accepted")] * 2
    # The first scan keeps the moment it was read, in the log and in the check-in.
    assert datetime.fromisoformat(scans[0][0]) == earlier
    assert checkins[0] == (people[0][0], scans[0][0])
    assert checkins[1][0] == people[1][0]


def test_a_full_disk_keeps_the_scan_waiting_until_space_is_freed(tmp_path: Path, desk_file):
    with small_disk(tmp_path / "stick", "6m") as stick:
        path = stick / "desk.sqlite"
        shutil.copy(desk_file, path)
        person, name = _registered(path)[0]
        database = open_database(path, busy_timeout_s=0.2)
        code = codes_for_event(database, EVENT)[person]
        queue = ScanQueue(CheckinDesk(database, EVENT))
        try:
            filler = fill_disk(stick)
            answer = queue.submit(_request(code))

            assert isinstance(answer, NotStored)
            assert (answer.fault, answer.pending) == (StorageFault.DISK_FULL, True)
            assert answer.attendee is not None and answer.attendee.full_name == name
            assert queue.retry().stored == []

            os.unlink(filler)
            outcome = queue.retry()
        finally:
            queue.desk.close()
            database.close()
        assert [stored.result.status for stored in outcome.stored] == [ScanStatus.ACCEPTED]
        assert _rows(path, "SELECT registration_id FROM checkins") == [(person,)]
        assert _rows(path, "SELECT status FROM scans") == [("accepted",)]


def test_a_damaged_page_stops_the_desk_and_still_names_the_person(desk_file: Path):
    person, name = _registered(desk_file)[0]
    database = open_database(desk_file, busy_timeout_s=0.2)
    code = codes_for_event(database, EVENT)[person]
    queue = ScanQueue(CheckinDesk(database, EVENT))
    try:
        damage_table(desk_file, "checkins")

        answer = queue.submit(_request(code))
        later = queue.submit(_request(code))
    finally:
        queue.desk.close()
        database.close()

    assert isinstance(answer, NotStored)
    assert (answer.fault, answer.pending) == (StorageFault.DAMAGED, False)
    assert answer.attendee is not None and answer.attendee.full_name == name
    assert queue.stopped and queue.waiting == ()
    assert isinstance(later, NotStored) and not later.pending


def test_a_deleted_file_stops_the_desk_with_a_rescue_copy(desk_file: Path):
    people = _registered(desk_file)[:2]
    database = open_database(desk_file, busy_timeout_s=0.2)
    codes = codes_for_event(database, EVENT)
    queue = ScanQueue(CheckinDesk(database, EVENT))
    try:
        assert isinstance(queue.submit(_request(codes[people[0][0]])), ScanResult)
        os.unlink(desk_file)

        answer = queue.submit(_request(codes[people[1][0]]))
    finally:
        queue.desk.close()
        database.close()

    assert isinstance(answer, NotStored)
    assert (answer.fault, answer.pending) == (StorageFault.FILE_GONE, False)
    assert queue.stopped
    assert database.rescue_path is not None
    rescued = _rows(database.rescue_path, "SELECT registration_id FROM checkins ORDER BY id")
    assert rescued[0] == (people[0][0],)
