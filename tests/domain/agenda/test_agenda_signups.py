"""Sign-ups and waiting lists: seats in order, promotion in order, exhaustively checked
against a plain model of a queue."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confdesk.db.database import open_database
from confdesk.db.models import SignupStatus
from confdesk.domain.agenda.signups import SignupService
from confdesk.errors import UserError
from tests.domain.agenda.agenda_fixtures import AgendaWorld, at, make_world


@pytest.fixture
def world(database) -> AgendaWorld:
    return make_world(database)


def names(people) -> list[str]:
    return [p.given_name for p in people]


def test_seats_first_then_the_waiting_list_in_order(world: AgendaWorld) -> None:
    session_id = world.session("Workshop", at(11), at(12), capacity=2)
    service = SignupService(world.database)
    people = {name: world.person(name) for name in ("Anna", "Ben", "Cleo", "Dora")}
    statuses = [
        service.sign_up(session_id, person, at=at(8, minute)).status
        for minute, person in enumerate(people.values())
    ]
    assert statuses == ["signed_up", "signed_up", "waitlisted", "waitlisted"]
    change = service.cancel(session_id, people["Ben"])
    listed = service.participants(session_id)
    assert names(listed.seated) == ["Anna", "Cleo"]
    assert names(listed.waiting) == ["Dora"]
    assert len(change.promoted) == 1


def test_the_room_limits_the_seats_too(world: AgendaWorld) -> None:
    # Seminarraum 1 holds 3, whatever the session's own capacity says.
    session_id = world.session(
        "Workshop", at(11), at(12), capacity=10, room_id=world.rooms["Seminarraum 1"]
    )
    service = SignupService(world.database)
    statuses = [service.sign_up(session_id, world.person(f"P{i}")).status for i in range(5)]
    assert statuses.count("signed_up") == 3
    # Moving to the big hall frees seats for the two waiting.
    world.agenda.move(session_id, at(11), world.rooms["Großer Saal"])
    assert len(service.participants(session_id).seated) == 5


def test_one_choice_per_round(world: AgendaWorld) -> None:
    first = world.session("A", at(11), at(12), capacity=1, round_number=1)
    second = world.session("B", at(11), at(12), capacity=1, round_number=1)
    service = SignupService(world.database)
    anna, ben = world.person("Anna"), world.person("Ben")
    service.sign_up(first, anna, at=at(8))
    service.sign_up(first, ben, at=at(8, 1))
    change = service.sign_up(second, anna)
    assert change.released_session_id == first
    assert names(service.participants(first).seated) == ["Ben"]
    assert names(service.participants(second).seated) == ["Anna"]
    rounds = service.rounds(world.event_id)
    assert [(r.number, [s.title for s in r.sessions]) for r in rounds] == [(1, ["A", "B"])]


def test_cancelled_registrations_hold_no_seat_and_do_not_wait(world: AgendaWorld) -> None:
    session_id = world.session("Workshop", at(11), at(12), capacity=1)
    service = SignupService(world.database)
    anna, ben, cleo = world.person("Anna"), world.person("Ben"), world.person("Cleo")
    service.sign_up(session_id, anna, at=at(8))
    service.sign_up(session_id, ben, at=at(8, 1))
    service.sign_up(session_id, cleo, at=at(8, 2))
    world.registrations.cancel(ben)
    world.registrations.cancel(anna)
    listed = service.participants(session_id)
    assert names(listed.seated) == ["Cleo"]
    assert listed.waiting == ()
    with pytest.raises(UserError) as raised:
        service.sign_up(session_id, anna)
    assert raised.value.code == "signup_cancelled_registration"


def test_cancelling_a_registration_hands_its_seats_to_the_first_in_line(
    world: AgendaWorld,
) -> None:
    session_id = world.session("Workshop", at(11), at(12), capacity=1)
    service = SignupService(world.database)
    anna, ben, cleo = world.person("Anna"), world.person("Ben"), world.person("Cleo")
    for minute, person in enumerate((anna, ben, cleo)):
        service.sign_up(session_id, person, at=at(8, minute))

    world.registrations.cancel(anna)  # at the registrations screen, nothing else done

    listed = service.participants(session_id)
    assert names(listed.seated) == ["Ben"]
    assert names(listed.waiting) == ["Cleo"]


def test_cancelling_twice_is_refused(world: AgendaWorld) -> None:
    session_id = world.session("Workshop", at(11), at(12))
    service = SignupService(world.database)
    anna = world.person("Anna")
    service.sign_up(session_id, anna)
    service.cancel(session_id, anna)
    with pytest.raises(UserError):
        service.cancel(session_id, anna)


# A step: ("sign_up", person) | ("cancel", person) | ("capacity", n)
_steps = st.lists(
    st.one_of(
        st.tuples(st.just("sign_up"), st.integers(0, 5)),
        st.tuples(st.just("cancel"), st.integers(0, 5)),
        st.tuples(st.just("capacity"), st.one_of(st.none(), st.integers(0, 4))),
    ),
    max_size=14,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(initial=st.integers(0, 3), steps=_steps)
@pytest.mark.slow
def test_waiting_list_matches_a_plain_queue(tmp_path_factory, initial, steps) -> None:
    """Whatever happens, the seated are the first ``capacity`` of everyone in line who
    has not cancelled, in the order they (last) signed up, and nobody waits while a seat
    is free."""
    database = open_database(tmp_path_factory.mktemp("queue") / "desk.sqlite")
    try:
        world = make_world(database)
        session_id = world.session("Workshop", at(11), at(12), capacity=initial)
        service = SignupService(database)
        people = [world.person(f"P{i}") for i in range(6)]
        line: list[int] = []  # the model: who is in (seated or waiting), in order
        seated: set[int] = set()
        capacity: int | None = initial
        clock = at(6)
        for action, value in steps:
            clock += timedelta(minutes=1)
            if action == "sign_up":
                person = people[value]
                service.sign_up(session_id, person, at=clock)
                if person not in line:
                    line.append(person)
            elif action == "cancel":
                person = people[value]
                if person in line:
                    service.cancel(session_id, person)
                    line.remove(person)
                    seated.discard(person)
                else:
                    with pytest.raises(UserError):
                        service.cancel(session_id, person)
            else:
                capacity = value
                draft = world.agenda.get(session_id).draft()
                world.agenda.update(session_id, replace(draft, capacity=capacity))
            # Seats never go back once given (a smaller capacity overbooks instead).
            for person in line:
                if person not in seated and (capacity is None or len(seated) < capacity):
                    seated.add(person)
            listed = service.participants(session_id)
            assert {p.registration_id for p in listed.seated} == seated
            assert [p.registration_id for p in listed.waiting] == [
                p for p in line if p not in seated
            ]
            assert all(p.status == SignupStatus.WAITLISTED.value for p in listed.waiting)
    finally:
        database.close()


def test_undoing_a_cancellation_reseats_and_sends_the_promoted_back_in_line(
    world: AgendaWorld,
) -> None:
    session_id = world.session("Workshop", at(11), at(12), capacity=1)
    service = SignupService(world.database)
    anna, ben, cleo = world.person("Anna"), world.person("Ben"), world.person("Cleo")
    for minute, person in enumerate((anna, ben, cleo)):
        service.sign_up(session_id, person, at=at(8, minute))
    change = service.cancel(session_id, anna)
    assert names(service.participants(session_id).seated) == ["Ben"]
    service.undo(change)
    listed = service.participants(session_id)
    assert names(listed.seated) == ["Anna"]
    assert names(listed.waiting) == ["Ben", "Cleo"]  # Ben keeps his place at the front
    with pytest.raises(UserError) as raised:
        service.undo(change)  # Anna is no longer cancelled: nothing to take back
    assert raised.value.code == "signup_changed"


def test_undoing_a_sign_up_restores_the_round_choice_given_up(world: AgendaWorld) -> None:
    first = world.session("A", at(11), at(12), capacity=1, round_number=1)
    second = world.session("B", at(11), at(12), capacity=5, round_number=1)
    service = SignupService(world.database)
    anna, ben = world.person("Anna"), world.person("Ben")
    service.sign_up(first, anna, at=at(8))
    service.sign_up(first, ben, at=at(8, 1))
    change = service.sign_up(second, anna, at=at(9))
    assert change.changed and change.before is None
    assert names(service.participants(first).seated) == ["Ben"]
    service.undo(change)
    assert names(service.participants(first).seated) == ["Anna"]
    assert names(service.participants(first).waiting) == ["Ben"]
    assert service.participants(second).seated == ()
    # Redone with its old moment, the sign-up is the same as the first time.
    again = service.sign_up(second, anna, at=change.signed_up_at)
    assert again.status == "signed_up" and again.released_session_id == first
    assert names(service.participants(first).seated) == ["Ben"]


def test_signing_up_twice_changes_nothing(world: AgendaWorld) -> None:
    session_id = world.session("Workshop", at(11), at(12), capacity=3)
    service = SignupService(world.database)
    anna = world.person("Anna")
    assert service.sign_up(session_id, anna).changed
    assert not service.sign_up(session_id, anna).changed
