"""Properties of the merge over three desk files: whatever files travel, in any order, any
number of times, each desk holds exactly its own records and those of the files it
merged; once every desk has heard from every other, all hold the same check-ins, the same
registrations and the same double entries."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confdesk.db.database import Database
from confdesk.domain.registrations.service import RegistrationService
from confdesk.domain.sync.double_entries import double_entries
from tests.domain.sync.venue import (
    EVENT_ID,
    REGISTRATIONS,
    Venue,
    checkin_uuids,
    file_integrity,
    rows,
    scan_uuids,
)

DESKS = st.integers(0, 2)
PEOPLE = st.integers(0, 4)  # few people, so that desks admit the same ones while apart
steps = st.lists(
    st.one_of(
        st.tuples(st.just("check_in"), DESKS, PEOPLE),
        st.tuples(
            st.just("edit"),
            DESKS,
            PEOPLE,
            st.sampled_from(["notes", "phone"]),
            st.sampled_from(["A", "B", "C"]),
        ),
        st.tuples(st.just("export"), DESKS),
        # Which file (of those exported so far, by number) to which desk; any repeats.
        st.tuples(st.just("import"), st.integers(0, 30), DESKS),
    ),
    max_size=25,
)
final_order = st.permutations([(a, b) for a in range(3) for b in range(3) if a != b])


@settings(max_examples=12, suppress_health_check=[HealthCheck.too_slow])
@given(steps=steps, order=final_order)
def test_desks_hold_the_union_of_what_reached_them_and_converge(
    demo_database_template: Callable[[int, int], Path],
    steps: list[tuple[object, ...]],
    order: list[tuple[int, int]],
) -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        organiser = folder / "organiser.sqlite"
        with (
            closing(sqlite3.connect(demo_database_template(20, 1))) as source,
            closing(sqlite3.connect(organiser)) as target,
        ):
            source.backup(target)
        venue = Venue.open(organiser, folder)
        try:
            _run(venue, steps, order)
        finally:
            venue.close()
        shutil.rmtree(folder, ignore_errors=True)


def _run(venue: Venue, steps: list[tuple[object, ...]], order: list[tuple[int, int]]) -> None:
    # What each desk must hold: its own records and those of the files it merged.
    expected = [checkin_uuids(desk) for desk in venue.desks]
    files: list[tuple[Path, set[str]]] = []
    # Every edit made, by person and field: its clock stamp and value.
    edits: dict[tuple[int, str], list[tuple[str, str]]] = {}
    for step in steps:
        kind = step[0]
        if kind == "check_in":
            desk, person = int(step[1]), int(step[2])
            before = checkin_uuids(venue.desks[desk])
            venue.check_in(desk, venue.people[person])
            expected[desk] |= checkin_uuids(venue.desks[desk]) - before
        elif kind == "edit":
            desk, person, field, value = step[1:]
            service = RegistrationService(venue.desks[int(desk)])
            registration = venue.people[int(person)]
            draft = service.get(registration).draft()
            if service.update(registration, replace(draft, **{str(field): str(value)})).changed:
                stamp = _stamp(venue.desks[int(desk)], registration, str(field))
                edits.setdefault((registration, str(field)), []).append((stamp, str(value)))
        elif kind == "export":
            desk = int(step[1])
            files.append((venue.export(desk), set(expected[desk])))
        elif files:
            path, held = files[int(step[1]) % len(files)]
            desk = int(step[2])
            venue.receive(desk, path)
            expected[desk] |= held
        for desk, database in enumerate(venue.desks):
            assert checkin_uuids(database) == expected[desk]

    # Everyone hears from everyone, in the drawn order, twice round.
    for source, target in order + order:
        venue.exchange(source, target)
    union = set().union(*expected)
    assert [checkin_uuids(desk) for desk in venue.desks] == [union] * 3
    assert len({frozenset(scan_uuids(desk)) for desk in venue.desks}) == 1
    assert len({tuple(rows(desk, REGISTRATIONS)) for desk in venue.desks}) == 1
    pairs = [
        sorted((e.first.checkin_uuid, e.second.checkin_uuid) for e in double_entries(d, EVENT_ID))
        for d in venue.desks
    ]
    assert pairs[0] == pairs[1] == pairs[2]
    # The latest edit of each field won, everywhere, and every desk knows its stamp.
    for (registration, field), made in edits.items():
        stamp, value = max(made)
        for desk in venue.desks:
            assert getattr(RegistrationService(desk).get(registration), field) == value
            assert _stamp(desk, registration, field) == stamp
    for desk in venue.desks:
        assert file_integrity(desk.path) == "ok"


def _stamp(database: Database, registration_id: int, field: str) -> str:
    with database.engine.connect() as connection:
        return str(
            connection.exec_driver_sql(
                "SELECT hlc FROM registration_field_clocks WHERE registration_id = ? AND field = ?",
                (registration_id, field),
            ).scalar_one()
        )
