"""The report's figures, grouped in SQL, agree with a plain recount in Python of the same
file, person by person, on a demo day with arrivals and a check-in taken back."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from confdesk.db.database import open_database
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.reports.figures import (
    FUNDED_WITHOUT_COHORT,
    NOT_FUNDED,
    EventReport,
    Tally,
    _LocalTime,
    event_report,
)

_PEOPLE = (
    "SELECT r.id, r.category, r.status, r.source, o.kind, o.federal_state, o.cohort, "
    "o.funding_programme FROM registrations r LEFT JOIN organizations o "
    "ON o.id = r.organization_id WHERE r.event_id = 1"
)
_CHECKINS = "SELECT id, registration_id, session_id, action, occurred_at, reverts_id FROM checkins"


def test_the_grouped_figures_match_a_recount_person_by_person(tmp_path: Path) -> None:
    path = tmp_path / "day.sqlite"
    database = open_database(path)
    try:
        create_demo_event(database, attendees=400, seed=11, arrivals=True)
        with database.transaction() as session:
            [(checkin_id,)] = session.connection().exec_driver_sql(
                "SELECT min(id) FROM checkins WHERE session_id IS NULL"
            )
        desk = CheckinDesk(database, 1)
        desk.undo(checkin_id)
        desk.close()
        report = event_report(database, 1)
    finally:
        database.close()

    expected = _recount(path, ZoneInfo("Europe/Berlin"))

    assert report.checked_in > 0 and report.arrivals
    assert _figures(report) == expected


def _figures(report: EventReport) -> dict[str, object]:
    return {
        "registered": report.registered,
        "waitlisted": report.waitlisted,
        "cancelled": report.cancelled,
        "walk_ins": report.walk_ins,
        "checked_in": report.checked_in,
        "no_shows": report.no_shows,
        "by_category": set(report.by_category),
        "by_organization_kind": set(report.by_organization_kind),
        "by_federal_state": set(report.by_federal_state),
        "by_funding": set(report.by_funding),
        "arrivals": {
            (step.starts_at, step.arrivals) for day in report.arrivals for step in day.steps
            if step.arrivals
        },
    }  # fmt: skip


def _recount(path: Path, zone: ZoneInfo) -> dict[str, object]:
    """The figures counted one person at a time, with the rule of migration 0011 written
    out: a check-in at the venue counts unless an undo points at it."""
    connection = sqlite3.connect(path)
    try:
        people = connection.execute(_PEOPLE).fetchall()
        checkins = connection.execute(_CHECKINS).fetchall()
    finally:
        connection.close()
    undone = {row[5] for row in checkins if row[3] == "undo"}
    venue = [row for row in checkins
             if row[2] is None and row[3] == "check_in" and row[0] not in undone]  # fmt: skip
    came = {row[1] for row in venue}
    ours = {person[0] for person in people}
    expected = [p for p in people if p[2] == "registered"]

    def tallies(key_of: int) -> set[Tally]:
        registered = Counter((p[key_of] or "") for p in expected)
        checked_in = Counter((p[key_of] or "") for p in people if p[0] in came)
        return {Tally(k, registered[k], checked_in[k]) for k in registered | checked_in}

    def funding(person: tuple[str, ...]) -> str:
        if (person[6] or "").strip():
            return str(person[6]).strip()
        return FUNDED_WITHOUT_COHORT if (person[7] or "").strip() else NOT_FUNDED

    registered = Counter(funding(p) for p in expected)
    funded_came = Counter(funding(p) for p in people if p[0] in came)
    first: dict[tuple[int, date], datetime] = {}
    for _id, registration_id, _session, _action, occurred_at, _reverts in venue:
        if registration_id not in ours:
            continue
        utc = datetime.fromisoformat(occurred_at).replace(tzinfo=UTC)
        local = utc.astimezone(zone).replace(tzinfo=None)
        key = (registration_id, local.date())
        first[key] = min(first.get(key, local), local)
    steps = Counter(m.replace(minute=m.minute - m.minute % 5, second=0, microsecond=0)
                    for m in first.values())  # fmt: skip
    return {
        "registered": len(expected),
        "waitlisted": sum(p[2] == "waitlisted" for p in people),
        "cancelled": sum(p[2] == "cancelled" for p in people),
        "walk_ins": sum(p[3] == "walk_in" for p in people),
        "checked_in": len(came & ours),
        "no_shows": sum(p[0] not in came for p in expected),
        "by_category": tallies(1),
        "by_organization_kind": tallies(4),
        "by_federal_state": tallies(5),
        "by_funding": {Tally(k, registered[k], funded_came[k]) for k in registered | funded_came},
        "arrivals": set(steps.items()),
    }


def test_local_time_follows_a_clock_change_in_the_middle_of_an_hour() -> None:
    """St. John's (Newfoundland) changes its clocks at 05:30 UTC: the offset looked up per
    hour must not carry over the change."""
    zone = ZoneInfo("America/St_Johns")
    to_local = _LocalTime(zone)
    start = datetime(2027, 3, 14, 4, 0)
    moments = [start + timedelta(minutes=7 * i, seconds=13) for i in range(40)]
    assert [to_local(m.isoformat(sep=" ")) for m in moments] == [
        m.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None) for m in moments
    ]
