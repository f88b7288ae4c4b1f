"""Conflict detection: each kind on its own, then every kind checked exhaustively against
a brute-force definition over generated agendas."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confdesk.domain.agenda.conflicts import (
    AgendaSnapshot,
    ConflictKind,
    SlotInfo,
    agenda_conflicts,
    find_conflicts,
)
from confdesk.domain.agenda.service import SpeakerAssignment
from confdesk.domain.agenda.signups import SignupService
from tests.domain.agenda.agenda_fixtures import DAY, AgendaWorld, at, make_world

K = ConflictKind


@pytest.fixture
def world(database) -> AgendaWorld:
    return make_world(database)


def kinds(world: AgendaWorld) -> list[tuple[ConflictKind, tuple[int, ...]]]:
    return [(c.kind, c.session_ids) for c in agenda_conflicts(world.database, world.event_id)]


def test_a_room_booked_twice_and_its_fix(world: AgendaWorld) -> None:
    room = world.rooms["Großer Saal"]
    a = world.session("A", at(11), at(12), room_id=room)
    b = world.session("B", at(11, 45), at(12, 30), room_id=room)
    world.session("C", at(12), at(13), room_id=world.rooms["Foyer"])
    world.session("D", at(12), at(13), room_id=room)  # starts when A ends: no clash with A
    assert (K.ROOM_DOUBLE_BOOKED, (a, b)) in kinds(world)
    world.agenda.move(b, at(14), room)
    assert not [k for k in kinds(world) if a in k[1] or b in k[1]]


def test_all_rooms_items_clash_with_rooms_but_not_with_excursions(world: AgendaWorld) -> None:
    lunch = world.session("Mittag", at(12), at(13), kind="break", spans_all_rooms=True)
    workshop = world.session("W", at(12, 30), at(13, 30), room_id=world.rooms["Foyer"])
    world.session("Exkursion", at(12), at(14))  # no room: somewhere else
    assert kinds(world) == [(K.ROOM_DOUBLE_BOOKED, (lunch, workshop))]


def test_a_speaker_in_two_places(world: AgendaWorld) -> None:
    anna = world.person("Anna")
    a = world.session("A", at(11), at(12), speakers=(SpeakerAssignment(anna),))
    b = world.session("B", at(11, 30), at(12), speakers=(SpeakerAssignment(anna, "moderator"),))
    conflicts = agenda_conflicts(world.database, world.event_id)
    assert [(c.kind, c.session_ids, c.params["name"]) for c in conflicts] == [
        (K.PERSON_DOUBLE_BOOKED, (a, b), "Anna Muster")
    ]


def test_outside_hours_and_days(world: AgendaWorld) -> None:
    early = world.session("Früh", at(9, 45), at(10, 30))
    late = world.session("Spät", at(16, 30), at(17, 15))
    next_day = world.session(
        "Morgen", at(11, day=DAY + timedelta(days=1)), at(12, day=DAY + timedelta(days=1))
    )
    world.session("Passt", at(10), at(17))
    assert kinds(world) == [
        (K.OUTSIDE_HOURS, (early,)),
        (K.OUTSIDE_HOURS, (late,)),
        (K.OUTSIDE_HOURS, (next_day,)),
    ]


def test_over_capacity_appears_when_capacity_shrinks(world: AgendaWorld) -> None:
    session_id = world.session("W", at(11), at(12), capacity=2)
    service = SignupService(world.database)
    for name in ("Anna", "Ben"):
        service.sign_up(session_id, world.person(name))
    assert kinds(world) == []
    draft = world.agenda.get(session_id).draft()
    edit = world.agenda.update(session_id, replace(draft, capacity=1))
    assert kinds(world) == [(K.OVER_CAPACITY, (session_id,))]
    world.agenda.undo(edit)
    assert kinds(world) == []
    # The room's capacity counts as well (Seminarraum 1 holds 3).
    service.sign_up(session_id, world.person("Cleo"))
    world.agenda.update(session_id, replace(draft, capacity=None, room_id=None))
    service.sign_up(session_id, world.person("Dora"))
    world.agenda.move(session_id, at(11), world.rooms["Seminarraum 1"])
    assert kinds(world) == [(K.OVER_CAPACITY, (session_id,))]


def test_a_person_signed_up_to_parallel_sessions(world: AgendaWorld) -> None:
    a = world.session("A", at(11), at(12))
    b = world.session("B", at(11, 30), at(12, 30))
    anna = world.person("Anna")
    service = SignupService(world.database)
    service.sign_up(a, anna)
    service.sign_up(b, anna)
    assert kinds(world) == [(K.PARALLEL_SIGNUP, (a, b))]
    world.agenda.move(b, at(12), None)
    assert kinds(world) == []


# -- Exhaustive: generated agendas against the definition ----------------------------------

ROOMS = {1: ("R1", 2), 2: ("R2", None), 3: ("R3", 0)}
BASE = datetime.combine(DAY, time(9))


@st.composite
def snapshots(draw) -> AgendaSnapshot:
    count = draw(st.integers(0, 7))
    sessions = []
    for session_id in range(1, count + 1):
        start = draw(st.integers(0, 40)) * 15  # 09:00 … 19:00, next day too
        length = draw(st.integers(1, 12)) * 15
        day_shift = draw(st.sampled_from([0, 0, 0, 1]))
        starts = BASE + timedelta(days=day_shift, minutes=start)
        sessions.append(
            SlotInfo(
                session_id,
                f"S{session_id}",
                starts,
                starts + timedelta(minutes=length),
                draw(st.sampled_from([None, 1, 2, 3])),
                draw(st.booleans()),
                draw(st.one_of(st.none(), st.integers(0, 3))),
            )
        )
    ids = [s.id for s in sessions]
    people = {
        sid: tuple((p, f"P{p}") for p in draw(st.sets(st.integers(1, 4), max_size=3)))
        for sid in ids
    }
    seated = {sid: tuple(draw(st.sets(st.integers(1, 5), max_size=4))) for sid in ids}
    return AgendaSnapshot(
        DAY, DAY, time(10), time(17), tuple(sessions), ROOMS, people, seated,
        {p: f"P{p}" for p in range(1, 6)},
    )  # fmt: skip


def overlaps(a: SlotInfo, b: SlotInfo) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def expected(snapshot: AgendaSnapshot) -> set[tuple[ConflictKind, tuple[int, ...], int | None]]:
    found = set()
    for a, b in combinations(snapshot.sessions, 2):
        ids = tuple(sorted((a.id, b.id)))
        if not overlaps(a, b):
            continue
        a_rooms = set(ROOMS) if a.spans_all_rooms else {a.room_id} - {None}
        b_rooms = set(ROOMS) if b.spans_all_rooms else {b.room_id} - {None}
        shared = a_rooms & b_rooms
        if shared:
            # One warning per pair, about the room of the one not spanning all rooms.
            if a.spans_all_rooms and b.spans_all_rooms:
                room = None
            else:
                room = b.room_id if a.spans_all_rooms else a.room_id
            found.add((K.ROOM_DOUBLE_BOOKED, ids, room))
        for person in {p for p, _ in snapshot.people[a.id]} & {p for p, _ in snapshot.people[b.id]}:
            found.add((K.PERSON_DOUBLE_BOOKED, ids, person))
        for person in set(snapshot.seated[a.id]) & set(snapshot.seated[b.id]):
            found.add((K.PARALLEL_SIGNUP, ids, person))
    for s in snapshot.sessions:
        day = s.starts_at.date()
        if (
            day != DAY
            or s.starts_at < datetime.combine(day, time(10))
            or s.ends_at > datetime.combine(day, time(17))
        ):
            found.add((K.OUTSIDE_HOURS, (s.id,), None))
        limits = [c for c in (s.capacity, ROOMS.get(s.room_id, ("", None))[1]) if c is not None]
        if limits and len(snapshot.seated[s.id]) > min(limits):
            found.add((K.OVER_CAPACITY, (s.id,), None))
    return found


@settings(max_examples=400, deadline=None)
@given(snapshots())
@pytest.mark.slow
def test_every_conflict_is_found_and_nothing_else(snapshot: AgendaSnapshot) -> None:
    conflicts = find_conflicts(snapshot)
    assert {(c.kind, c.session_ids, c.subject) for c in conflicts} == expected(snapshot)
    assert len(conflicts) == len({(c.kind, c.session_ids, c.subject) for c in conflicts})
