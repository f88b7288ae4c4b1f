"""Workshop places from wishes on a real database: preview, apply, undo and redo."""

from __future__ import annotations

import pytest

from confdesk.db.models import SignupStatus
from confdesk.domain.agenda.signups import SignupService
from confdesk.domain.networking.wishes import set_wishes, wishes_of
from confdesk.domain.networking.workshop_places import (
    apply_workshop_places,
    plan_workshop_places,
    restore_signups,
)
from confdesk.errors import UserError
from tests.domain.agenda.agenda_fixtures import AgendaWorld, at, make_world


def seated_and_waiting(world: AgendaWorld, session_id: int) -> tuple[set[str], list[str]]:
    people = SignupService(world.database).participants(session_id)
    return {p.given_name for p in people.seated}, [p.given_name for p in people.waiting]


@pytest.fixture
def world(database) -> AgendaWorld:
    return make_world(database)


def workshops(world: AgendaWorld, *seats: int, round_number: int = 1) -> list[int]:
    return [
        world.session(
            f"Workshop {round_number}.{index}", at(11), at(12), kind="workshop",
            capacity=capacity, round_number=round_number,
        )
        for index, capacity in enumerate(seats, start=1)
    ]  # fmt: skip


def test_wishes_are_kept_per_round_in_order(world: AgendaWorld) -> None:
    first = workshops(world, 5, 5)
    second = workshops(world, 5, round_number=2)
    anna = world.person("Anna")
    set_wishes(world.database, anna, {1: (first[1], first[0]), 2: (second[0],)})
    set_wishes(world.database, anna, {1: (first[0],)})
    assert wishes_of(world.database, anna) == {1: (first[0],), 2: (second[0],)}
    with pytest.raises(UserError) as refused:
        set_wishes(world.database, anna, {2: (first[0],)})
    assert refused.value.code == "wish_not_in_round"


def test_a_full_workshop_sends_people_to_their_next_wish_and_the_rest_to_wait(
    world: AgendaWorld,
) -> None:
    popular, quiet = workshops(world, 2, 1)
    names = ["Anna", "Ben", "Cem", "Dana"]
    people = {name: world.person(name) for name in names}
    for name in names:
        set_wishes(world.database, people[name], {1: (popular, quiet)})
    # Dana only wants the popular one.
    set_wishes(world.database, people["Dana"], {1: (popular,)})

    plan = plan_workshop_places(world.database, world.event_id)

    (only,) = plan.rounds
    assert sum(only.ranks.values()) == 3
    assert only.ranks[1] == 2 and only.ranks[2] == 1
    assert len(only.unplaced) == 1
    assert only.unplaced[0].session_id == popular  # they wait for their first choice
    # Preview only: nothing written yet.
    assert seated_and_waiting(world, popular) == (set(), [])

    applied = apply_workshop_places(world.database, plan)

    seated, waiting = seated_and_waiting(world, popular)
    seated_quiet, _ = seated_and_waiting(world, quiet)
    assert len(seated) == 2 and len(seated_quiet) == 1
    assert waiting == [only.unplaced[0].name.split()[0]]

    restore_signups(world.database, applied.session_ids, applied.after, applied.before)
    assert seated_and_waiting(world, popular) == (set(), [])
    restore_signups(world.database, applied.session_ids, applied.before, applied.after)
    assert seated_and_waiting(world, popular) == (seated, waiting)


def test_people_already_seated_keep_their_seat_unless_moving_is_allowed(
    world: AgendaWorld,
) -> None:
    first, second = workshops(world, 1, 1)
    anna, ben = world.person("Anna"), world.person("Ben")
    SignupService(world.database).sign_up(first, anna)  # Anna took the seat Ben wants
    set_wishes(world.database, anna, {1: (first, second)})
    set_wishes(world.database, ben, {1: (first,)})

    kept = plan_workshop_places(world.database, world.event_id)
    assert kept.rounds[0].kept == 1
    assert [p.name for p in kept.rounds[0].unplaced] == ["Ben Muster"]

    moved = plan_workshop_places(world.database, world.event_id, allow_moving=True)
    apply_workshop_places(world.database, moved)
    assert seated_and_waiting(world, first) == ({"Ben"}, [])
    assert seated_and_waiting(world, second) == ({"Anna"}, [])


def test_an_outdated_preview_is_refused_and_so_is_an_undo_after_other_changes(
    world: AgendaWorld,
) -> None:
    (only,) = workshops(world, 3)
    anna, ben = world.person("Anna"), world.person("Ben")
    set_wishes(world.database, anna, {1: (only,)})
    plan = plan_workshop_places(world.database, world.event_id)
    signups = SignupService(world.database)
    signups.sign_up(only, ben)
    with pytest.raises(UserError) as outdated:
        apply_workshop_places(world.database, plan)
    assert outdated.value.code == "assignment_outdated"

    applied = apply_workshop_places(
        world.database, plan_workshop_places(world.database, world.event_id)
    )
    signups.cancel(only, ben)
    with pytest.raises(UserError) as changed:
        restore_signups(world.database, applied.session_ids, applied.after, applied.before)
    assert changed.value.code == "assignment_changed"


def test_capacity_comes_from_the_room_when_the_session_has_none(world: AgendaWorld) -> None:
    room = world.rooms["Seminarraum 1"]  # three seats
    session_id = world.session(
        "Dorfgemeinschaft", at(11), at(12), kind="workshop", room_id=room, round_number=1
    )
    for index in range(5):
        set_wishes(world.database, world.person(f"P{index}"), {1: (session_id,)})
    plan = plan_workshop_places(world.database, world.event_id, round_number=1)
    assert plan.rounds[0].ranks == {1: 3}
    assert len(plan.rounds[0].unplaced) == 2
    with pytest.raises(UserError) as missing:
        plan_workshop_places(world.database, world.event_id, round_number=7)
    assert missing.value.code == "no_such_round"
    applied = apply_workshop_places(world.database, plan)
    statuses = sorted(r.status for r in applied.after)
    assert statuses.count(SignupStatus.SIGNED_UP.value) == 3
