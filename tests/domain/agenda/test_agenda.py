"""The agenda service: what is refused, what is saved, and undo of every change."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from confdesk.db.models import SignupStatus
from confdesk.domain.agenda.service import SessionDraft, SpeakerAssignment, programme_people
from confdesk.domain.agenda.signups import SignupService
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.domain.events.service import ValidationError
from confdesk.errors import UserError
from tests.domain.agenda.agenda_fixtures import AgendaWorld, at, make_world


@pytest.fixture
def world(database) -> AgendaWorld:
    return make_world(database)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"ends_at": at(10)}, "session_ends_before_start"),
        ({"ends_at": at(9)}, "session_ends_before_start"),
        ({"capacity": -1}, "session_capacity_negative"),
        ({"title": "   "}, "session_title_required"),
        ({"kind": "party"}, "unknown_session_kind"),
        ({"round_number": 0}, "round_not_positive"),
    ],
)
def test_impossible_sessions_are_refused(world: AgendaWorld, change, code) -> None:
    draft = replace(SessionDraft("Workshop", at(10), at(11)), **change)
    with pytest.raises(ValidationError) as raised:
        world.agenda.create(world.event_id, draft)
    assert raised.value.code == code
    assert world.agenda.list_sessions(world.event_id) == []


def test_clashes_and_odd_hours_are_saved(world: AgendaWorld) -> None:
    room = world.rooms["Seminarraum 1"]
    world.session("Früh", at(7), at(8), room_id=room, capacity=0)
    world.session("Parallel", at(7), at(8), room_id=room)
    assert len(world.agenda.list_sessions(world.event_id)) == 2


def test_a_room_or_speaker_of_another_event_is_refused(world: AgendaWorld, database) -> None:
    other = make_world(database)
    with pytest.raises(ValidationError) as raised:
        world.session("Fremd", at(10), at(11), room_id=other.rooms["Foyer"])
    assert raised.value.code == "unknown_room"
    stranger = other.person("Fremde")
    with pytest.raises(ValidationError) as raised:
        world.session("Fremd", at(10), at(11), speakers=(SpeakerAssignment(stranger),))
    assert raised.value.code == "unknown_speaker"


def test_move_keeps_the_length_and_undo_takes_it_back(world: AgendaWorld) -> None:
    session_id = world.session("Impuls", at(10), at(10, 45), room_id=world.rooms["Foyer"])
    edit = world.agenda.move(session_id, at(14, 15), world.rooms["Großer Saal"])
    moved = world.agenda.get(session_id)
    assert (moved.starts_at, moved.ends_at, moved.room_id) == (
        at(14, 15),
        at(15),
        world.rooms["Großer Saal"],
    )
    restored = world.agenda.undo(edit)
    assert (restored.starts_at, restored.ends_at, restored.room_id) == (
        at(10),
        at(10, 45),
        world.rooms["Foyer"],
    )


def test_resize_and_speakers_round_trip(world: AgendaWorld) -> None:
    anna, ben = world.person("Anna"), world.person("Ben")
    session_id = world.session(
        "Panel", at(11), at(12), speakers=(SpeakerAssignment(anna), SpeakerAssignment(ben))
    )
    current = world.agenda.get(session_id)
    edit = world.agenda.update(
        session_id,
        replace(current.draft(), speakers=(SpeakerAssignment(ben, "moderator"),)),
    )
    assert world.agenda.get(session_id).speakers == (SpeakerAssignment(ben, "moderator"),)
    world.agenda.undo(edit)
    assert set(world.agenda.get(session_id).speakers) == {
        SpeakerAssignment(anna),
        SpeakerAssignment(ben),
    }
    world.agenda.resize(session_id, at(12, 30))
    assert world.agenda.get(session_id).duration == timedelta(minutes=90)


def test_undo_is_refused_after_a_later_change(world: AgendaWorld) -> None:
    session_id = world.session("Impuls", at(10), at(11))
    first = world.agenda.resize(session_id, at(11, 30))
    world.agenda.resize(session_id, at(12))
    with pytest.raises(UserError) as raised:
        world.agenda.undo(first)
    assert raised.value.code == "agenda_undo_outdated"


def test_delete_and_restore_bring_back_speakers_and_signups(world: AgendaWorld) -> None:
    anna, ben, cleo = world.person("Anna"), world.person("Ben"), world.person("Cleo")
    session_id = world.session(
        "Workshop", at(11), at(12), capacity=1, speakers=(SpeakerAssignment(anna, "moderator"),)
    )
    signups = SignupService(world.database)
    signups.sign_up(session_id, ben)
    signups.sign_up(session_id, cleo)
    before = world.agenda.get(session_id)
    listed = signups.participants(session_id)
    deleted = world.agenda.delete(session_id)
    assert world.agenda.list_sessions(world.event_id) == []
    restored = world.agenda.restore(deleted)
    assert restored == before
    assert signups.participants(session_id) == listed
    # An edit made before the deletion can still be undone after the restore.
    edit = world.agenda.resize(session_id, at(12, 30))
    deleted = world.agenda.delete(session_id)
    world.agenda.restore(deleted)
    assert world.agenda.undo(edit).ends_at == at(12)


def test_a_session_with_checkins_is_not_deleted(world: AgendaWorld) -> None:
    anna = world.person("Anna")
    session_id = world.session("Workshop", at(11), at(12))
    with CheckinDesk(world.database, world.event_id) as desk:
        assert desk.check_in_registration(anna, session_id=session_id).status == "accepted"
    with pytest.raises(UserError) as raised:
        world.agenda.delete(session_id)
    assert raised.value.code == "session_has_checkins"


def test_more_capacity_promotes_and_undo_demotes(world: AgendaWorld) -> None:
    session_id = world.session("Workshop", at(11), at(12), capacity=1)
    people = [world.person(name) for name in ("Anna", "Ben", "Cleo")]
    signups = SignupService(world.database)
    for minute, person in enumerate(people):
        signups.sign_up(session_id, person, at=at(8, minute))
    edit = world.agenda.update(
        session_id, replace(world.agenda.get(session_id).draft(), capacity=2)
    )
    listed = signups.participants(session_id)
    assert [p.given_name for p in listed.seated] == ["Anna", "Ben"]
    assert len(edit.promoted) == 1
    world.agenda.undo(edit)
    listed = signups.participants(session_id)
    assert [p.given_name for p in listed.seated] == ["Anna"]
    assert [p.given_name for p in listed.waiting] == ["Ben", "Cleo"]
    assert all(p.status == SignupStatus.WAITLISTED.value for p in listed.waiting)


def test_a_history_of_edits_undoes_last_first(world: AgendaWorld) -> None:
    session_id = world.session("Impuls", at(10), at(11), room_id=world.rooms["Foyer"])
    edits = [
        world.agenda.move(session_id, at(10, 15), world.rooms["Foyer"]),
        world.agenda.move(session_id, at(10, 15), world.rooms["Großer Saal"]),
        world.agenda.resize(session_id, at(12)),
    ]
    for edit in reversed(edits):
        world.agenda.undo(edit)
    restored = world.agenda.get(session_id)
    assert (restored.starts_at, restored.ends_at, restored.room_id) == (
        at(10),
        at(11),
        world.rooms["Foyer"],
    )


def test_the_people_to_pick_are_read_again_only_after_a_change(world: AgendaWorld) -> None:
    world.person("Anna")
    first = programme_people(world.database, world.event_id)

    assert programme_people(world.database, world.event_id) is first  # nothing changed
    world.person("Ben")
    again = programme_people(world.database, world.event_id)
    assert again is not first
    assert len(again) == len(first) + 1
