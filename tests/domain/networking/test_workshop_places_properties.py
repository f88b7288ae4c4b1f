"""Workshop places on a real database for many small rounds: capacities are never
exceeded, people already seated keep their seat, and as many people are placed as the
best assignment by brute force places."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, update

from confdesk.db.models import AgendaSession, SessionSignup, WorkshopWish
from confdesk.domain.agenda.signups import SignupService
from confdesk.domain.networking.wishes import set_wishes
from confdesk.domain.networking.workshop_places import (
    apply_workshop_places,
    plan_workshop_places,
)
from tests.domain.agenda.agenda_fixtures import at, make_world

PEOPLE = 5
WORKSHOPS = 3


@st.composite
def rounds(draw: st.DrawFn) -> tuple[list[int], list[list[int]], dict[int, int]]:
    seats = [draw(st.integers(0, 3)) for _ in range(WORKSHOPS)]
    wishes = [
        draw(st.lists(st.integers(0, WORKSHOPS - 1), max_size=3, unique=True))
        for _ in range(PEOPLE)
    ]
    seated: dict[int, int] = {}
    taken = [0] * WORKSHOPS
    for person in range(PEOPLE):
        workshop = draw(st.none() | st.integers(0, WORKSHOPS - 1))
        if workshop is not None and taken[workshop] < seats[workshop]:
            seated[person] = workshop
            taken[workshop] += 1
    return seats, wishes, seated


def most_placed(seats: list[int], wishes: list[list[int]], seated: dict[int, int]) -> int:
    """Brute force: the most people seated afterwards, the seated keeping their seats."""
    best = 0
    for choice in itertools.product(*[[None, *w] for w in wishes]):
        final = [seated.get(p, choice[p]) for p in range(PEOPLE)]
        if all(final.count(w) <= seats[w] for w in range(WORKSHOPS)):
            best = max(best, sum(1 for f in final if f is not None))
    return best


@pytest.fixture
def one_round(database) -> tuple[int, list[int], list[int]]:
    """An event with one round of workshops and five people, made once per test: every
    example clears the sign-ups and wishes and sets the seats anew."""
    world = make_world(database)
    sessions = [
        world.session(f"W{i}", at(11), at(12), kind="workshop", round_number=1)
        for i in range(WORKSHOPS)
    ]
    return world.event_id, sessions, [world.person(f"P{i}") for i in range(PEOPLE)]


# The fixture is made once for all examples on purpose: each example resets what it uses.
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=rounds())
def test_places_respect_seats_keep_the_seated_and_place_the_most(database, one_round, case) -> None:
    seats, wishes, seated = case
    event_id, sessions, people = one_round
    with database.transaction() as session:
        session.execute(delete(SessionSignup))
        session.execute(delete(WorkshopWish))
        for sid, capacity in zip(sessions, seats, strict=True):
            session.execute(
                update(AgendaSession).where(AgendaSession.id == sid).values(capacity=capacity)
            )
    signups = SignupService(database)
    for person, workshop in seated.items():
        signups.sign_up(sessions[workshop], people[person])
    for person, wished in enumerate(wishes):
        set_wishes(database, people[person], {1: tuple(sessions[w] for w in wished)})

    apply_workshop_places(database, plan_workshop_places(database, event_id))

    lists = [signups.participants(sid) for sid in sessions]
    for capacity, listed in zip(seats, lists, strict=True):
        assert len(listed.seated) <= capacity
    seats_now = {p.registration_id: i for i, listed in enumerate(lists) for p in listed.seated}
    for person, workshop in seated.items():
        assert seats_now[people[person]] == workshop
    assert len(seats_now) == most_placed(seats, wishes, seated)
