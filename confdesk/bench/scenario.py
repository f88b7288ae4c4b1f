"""What a scenario is, what it returns, and what the scenarios of one run share."""

from __future__ import annotations

import sqlite3
import statistics
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

from confdesk.errors import UserError
from confdesk.words.command_line import Said, language, say
from confdesk.words.formatting import whole_number


class BenchError(UserError):
    """A scenario could not be measured (the program under test failed or hung)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="bench_failed")


@dataclass(frozen=True)
class Measurement:
    value: float
    floor: float
    # Scenario-specific figures, written to the JSON report beside the standard keys.
    extra: dict[str, object] = field(default_factory=dict)
    # A target set as a ratio to the floor, where this run's floor allows one (the
    # print path's: within 2× of plain ``lp``, only where CUPS prints).
    ratio_target: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor > 0 else None


@dataclass(frozen=True)
class Scenario:
    name: str
    description: Said
    unit: str
    # The figure the issues ask for, in ``unit``; None when there is none.
    target: float | None
    measure: Callable[[BenchContext], Measurement]
    # Throughputs (rows/s) meet their target from above, times from below.
    higher_is_better: bool = False


@dataclass(frozen=True)
class DemoDatabase:
    path: Path
    attendees: int
    create_seconds: float
    event_id: int  # the demo event, the file's only one


@dataclass
class BenchContext:
    """One run: its scale, its temporary folder, and the demo database the scenarios
    share, so a 50,000-attendee file is generated once per run, not once per scenario."""

    scale: int
    workdir: Path
    _demo: DemoDatabase | None = None

    def demo_database(self) -> DemoDatabase:
        if self._demo is None:
            attendees = whole_number(self.scale, language())
            self.progress(say(Said.BENCH_DEMO, attendees=attendees))
            self._demo = create_demo_database(self.workdir / "demo.sqlite", self.scale)
        return self._demo

    def demo_copy(self, path: Path) -> Path:
        """A copy of the demo database at ``path``, for a scenario that writes to it, so
        the other scenarios see the demo unchanged."""
        with (
            closing(sqlite3.connect(self.demo_database().path)) as origin,
            closing(sqlite3.connect(path)) as copy,
        ):
            origin.backup(copy)
        return path

    def scratch_dir(self, name: str) -> Path:
        path = self.workdir / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    @staticmethod
    def progress(message: str) -> None:
        # stderr, so that stdout carries only the table.
        print(say(Said.BENCH_PROGRESS, message=message), file=sys.stderr, flush=True)


def create_demo_database(path: Path, attendees: int) -> DemoDatabase:
    """Create a new file holding the demo conference, timing the creation only: the
    modules are imported before the clock starts, the CLI pays that cost once anyway."""
    import confdesk.db.migrate  # noqa: F401  (Alembic's import is not database work)
    from confdesk.db.database import open_database
    from confdesk.domain.demo.conference import create_demo_event

    started = perf_counter()
    database = open_database(path)
    try:
        summary = create_demo_event(database, attendees=attendees, seed=1)
    finally:
        database.close()
    return DemoDatabase(
        path=path,
        attendees=attendees,
        create_seconds=perf_counter() - started,
        event_id=summary.event_id,
    )


def plain_connection(path: Path) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection with confdesk's durability settings (WAL,
    ``synchronous=FULL``), for the floors. Autocommit mode, so the transactions a floor
    writes out are the only ones."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    return connection


def percentile(values: list[float], percent: int) -> float:
    """The ``percent``-th percentile, interpolated between samples (as the reports quote)."""
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]
