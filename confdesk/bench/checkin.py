"""``checkin``: 1,000 scans at the venue desk against the demo event (50,000 registrations).

The scans are mixed as a morning at the desk brings them: mostly first arrivals, some badges
scanned a second time, some codes that are not the event's (forged, cut short, random text).
Each scan is one :meth:`confdesk.domain.checkin.desk.CheckinDesk.check_in` call: verify the code,
decide, write the check-in and the scan's log row, commit durably, return the result. The
value is the 99th percentile of those calls in milliseconds.

Floor: the least any durable check-in can cost, a plain ``sqlite3`` insert of one row in its
own transaction into a file with the same pragmas (WAL, ``synchronous=FULL``). Both run
alternately, scan by scan, on the same disk, so both see the same machine load.

The scans go to a copy of the shared demo file, so other scenarios see it unchanged.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path
from time import perf_counter

from confdesk.bench.scenario import (
    BenchContext,
    Measurement,
    Scenario,
    percentile,
    plain_connection,
)
from confdesk.words.command_line import Said

SCANS = 1_000
WARM_UP_SCANS = 20
_FIRST_ARRIVALS = 0.75
_FOREIGN = 0.10  # codes the event never issued; the rest are repeats


def measure(context: BenchContext) -> Measurement:
    from confdesk.db.database import open_database
    from confdesk.domain.checkin.codes import codes_for_event
    from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity

    folder = context.scratch_dir("checkin")
    database = open_database(context.demo_copy(folder / "desk.sqlite"))
    event_id = context.demo_database().event_id
    try:
        codes = list(codes_for_event(database, event_id).values())
        rng = random.Random(11)
        warm_up = scan_script(rng, codes, WARM_UP_SCANS)
        scans = scan_script(rng, codes, SCANS)
        with (
            CheckinDesk(database, event_id, DeskIdentity("Bench", "bench")) as desk,
            closing(_floor_connection(folder / "floor.sqlite")) as floor,
        ):
            for code in warm_up:
                desk.check_in(code)
                _durable_insert(floor, code)
            ours_ms: list[float] = []
            floor_ms: list[float] = []
            statuses: Counter[str] = Counter()
            for code in scans:
                started = perf_counter()
                result = desk.check_in(code)
                ours_ms.append((perf_counter() - started) * 1000)
                statuses[result.status.value] += 1
                started = perf_counter()
                _durable_insert(floor, code)
                floor_ms.append((perf_counter() - started) * 1000)
    finally:
        database.close()
    return Measurement(
        value=percentile(ours_ms, 99),
        floor=percentile(floor_ms, 99),
        extra={
            "attendees": context.demo_database().attendees,
            "scans": len(scans),
            "statuses": dict(sorted(statuses.items())),
            "p50_ms": percentile(ours_ms, 50),
            "max_ms": max(ours_ms),
            "floor_p50_ms": percentile(floor_ms, 50),
        },
    )


def scan_script(rng: random.Random, codes: list[str], count: int) -> list[str]:
    """First arrivals (each code once), repeats of codes scanned before, and codes the
    event never issued, shuffled together. A small event has fewer arrivals and more
    repeats."""
    arrivals = rng.sample(codes, min(len(codes), round(count * _FIRST_ARRIVALS)))
    foreign = [_not_issued(rng, rng.choice(codes)) for _ in range(round(count * _FOREIGN))]
    repeats = [rng.choice(arrivals) for _ in range(count - len(arrivals) - len(foreign))]
    scans = arrivals + foreign
    rng.shuffle(scans)
    # A repeat goes somewhere after its first scan.
    for code in repeats:
        scans.insert(rng.randint(scans.index(code) + 1, len(scans)), code)
    return scans


def _not_issued(rng: random.Random, code: str) -> str:
    kind = rng.randrange(3)
    if kind == 0:  # forged: one character of the signature changed
        position = rng.randrange(len(code) - 10, len(code))
        replacement = "0" if code[position] != "0" else "1"
        return code[:position] + replacement + code[position + 1 :]
    if kind == 1:  # cut short, as a scanner that lost the end
        return code[: rng.randrange(3, len(code))]
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWX0123456789") for _ in range(len(code)))


def _floor_connection(path: Path) -> sqlite3.Connection:
    connection = plain_connection(path)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS scans (id INTEGER PRIMARY KEY, code TEXT, at REAL)"
    )
    return connection


def _durable_insert(connection: sqlite3.Connection, code: str) -> None:
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO scans (code, at) VALUES (?, ?)", (code, perf_counter()))
    connection.execute("COMMIT")


SCENARIO = Scenario(
    name="checkin",
    description=Said.BENCH_CHECKIN,
    unit="ms",
    target=5.0,
    measure=measure,
)
