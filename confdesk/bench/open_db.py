"""``open_db``: create the demo database at scale, then open it again and ask what the
event overview asks first.

Floor: plain ``sqlite3`` with the same durability settings, one table, the same number of
comparable rows inserted in one transaction, then reopened and counted.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from time import perf_counter

from confdesk.bench.scenario import (
    BenchContext,
    BenchError,
    Measurement,
    Scenario,
    plain_connection,
)
from confdesk.words.command_line import Said

_CATEGORIES = ("participant", "participant", "participant", "speaker", "exhibitor", "guest")


def measure(context: BenchContext) -> Measurement:
    demo = context.demo_database()
    open_seconds = _open_and_query(demo.path)
    floor_path = context.scratch_dir("open_db-floor") / "plain.sqlite"
    floor_create, floor_open = _plain_sqlite_create_and_open(floor_path, demo.attendees)
    return Measurement(
        value=demo.create_seconds + open_seconds,
        floor=floor_create + floor_open,
        extra={
            "attendees": demo.attendees,
            "create_s": demo.create_seconds,
            "open_s": open_seconds,
            "floor_create_s": floor_create,
            "floor_open_s": floor_open,
        },
    )


def _open_and_query(path: Path) -> float:
    from confdesk.db.database import open_database
    from confdesk.domain.events.counts import event_counts
    from confdesk.domain.events.service import EventService

    started = perf_counter()
    database = open_database(path)
    try:
        event = EventService(database).current()
        if event is None:
            raise BenchError(f"The demo database {path} holds no event.")
        event_counts(database, event.id)
    finally:
        database.close()
    return perf_counter() - started


def _plain_sqlite_create_and_open(path: Path, rows: int) -> tuple[float, float]:
    started = perf_counter()
    with closing(plain_connection(path)) as connection:
        connection.execute("BEGIN")
        connection.execute(
            "CREATE TABLE registrations (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
            "given_name TEXT NOT NULL, family_name TEXT NOT NULL, email TEXT NOT NULL, "
            "organization TEXT NOT NULL, category TEXT NOT NULL, status TEXT NOT NULL, "
            "created_at TEXT NOT NULL)"
        )
        connection.executemany(
            "INSERT INTO registrations (uuid, given_name, family_name, email, organization, "
            "category, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            _plain_rows(rows),
        )
        connection.execute("COMMIT")
    created = perf_counter()
    with closing(plain_connection(path)) as connection:
        (count,) = connection.execute("SELECT count(*) FROM registrations").fetchone()
    opened = perf_counter()
    if count != rows:
        raise BenchError(f"The plain SQLite floor stored {count} rows instead of {rows}.")
    return created - started, opened - created


def _plain_rows(count: int) -> Iterator[tuple[str, ...]]:
    created_at = "2025-05-20 09:00:00"
    for number in range(count):
        yield (
            str(uuid.uuid4()),
            f"Vorname{number}",
            f"Nachname-{number}",
            f"person{number}@example.org",
            f"Stadt {number % 400}",
            _CATEGORIES[number % len(_CATEGORIES)],
            "registered",
            created_at,
        )


SCENARIO = Scenario(
    name="open_db",
    description=Said.BENCH_OPEN_DB,
    unit="s",
    target=None,
    measure=measure,
)
