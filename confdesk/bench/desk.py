"""``desk``: what the queue feels, from the scanner's last keystroke to the answer on screen.

The real main window runs in its own process on the offscreen platform
(:mod:`confdesk.ui.checkin.scan_bench`), so this harness stays free of Qt. It opens the
check-in screen on a copy of the demo event and takes 500 scans in a row, typed as a
keyboard-wedge scanner types them (keys a few milliseconds apart by their stamps), every
other one ended by Enter, the rest by the scanner's pause. The mix: first arrivals
(accepted), badges scanned again (already checked in), codes of registrations this file
does not hold (unknown: deleted from the copy after their codes were made) and cancelled
registrations. Per scan, the time from the last key to the result panel painted with that
scan's person (or, for an unknown code, its headline). Badge-station printing and another
desk pushing check-ins are off.

The value is the p99 of the scans ended by Enter. A scan without Enter ends only after the
scanner's pause (``END_OF_SCAN_PAUSE_MS``, 150 ms), by design, so its figures are reported
beside it, not against the target.

Floor: ``confdesk checkin --stdin`` on another copy, fed the same codes one at a time, the
time from writing a code to reading its answer line (the CLI's start is not counted).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from time import perf_counter

from confdesk.bench.scenario import BenchContext, BenchError, Measurement, Scenario, percentile
from confdesk.words.command_line import Said, say

SCANS = 500
KEY_GAP_MS = 4  # a wired scanner
_SHARES = {"accepted": 0.70, "already_checked_in": 0.15, "unknown": 0.075, "cancelled": 0.075}
TIMEOUT_S = 900.0


@dataclass
class Scan:
    kind: str  # accepted, already_checked_in, unknown, cancelled
    code: str
    # The person the panel must name; None for an unknown code (its headline shows).
    expect_name: str | None
    enter: bool = True


@dataclass(frozen=True)
class Shown:
    """One scan as the window timed it."""

    ms: float
    enter: bool
    shown: bool
    panel: str  # what the panel said, when it was not the expected answer


def measure(context: BenchContext) -> Measurement:
    folder = context.scratch_dir("desk")
    demo = context.demo_database()
    window_copy = context.demo_copy(folder / "window.sqlite")
    scans = scan_script(window_copy, demo.event_id, SCANS, random.Random(20))
    cli_copy = folder / "cli.sqlite"
    with (
        closing(sqlite3.connect(window_copy)) as origin,
        closing(sqlite3.connect(cli_copy)) as copy,
    ):
        origin.backup(copy)

    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CONFDESK_CONFIG_DIR": str(context.scratch_dir("desk-config")),
    }
    context.progress(say(Said.BENCH_DESK_TYPING, scans=len(scans)))
    window = _window_run(folder, window_copy, scans, environment)
    context.progress(say(Said.BENCH_DESK_FLOOR))
    floor_ms = _cli_per_code_ms(cli_copy, [scan.code for scan in scans], environment)

    missed = [
        f"{scan.kind} scan {index + 1} showed {shown.panel!r}"
        for index, (scan, shown) in enumerate(zip(scans, window, strict=True))
        if not shown.shown
    ]
    if missed:
        raise BenchError(
            "the check-in screen did not show the expected answer: " + "; ".join(missed[:3])
        )
    with_enter = [scan.ms for scan in window if scan.enter]
    without_enter = [scan.ms for scan in window if not scan.enter]
    kinds = Counter(scan.kind for scan in scans)
    return Measurement(
        value=percentile(with_enter, 99),
        floor=percentile(floor_ms, 99),
        ratio_target=5.0,
        extra={
            "attendees": demo.attendees,
            "scans": len(scans),
            "kinds": dict(sorted(kinds.items())),
            "key_gap_ms": KEY_GAP_MS,
            "enter_p50_ms": percentile(with_enter, 50),
            "enter_p99_ms": percentile(with_enter, 99),
            "enter_p99_ms_by_kind": {
                kind: percentile(times, 99) if len(times) > 1 else times[0]
                for kind, times in sorted(_enter_ms_by_kind(scans, window).items())
            },
            "no_enter_p50_ms": percentile(without_enter, 50),
            "no_enter_p99_ms": percentile(without_enter, 99),
            "floor_p50_ms": percentile(floor_ms, 50),
            "floor_p99_ms": percentile(floor_ms, 99),
            "badge_station": False,
            "other_desk_pushing": False,
        },
    )


def _enter_ms_by_kind(scans: list[Scan], window: list[Shown]) -> dict[str, list[float]]:
    by_kind: dict[str, list[float]] = {}
    for scan, shown in zip(scans, window, strict=True):
        if shown.enter:
            by_kind.setdefault(scan.kind, []).append(shown.ms)
    return by_kind


def scan_script(path: Path, event_id: int, count: int, rng: random.Random) -> list[Scan]:
    """The scans, each with the text the panel must show for it. Deletes the registrations
    of the "unknown" scans from the file at ``path``: their codes stay genuine."""
    from confdesk.db.database import open_database
    from confdesk.domain.checkin.codes import codes_for_event
    from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity

    with closing(sqlite3.connect(path)) as connection:
        open_ids = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM registrations WHERE event_id = ? AND status = 'registered' "
                "AND id NOT IN (SELECT registration_id FROM checkins) ORDER BY id",
                (event_id,),
            )
        ]
        cancelled_ids = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM registrations WHERE event_id = ? AND status = 'cancelled'",
                (event_id,),
            )
        ]
    # A small event (a test's) gets fewer scans: each arrival and unknown needs a person.
    count = min(count, len(open_ids) // 2)
    counts = {kind: round(count * share) for kind, share in _SHARES.items()}
    counts["accepted"] = count - sum(n for kind, n in counts.items() if kind != "accepted")
    picked = rng.sample(open_ids, counts["accepted"] + counts["unknown"])
    arrivals, gone = picked[: counts["accepted"]], picked[counts["accepted"] :]
    # Different people, so that no code comes twice in a row (the scanner drops a repeat).
    cancelled = rng.sample(cancelled_ids, min(counts["cancelled"], len(cancelled_ids)))

    database = open_database(path)
    try:
        codes = codes_for_event(database, event_id)
        with CheckinDesk(database, event_id, DeskIdentity("Bench", "bench")) as desk:
            names = {
                registration_id: attendee.full_name
                for registration_id in [*arrivals, *cancelled]
                if (attendee := desk.who(registration_id=registration_id)) is not None
            }
    finally:
        database.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.executemany("DELETE FROM registrations WHERE id = ?", [(i,) for i in gone])
        connection.commit()

    def scan(kind: str, registration_id: int, expect_name: str | None) -> Scan:
        return Scan(kind, codes[registration_id], expect_name)

    order: list[Scan] = [scan("accepted", i, names[i]) for i in arrivals]
    order += [scan("unknown", i, None) for i in gone]
    order += [scan("cancelled", i, names[i]) for i in cancelled]
    rng.shuffle(order)
    # A badge scanned again comes later than its first scan, never right after it (the
    # scanner would drop that as one badge read twice).
    for registration_id in rng.sample(arrivals, counts["already_checked_in"]):
        position = next(
            index for index, item in enumerate(order) if item.code == codes[registration_id]
        )
        at = rng.randint(position + 2, len(order)) if position + 2 <= len(order) else len(order)
        order.insert(at, scan("already_checked_in", registration_id, names[registration_id]))
    for index, item in enumerate(order):
        item.enter = index % 2 == 0
    return order


def _window_run(
    folder: Path, database: Path, scans: list[Scan], environment: dict[str, str]
) -> list[Shown]:
    job = folder / "job.json"
    job.write_text(
        json.dumps(
            {"db": str(database), "gap_ms": KEY_GAP_MS, "scans": [asdict(scan) for scan in scans]}
        ),
        encoding="utf-8",
    )
    try:
        finished = subprocess.run(
            [sys.executable, "-m", "confdesk.ui.checkin.scan_bench", str(job)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=environment,
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"the check-in window did not finish within {TIMEOUT_S:g} s.") from error
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    if finished.returncode != 0 or not lines:
        reason = (finished.stderr.strip().splitlines() or [""])[-1][:300]
        raise BenchError(f"the check-in window exited with code {finished.returncode}: {reason}")
    return [
        Shown(float(scan["ms"]), bool(scan["enter"]), bool(scan["shown"]), str(scan["panel"]))
        for scan in json.loads(lines[-1])["scans"]
    ]


def _cli_per_code_ms(database: Path, codes: list[str], environment: dict[str, str]) -> list[float]:
    process = subprocess.Popen(
        [sys.executable, "-m", "confdesk", "--db", str(database), "checkin", "--stdin", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        env=environment,
    )
    assert process.stdin is not None and process.stdout is not None
    times: list[float] = []
    try:
        for code in codes:
            started = perf_counter()
            process.stdin.write(code + "\n")
            process.stdin.flush()
            if not process.stdout.readline():
                raise BenchError("confdesk checkin --stdin stopped answering.")
            times.append((perf_counter() - started) * 1000)
    finally:
        process.stdin.close()
        process.wait(timeout=60)
        process.stdout.close()
    # The first answer waits for the command to start and open the file.
    return times[1:]


SCENARIO = Scenario(
    name="desk",
    description=Said.BENCH_DESK,
    unit="ms",
    target=50.0,
    measure=measure,
)
