"""Check-in at the desk: every status of DESIGN.md, history that is only ever appended to,
a log row for every scan, session doors with their capacity, and counters."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.db.models import (
    AgendaSession,
    CheckinAction,
    CheckinSource,
    Event,
    Room,
    ScanStatus,
    SessionSignup,
    utc_now,
)
from confdesk.domain.checkin.codes import EventKey, code_for_registration, reissue_code
from confdesk.domain.checkin.desk import (
    LOGGED_INPUT_CHARS,
    CheckinDesk,
    DeskIdentity,
    loggable_input,
)
from confdesk.domain.events.service import EventDraft, EventService
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.errors import UserError

EVENT_DAY = date(2027, 3, 18)


@pytest.fixture
def desk(database: Database, event_id: int):
    with CheckinDesk(database, event_id, DeskIdentity("Desk 1", "Petra")) as opened:
        yield opened


def _person(
    service: RegistrationService,
    event_id: int,
    given: str = "Jürgen",
    family: str = "Größmann",
    **fields: str,
) -> tuple[int, str]:
    status = fields.pop("status", "registered")
    registration = service.create(
        event_id, RegistrationDraft(given, family, **fields), status=status
    )
    return registration.id, code_for_registration(service._database, registration.id)


def _rows(database: Database, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(database.path)) as connection:
        return connection.execute(sql).fetchall()


def test_a_first_scan_is_accepted_and_on_disk_when_the_call_returns(
    database, service, event_id, desk
) -> None:
    registration_id, code = _person(service, event_id, category="speaker", notes="Mikro")

    result = desk.check_in(code)

    assert result.status is ScanStatus.ACCEPTED and result.accepted
    assert result.attendee is not None
    assert (result.attendee.full_name, result.attendee.category) == ("Jürgen Größmann", "speaker")
    assert result.attendee.notes == "Mikro"
    # Read through another connection: committed, not waiting in this desk's transaction.
    assert _rows(
        database, "SELECT registration_id, action, desk, operator, source FROM checkins"
    ) == [(registration_id, "check_in", "Desk 1", "Petra", "scanner")]


def test_a_second_scan_says_when_and_where_the_person_came_in(service, event_id, desk) -> None:
    _, code = _person(service, event_id)
    first = desk.check_in(code)
    desk.identity.desk = "Desk 2"

    second = desk.check_in(code)

    assert second.status is ScanStatus.ALREADY_CHECKED_IN and not second.accepted
    assert second.previous is not None
    assert (second.previous.checkin_id, second.previous.desk) == (first.checkin_id, "Desk 1")
    assert abs(second.previous.occurred_at - utc_now()) < timedelta(minutes=1)
    assert second.checkin_id is None


@pytest.mark.parametrize("status", ["cancelled", "waitlisted"])
def test_cancelled_and_waitlisted_people_are_refused_by_name(
    database, service, event_id, desk, status
) -> None:
    _, code = _person(service, event_id, status=status)

    result = desk.check_in(code)

    assert result.status == status and result.rejected
    assert result.attendee is not None and result.attendee.family_name == "Größmann"
    assert _rows(database, "SELECT count(*) FROM checkins") == [(0,)]


def test_a_reissued_badge_revokes_the_old_code(database, service, event_id, desk) -> None:
    registration_id, old = _person(service, event_id)
    new = reissue_code(database, registration_id)

    assert desk.check_in(old).status is ScanStatus.REVOKED
    assert desk.check_in(new).status is ScanStatus.ACCEPTED


def test_codes_of_another_event_and_of_registrations_not_here_are_refused(
    database, service, event_id, desk
) -> None:
    other = EventService(database).create(EventDraft("Andere Konferenz", EVENT_DAY, EVENT_DAY))
    _, foreign = _person(service, other.id)
    with database.transaction() as session:
        event = session.get(Event, event_id)
        assert event is not None
        key = EventKey(event.uuid, event.checkin_key)
    not_here = key.code_for(str(uuid.uuid4()), 1)

    assert desk.check_in(foreign).status is ScanStatus.WRONG_EVENT
    assert desk.check_in(not_here).status is ScanStatus.UNKNOWN
    assert _rows(database, "SELECT count(*) FROM checkins") == [(0,)]


def test_every_scan_is_logged_with_desk_operator_source_and_outcome(
    database, service, event_id, desk
) -> None:
    _, code = _person(service, event_id)
    _, cancelled = _person(service, event_id, "Anna", "Bauer", status="cancelled")
    desk.check_in(code)
    desk.check_in(code, source=CheckinSource.CAMERA)
    desk.check_in(cancelled)
    desk.check_in("DROP TABLE checkins;\x07")

    log = _rows(
        database,
        "SELECT desk, operator, source, action, status, input, input_length, "
        "registration_uuid IS NOT NULL, checkin_id IS NOT NULL FROM scans ORDER BY id",
    )

    assert log == [
        ("Desk 1", "Petra", "scanner", "check_in", "accepted", code, len(code), 1, 1),
        ("Desk 1", "Petra", "camera", "check_in", "already_checked_in", code, len(code), 1, 0),
        ("Desk 1", "Petra", "scanner", "check_in", "cancelled", cancelled, len(code), 1, 0),
        (
            "Desk 1",
            "Petra",
            "scanner",
            "check_in",
            "invalid",
            "DROP TABLE checkins;\\x07",
            21,
            0,
            0,
        ),
    ]


def test_undo_is_a_new_record_and_lets_the_person_be_checked_in_again(
    database, service, event_id, desk
) -> None:
    _, code = _person(service, event_id)
    accepted = desk.check_in(code)
    assert accepted.checkin_id is not None

    undone = desk.undo(accepted.checkin_id)

    assert undone.undone_action is CheckinAction.CHECK_IN
    assert undone.attendee.family_name == "Größmann"
    assert desk.check_in(code).status is ScanStatus.ACCEPTED
    assert _rows(database, "SELECT action, reverts_id FROM checkins ORDER BY id") == [
        ("check_in", None),
        ("undo", accepted.checkin_id),
        ("check_in", None),
    ]
    with pytest.raises(UserError) as raised:
        desk.undo(accepted.checkin_id)
    assert raised.value.code == "checkin_not_undoable"


def test_the_database_views_say_which_records_count(database, service, event_id, desk) -> None:
    """The one definition of "not undone" and "checked in at the venue" (migration 0011),
    which the desk, the counters, the search and the certificates read."""
    _, first_code = _person(service, event_id)
    second, second_code = _person(service, event_id, "Ayşe", "Çalışkan")
    third, third_code = _person(service, event_id, "Petra", "Schulz")
    taken_back = desk.check_in(first_code)
    assert taken_back.checkin_id is not None
    desk.undo(taken_back.checkin_id)
    desk.check_in(second_code)
    left = desk.check_out(second_code)
    desk.check_in(third_code)

    in_force = _rows(database, "SELECT registration_id, action FROM checkins_in_force ORDER BY id")
    venue = _rows(database, "SELECT registration_id FROM venue_checkins ORDER BY id")

    # The undone check-in and the undo itself are gone; a check-out does not take back
    # having come.
    assert in_force == [(second, "check_in"), (second, "check_out"), (third, "check_in")]
    assert venue == [(second,), (third,)]
    assert left.checkin_id is not None
    desk.undo(left.checkin_id)
    assert _rows(database, "SELECT registration_id, action FROM checkins_in_force") == [
        (second, "check_in"),
        (third, "check_in"),
    ]


def test_history_cannot_be_edited_or_deleted(database, service, event_id, desk) -> None:
    _, code = _person(service, event_id)
    desk.check_in(code)
    with closing(sqlite3.connect(database.path)) as connection:
        for statement in (
            "UPDATE checkins SET desk = 'x'",
            "DELETE FROM checkins",
            "UPDATE scans SET status = 'accepted'",
            "DELETE FROM scans",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                connection.execute(statement)


def test_check_out_and_back_in(service, event_id, desk) -> None:
    _, code = _person(service, event_id)

    assert desk.check_out(code).status is ScanStatus.NOT_CHECKED_IN
    desk.check_in(code)
    out = desk.check_out(code)
    assert out.status is ScanStatus.CHECKED_OUT
    assert desk.check_out(code).status is ScanStatus.NOT_CHECKED_IN
    assert desk.check_in(code).status is ScanStatus.ACCEPTED
    # Undoing the check-out puts the person back in.
    assert out.checkin_id is not None
    desk.undo(out.checkin_id)
    desk.check_out(code)
    assert desk.check_in(code).status is ScanStatus.ACCEPTED


def test_search_and_walk_in_check_ins_need_no_code(database, service, event_id, desk) -> None:
    registration_id, _ = _person(service, event_id)

    result = desk.check_in_registration(registration_id, CheckinSource.WALK_IN)

    assert result.status is ScanStatus.ACCEPTED
    assert _rows(database, "SELECT source, input FROM scans") == [("walk_in", "")]
    with pytest.raises(UserError) as raised:
        desk.check_in_registration(registration_id + 100)
    assert raised.value.code == "no_such_registration"


def _workshop(database: Database, event_id: int, capacity: int, signups: list[int]) -> int:
    with database.transaction() as session:
        room = Room(event_id=event_id, name="Raum 2", capacity=capacity)
        workshop = AgendaSession(
            event_id=event_id,
            title="Open Data",
            kind="workshop",
            starts_at=datetime(2027, 3, 18, 11, 0),
            ends_at=datetime(2027, 3, 18, 12, 0),
            room=room,
            signup_required=True,
        )
        session.add(workshop)
        session.flush()
        for registration_id in signups:
            session.add(SessionSignup(session_id=workshop.id, registration_id=registration_id))
        session.flush()
        return workshop.id


def test_session_door_counts_against_the_room_and_notes_who_did_not_sign_up(
    database, service, event_id, desk
) -> None:
    first, first_code = _person(service, event_id)
    _, second_code = _person(service, event_id, "Anna", "Bauer")
    workshop = _workshop(database, event_id, capacity=1, signups=[first])

    at_door = desk.check_in(first_code, session_id=workshop)
    over = desk.check_in(second_code, session_id=workshop)
    again = desk.check_in(first_code, session_id=workshop)

    assert at_door.status is ScanStatus.ACCEPTED and at_door.signed_up
    assert at_door.load is not None
    assert (at_door.load.present, at_door.load.over_capacity) == (1, False)
    # Warnings, never a refusal: the person is in the room.
    assert over.status is ScanStatus.ACCEPTED and not over.signed_up
    assert over.load is not None and (over.load.present, over.load.over_capacity) == (2, True)
    assert again.status is ScanStatus.ALREADY_CHECKED_IN
    # A session check-in is not a venue check-in.
    assert desk.check_in(first_code).status is ScanStatus.ACCEPTED
    assert over.checkin_id is not None
    desk.undo(over.checkin_id)
    assert desk.check_in(first_code, session_id=workshop).load.present == 1  # type: ignore[union-attr]
    assert [session.title for session in desk.sessions()] == ["Open Data"]


def test_a_session_of_another_event_is_refused(database, service, event_id, desk) -> None:
    other = EventService(database).create(EventDraft("Andere", EVENT_DAY, EVENT_DAY))
    workshop = _workshop(database, other.id, capacity=10, signups=[])
    _, code = _person(service, event_id)

    with pytest.raises(UserError) as raised:
        desk.check_in(code, session_id=workshop)
    assert raised.value.code == "no_such_session"


def test_a_venue_check_in_tells_the_person_their_workshops(
    database, service, event_id, desk
) -> None:
    registration_id, code = _person(service, event_id)
    _workshop(database, event_id, capacity=10, signups=[registration_id])

    result = desk.check_in(code)

    assert [session.title for session in result.signups] == ["Open Data"]


def test_counters_show_arrivals_of_expected_by_category_and_the_last_quarter_hour(
    service, event_id, desk
) -> None:
    speaker_id, speaker = _person(service, event_id, "Eva", "Sprecher", category="speaker")
    _, participant = _person(service, event_id, "Paul", "Teil")
    _person(service, event_id, "Pia", "Teil")
    _person(service, event_id, "Cleo", "Weg", status="cancelled")
    desk.check_in(speaker)
    undone = desk.check_in(participant)
    assert undone.checkin_id is not None
    desk.undo(undone.checkin_id)

    now = desk.counters()
    later = desk.counters(now=utc_now() + timedelta(minutes=20))

    by_category = {c.category: (c.checked_in, c.expected) for c in now.by_category}
    assert by_category == {"participant": (0, 2), "speaker": (1, 1)}
    assert (now.checked_in, now.expected, now.arrivals_last_15_min) == (1, 3, 1)
    assert later.arrivals_last_15_min == 0 and later.checked_in == 1
    del speaker_id


def test_two_desks_on_one_file_accept_a_person_once(database, service, event_id) -> None:
    _, code = _person(service, event_id)
    with (
        CheckinDesk(database, event_id, DeskIdentity("Desk 1")) as one,
        CheckinDesk(database, event_id, DeskIdentity("Desk 2")) as two,
    ):
        statuses = [one.check_in(code).status, two.check_in(code).status]
    assert statuses == [ScanStatus.ACCEPTED, ScanStatus.ALREADY_CHECKED_IN]


def test_the_log_keeps_a_short_visible_copy_of_what_was_read() -> None:
    assert loggable_input("CDK\r\n\x00") == "CDK\\r\\n\\x00"
    assert len(loggable_input("A" * 1_000_000)) == LOGGED_INPUT_CHARS


SCANNER_NOISE = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(max_codepoint=31), max_size=80),
    st.sampled_from(
        [
            "' OR 1=1 --",
            "CDK'; DROP TABLE checkins; --",
            "%",
            "CDK" + "0" * 56,
            "\x00" * 59,
        ]
    ),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=SCANNER_NOISE)
@example(text="CDK" + "A" * 1_000_000)
def test_whatever_a_scanner_sends_is_refused_cleanly_and_logged(
    database, event_id, desk, text
) -> None:
    before = _rows(database, "SELECT count(*) FROM scans")[0][0]

    result = desk.check_in(text)

    assert result.status in (ScanStatus.INVALID, ScanStatus.WRONG_EVENT)
    assert result.attendee is None and result.checkin_id is None
    assert _rows(database, "SELECT count(*) FROM scans")[0][0] == before + 1
    assert _rows(database, "SELECT count(*) FROM checkins") == [(0,)]


def test_a_forged_or_truncated_code_is_invalid(service, event_id, desk) -> None:
    _, code = _person(service, event_id)
    forged = code[:-1] + ("0" if code[-1] != "0" else "1")

    assert desk.check_in(forged).status is ScanStatus.INVALID
    assert desk.check_in(code[:-1]).status is ScanStatus.INVALID
    assert desk.check_in(code + code).status is ScanStatus.INVALID
    assert desk.check_in(f"  {code.lower()}\r\n").status is ScanStatus.ACCEPTED


def test_records_are_stored_as_the_orm_reads_them(database, service, event_id, desk) -> None:
    from confdesk.db.models import CheckinRecord, ScanRecord

    _, code = _person(service, event_id)
    desk.check_in(code)
    with database.transaction() as session:
        record = session.scalars(select(CheckinRecord)).one()
        scan = session.scalars(select(ScanRecord)).one()
    assert isinstance(record.occurred_at, datetime) and isinstance(scan.scanned_at, datetime)
    assert (
        record.occurred_at.date() == utc_now().date() or record.occurred_at.date() == date.today()
    )


def test_counters_see_registrations_made_elsewhere(service, event_id, desk) -> None:
    _person(service, event_id, "Eva", "Erste")
    assert desk.counters().expected == 1

    # Another part of the app (or another desk) registers a walk-in.
    service.walk_in(event_id, "Walter", "Spontan", "Stadt Guben")

    assert desk.counters().expected == 2
