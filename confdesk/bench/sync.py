"""``sync``: two desks of the demo event on loopback, and one big sync file merged.

- The value: how long a check-in at one desk takes to be visible at the other, with both
  running :class:`~confdesk.domain.sync.lan.lan_sync.LanSync` on 127.0.0.1 (the check-in
  made, the exchange woken, the other desk's file polled until it holds the record); the
  99th percentile of :data:`CHECKINS` check-ins, in seconds. Target: 1 s.
- Beside it: merging a sync file of :data:`MERGED` check-ins into a desk
  (``merge_s``), against its floor, a plain ``INSERT OR IGNORE`` of the same rows in one
  transaction into a copy of the same file (``merge_floor_s``).

The value's floor is one bare signed HTTP round trip on loopback to the same server.
Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from contextlib import closing
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING

from confdesk.bench.scenario import (
    BenchContext,
    Measurement,
    Scenario,
    percentile,
    plain_connection,
)
from confdesk.words.command_line import Said

CHECKINS = 100
MERGED = 10_000
_POLL_S = 0.002
_LIMIT_S = 120.0
if TYPE_CHECKING:
    from confdesk.db.database import Database
    from confdesk.domain.sync.lan.lan_sync import LanSync

_VISIBLE = "SELECT 1 FROM checkins WHERE uuid = ?"


def measure(context: BenchContext) -> Measurement:
    from confdesk.db.database import open_database
    from confdesk.domain.checkin.codes import codes_for_event
    from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity
    from confdesk.domain.sync.desk_copy import make_desk_copy
    from confdesk.domain.sync.lan.lan_sync import LanSync

    folder = context.scratch_dir("sync")
    event_id = context.demo_database().event_id
    first = open_database(context.demo_copy(folder / "desk1.sqlite"), backup_on_open=False)
    second_path = make_desk_copy(first, folder / "desk2.sqlite").path
    second = open_database(second_path, backup_on_open=False)
    syncs: list[LanSync] = []
    try:
        codes = list(codes_for_event(first, event_id).values())
        syncs = [
            LanSync(desk, event_id, name, bind="127.0.0.1:0", pull_every_s=3600)
            for desk, name in ((first, "Desk 1"), (second, "Desk 2"))
        ]
        for sync in syncs:
            sync.start()
        for sync, other in ((syncs[0], syncs[1]), (syncs[1], syncs[0])):
            assert other.address is not None
            sync.add_peer("{}:{}".format(*other.address))
        visible_s: list[float] = []
        with (
            CheckinDesk(first, event_id, DeskIdentity("Desk 1", "bench")) as desk,
            closing(sqlite3.connect(second_path)) as watcher,
        ):
            for code in codes:
                if len(visible_s) == CHECKINS:
                    break
                started = perf_counter()
                result = desk.check_in(code)
                syncs[0].checked_in()
                if result.checkin_id is None:  # a cancelled registration: nothing to carry
                    continue
                record = _uuid_of(first, result.checkin_id)
                _wait_until_visible(watcher, record)
                visible_s.append(perf_counter() - started)
        floor_s = _round_trip_floor(first, event_id, syncs[1])
    finally:
        for sync in syncs:
            sync.stop()
        first.close()
        second.close()
    merge_s, merge_floor_s = _merge_big_file(context, folder, event_id)
    return Measurement(
        value=percentile(visible_s, 99),
        floor=floor_s,
        extra={
            "attendees": context.demo_database().attendees,
            "checkins": len(visible_s),
            "p50_s": percentile(visible_s, 50),
            "max_s": max(visible_s),
            "merged_checkins": MERGED,
            "merge_s": merge_s,
            "merge_floor_s": merge_floor_s,
            "merge_ratio": merge_s / merge_floor_s if merge_floor_s > 0 else None,
        },
    )


def _uuid_of(database: Database, checkin_id: int) -> str:
    with database.engine.connect() as connection:
        return str(
            connection.exec_driver_sql(
                "SELECT uuid FROM checkins WHERE id = ?", (checkin_id,)
            ).scalar_one()
        )


def _wait_until_visible(watcher: sqlite3.Connection, record: str) -> None:
    deadline = time.monotonic() + _LIMIT_S
    while watcher.execute(_VISIBLE, (record,)).fetchone() is None:
        if time.monotonic() > deadline:
            raise RuntimeError(f"check-in {record} did not reach the other desk")
        time.sleep(_POLL_S)


def _round_trip_floor(database: Database, event_id: int, server: LanSync) -> float:
    """The median of bare signed requests that the server refuses at once (a wrong path):
    what any exchange on loopback costs before any work."""
    import http.client

    from confdesk.domain.sync.lan.payload import event_keys
    from confdesk.domain.sync.lan.signing import sign

    assert server.address is not None
    keys = event_keys(database, event_id)
    times: list[float] = []
    for _ in range(50):
        started = perf_counter()
        connection = http.client.HTTPConnection(*server.address, timeout=10)
        connection.request("GET", "/floor", headers=sign(keys.key, keys.tag, "GET", "/floor", b""))
        connection.getresponse().read()
        connection.close()
        times.append(perf_counter() - started)
    return percentile(times, 50)


def _merge_big_file(context: BenchContext, folder: Path, event_id: int) -> tuple[float, float]:
    from confdesk.db.database import open_database
    from confdesk.domain.sync.desk_copy import make_desk_copy
    from confdesk.domain.sync.exporting import export_sync_file
    from confdesk.domain.sync.importing import import_sync_file

    source = open_database(context.demo_copy(folder / "big-source.sqlite"), backup_on_open=False)
    try:
        target_path = make_desk_copy(source, folder / "big-target.sqlite").path
        floor_path = make_desk_copy(source, folder / "big-floor.sqlite").path
        rows = _many_checkins(source.path, event_id)
        stick = folder / "big.sync"
        export_sync_file(source, stick, event_id, desk_name="Desk 1")
    finally:
        source.close()
    target = open_database(target_path, backup_on_open=False)
    try:
        started = perf_counter()
        import_sync_file(target, stick)
        merge_s = perf_counter() - started
    finally:
        target.close()
    with closing(plain_connection(floor_path)) as floor:
        started = perf_counter()
        floor.execute("BEGIN IMMEDIATE")
        floor.executemany(
            "INSERT OR IGNORE INTO checkins (uuid, registration_id, session_id, action, "
            "occurred_at, desk, operator, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        floor.execute("COMMIT")
        merge_floor_s = perf_counter() - started
    return merge_s, merge_floor_s


def _many_checkins(path: Path, event_id: int) -> list[tuple[object, ...]]:
    """Write :data:`MERGED` check-ins at the source desk: every registration in turn, at
    the venue and at its sessions; the rows, for the floor."""
    with closing(plain_connection(path)) as connection:
        people = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM registrations WHERE event_id = ? ORDER BY id", (event_id,)
            )
        ]
        sessions = [None] + [
            row[0]
            for row in connection.execute(
                "SELECT id FROM agenda_sessions WHERE event_id = ? ORDER BY id", (event_id,)
            )
        ]
        rows: list[tuple[object, ...]] = [
            (str(uuid.uuid4()), people[number % len(people)],
             sessions[(number // len(people)) % len(sessions)], "check_in",
             f"2027-03-18 08:{number // 600 % 60:02d}:{number // 10 % 60:02d}", "Desk 1",
             "bench", "scanner")
            for number in range(MERGED)
        ]  # fmt: skip
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT INTO checkins (uuid, registration_id, session_id, action, occurred_at, "
            "desk, operator, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.execute("COMMIT")
    return rows


SCENARIO = Scenario(
    name="sync",
    description=Said.BENCH_SYNC,
    unit="s",
    target=1.0,
    measure=measure,
)
