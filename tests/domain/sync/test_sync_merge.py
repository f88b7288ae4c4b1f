"""Merging sync files: records as a union by UUID, registrations field by field with the
later edit winning and the loser kept, double entries listed and people counted once."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC
from zoneinfo import ZoneInfo

from confdesk.db.models import CheckinSource, PrintKind, ScanStatus
from confdesk.domain.checkin.attendance import arrived_ids
from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity
from confdesk.domain.printing.records import record_prints
from confdesk.domain.registrations.duplicates import merge
from confdesk.domain.registrations.service import RegistrationService
from confdesk.domain.sync.double_entries import double_entries
from confdesk.domain.sync.status import sync_status
from tests.domain.sync.venue import (
    EVENT_ID,
    REGISTRATIONS,
    Venue,
    checkin_uuids,
    rows,
    scan_uuids,
)


def test_check_ins_at_each_desk_reach_the_others(venue: Venue) -> None:
    first, second, third = venue.people[:3]
    assert venue.check_in(0, first).accepted
    assert venue.check_in(1, second).accepted
    assert venue.check_in(2, third).accepted

    summary = venue.exchange(1, 0)
    assert summary.new_checkins == 1
    assert summary.from_desk == "Desk 2"
    assert summary.changes.checkins
    venue.exchange(2, 0)
    venue.exchange(0, 1)
    venue.exchange(0, 2)

    expected = checkin_uuids(venue.desks[0])
    assert len(expected) == 3
    assert [checkin_uuids(desk) for desk in venue.desks] == [expected] * 3
    assert [scan_uuids(desk) for desk in venue.desks] == [scan_uuids(venue.desks[0])] * 3
    # The merged record is a check-in like the desk's own: the person is in.
    result = venue.check_in(0, second)
    assert result.status is ScanStatus.ALREADY_CHECKED_IN
    assert result.previous is not None and result.previous.desk == "Desk 2"


def test_a_file_merged_again_changes_nothing(venue: Venue) -> None:
    venue.check_in(1, venue.people[0])
    path = venue.export(1)
    assert venue.receive(0, path).new_checkins == 1
    before = rows(venue.desks[0], "SELECT uuid, registration_id, occurred_at FROM checkins")

    again = venue.receive(0, path)

    assert (again.new_checkins, again.new_scans, again.updated_registrations) == (0, 0, 0)
    assert not again.changes.checkins
    assert rows(venue.desks[0], "SELECT uuid, registration_id, occurred_at FROM checkins") == (
        before
    )


def test_an_undo_travels_after_the_check_in_it_takes_back(venue: Venue) -> None:
    person = venue.people[0]
    accepted = venue.check_in(1, person)
    assert accepted.checkin_id is not None
    with CheckinDesk(venue.desks[1], EVENT_ID, DeskIdentity("Desk 2")) as desk:
        desk.undo(accepted.checkin_id)

    venue.exchange(1, 0)

    assert person not in arrived_ids(venue.desks[0], EVENT_ID)
    assert venue.check_in(0, person).accepted


def test_a_walk_in_at_a_desk_reaches_the_organiser_with_the_check_in(venue: Venue) -> None:
    service = RegistrationService(venue.desks[2])
    walk_in = service.walk_in(EVENT_ID, "Zeynep", "Kaya", "Gemeinde Neuland")
    with CheckinDesk(venue.desks[2], EVENT_ID, DeskIdentity("Desk 3")) as desk:
        desk.check_in_registration(walk_in.id, CheckinSource.WALK_IN)
    record_prints(venue.desks[2], [walk_in.id], PrintKind.BADGE, desk="Desk 3")

    summary = venue.exchange(2, 0)

    assert (summary.new_registrations, summary.new_checkins, summary.new_prints) == (1, 1, 1)
    assert summary.changes.registrations and summary.changes.organizations
    found = rows(
        venue.desks[0],
        "SELECT r.given_name, r.family_name, o.name, r.source FROM registrations r "
        "JOIN organizations o ON o.id = r.organization_id WHERE r.family_name = 'Kaya'",
    )
    assert found == [("Zeynep", "Kaya", "Gemeinde Neuland", "walk_in")]
    assert rows(venue.desks[0], REGISTRATIONS) == rows(venue.desks[2], REGISTRATIONS)
    # Searchable at the organiser's desk like any other registration.
    sort_names = rows(venue.desks[0], "SELECT sort_name FROM registrations")
    assert ("kaya zeynep",) in sort_names


def test_the_later_edit_of_a_field_wins_on_every_desk_and_the_other_is_kept(
    venue: Venue,
) -> None:
    person = venue.people[0]
    at_desk_2 = RegistrationService(venue.desks[1])
    at_desk_3 = RegistrationService(venue.desks[2])
    at_desk_2.update(person, replace(at_desk_2.get(person).draft(), notes="Rollstuhl"))
    # Later, at desk 3, the same field and another one.
    at_desk_3.update(
        person, replace(at_desk_3.get(person).draft(), notes="Rollstuhl, Rampe", phone="0151 1")
    )

    # Desk 3's file reaches desk 2 first, desk 2's reaches desk 3: each in its own order.
    venue.exchange(2, 1)
    venue.exchange(1, 2)
    venue.exchange(1, 0)

    for desk in venue.desks:
        data = RegistrationService(desk).get(person)
        assert (data.notes, data.phone) == ("Rollstuhl, Rampe", "0151 1")
    history = rows(
        venue.desks[1],
        f"SELECT field, value FROM registration_field_history WHERE registration_id = {person}",
    )
    assert history == [("notes", json.dumps("Rollstuhl"))]


def test_a_desk_with_its_clock_behind_still_wins_with_an_edit_made_after_seeing_another(
    venue: Venue,
) -> None:
    """Desk 3's computer runs an hour behind: its edit made after receiving desk 2's edit is
    the later one all the same."""
    person = venue.people[1]
    desk_2 = RegistrationService(venue.desks[1])
    desk_2.update(person, replace(desk_2.get(person).draft(), position="Amtsleitung"))
    venue.exchange(1, 2)
    with venue.desks[2].engine.begin() as connection:
        # Its own clock reads an hour earlier than desk 2's stamp.
        connection.exec_driver_sql("UPDATE this_desk SET clock_wall_ms = clock_wall_ms - 3600000")
    desk_3 = RegistrationService(venue.desks[2])
    assert desk_3.get(person).position == "Amtsleitung"
    # The merge moved desk 3's clock past desk 2's stamp; the trigger ticks from there.
    desk_3.update(person, replace(desk_3.get(person).draft(), position="Stabsstelle Digitales"))

    venue.exchange(2, 1)

    assert desk_2.get(person).position == "Stabsstelle Digitales"


def test_a_status_change_at_a_desk_travels(venue: Venue) -> None:
    person = venue.people[2]
    RegistrationService(venue.desks[1]).cancel(person)

    summary = venue.exchange(1, 0)

    assert summary.changes.signups
    assert RegistrationService(venue.desks[0]).get(person).status == "cancelled"
    assert venue.check_in(0, person).status is ScanStatus.CANCELLED


def test_a_person_admitted_at_two_desks_while_apart_is_listed_and_counted_once(
    venue: Venue,
) -> None:
    person = venue.people[3]
    assert venue.check_in(0, person).accepted
    assert venue.check_in(1, person).accepted

    summary = venue.exchange(1, 0)
    venue.exchange(0, 1)

    for desk in venue.desks[:2]:
        entries = double_entries(desk, EVENT_ID)
        assert len(entries) == 1
        entry = entries[0]
        assert entry.registration_id == person
        assert (entry.first.desk, entry.second.desk) == ("Desk 1", "Desk 2")
        assert entry.describe().startswith("checked in at Desk 1 at ")
        assert " and at Desk 2 at " in entry.describe()
        assert arrived_ids(desk, EVENT_ID).count(person) == 1
        with CheckinDesk(desk, EVENT_ID) as counting:
            assert counting.counters().checked_in == 1
    assert [entry.registration_id for entry in summary.double_entries] == [person]
    (merged,) = summary.double_entries
    assert merged.describe(summary.zone, "de").startswith("eingecheckt bei Desk 1 um ")


def test_a_check_out_between_two_admissions_is_no_double_entry(venue: Venue) -> None:
    person = venue.people[4]
    venue.check_in(0, person)
    with CheckinDesk(venue.desks[0], EVENT_ID, DeskIdentity("Desk 1")) as desk:
        desk.check_out(venue.codes[person])
    venue.exchange(0, 1)
    assert venue.check_in(1, person).accepted

    venue.exchange(1, 0)

    assert double_entries(venue.desks[0], EVENT_ID) == []


def test_a_check_in_at_a_session_this_desk_does_not_know_waits_for_a_later_file(
    venue: Venue,
) -> None:
    person = venue.people[5]
    with venue.desks[1].engine.connect() as connection:
        session_id = connection.exec_driver_sql(
            "SELECT id FROM agenda_sessions ORDER BY id LIMIT 1"
        ).scalar_one()
    with CheckinDesk(venue.desks[1], EVENT_ID, DeskIdentity("Desk 2")) as desk:
        assert desk.check_in(venue.codes[person], session_id=session_id).checkin_id
    # The organiser's desk lacks that session (as if the desk copy were older than it).
    with venue.desks[0].engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE agenda_sessions SET uuid = 'f0000000-0000-4000-8000-00000000dead' WHERE id = ?",
            (session_id,),
        )

    summary = venue.exchange(1, 0)

    assert summary.held_back == 2  # the check-in and its scan
    assert summary.new_checkins == 0
    assert sync_status(venue.desks[0]).peers[0].waiting_from_peer == 2


def test_a_registration_merged_away_at_the_organiser_does_not_come_back(venue: Venue) -> None:
    keep, gone = venue.people[6], venue.people[7]
    merge(venue.desks[0], keep, [gone])

    summary = venue.exchange(1, 0)
    venue.exchange(0, 1)

    assert summary.new_registrations == 0
    for desk in venue.desks[:2]:
        assert rows(desk, f"SELECT id FROM registrations WHERE id = {gone}") == []


def test_the_status_names_the_desks_heard_from_and_what_is_still_to_reach_them(
    venue: Venue,
) -> None:
    status = sync_status(venue.desks[1])
    # A desk copy knows the organiser's desk: nothing pending either way.
    assert [peer.desk_uuid for peer in status.peers] == [sync_status(venue.desks[0]).desk_uuid]
    assert status.peers[0].pending_to_peer == 0

    venue.check_in(1, venue.people[8])
    assert sync_status(venue.desks[1]).peers[0].pending_to_peer == 2  # check-in and scan

    venue.exchange(0, 1)  # the organiser's file lacks them: still pending
    peer = sync_status(venue.desks[1]).peers[0]
    assert peer.pending_to_peer == 2
    assert peer.desk_name == "Desk 1"

    venue.exchange(1, 0)
    venue.exchange(0, 1)
    assert sync_status(venue.desks[1]).peers[0].pending_to_peer == 0
    assert sync_status(venue.desks[1]).last_export_at is not None


def test_every_edit_is_stamped_whoever_writes_it(venue: Venue) -> None:
    person = venue.people[9]
    with venue.desks[0].engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE registrations SET email = 'neu@example.org' WHERE id = ?", (person,)
        )
        stamped = connection.exec_driver_sql(
            "SELECT field, hlc FROM registration_field_clocks WHERE registration_id = ?",
            (person,),
        ).all()
        desk_uuid = connection.exec_driver_sql("SELECT uuid FROM this_desk").scalar_one()
    assert [field for field, _ in stamped] == ["email"]
    assert stamped[0][1].endswith(desk_uuid)


def test_an_edit_after_the_computers_clock_went_back_is_still_the_later_one(
    venue: Venue,
) -> None:
    """The trigger ticks the desk's clock in SQL: with the clock ahead of the wall time (the
    computer's clock was set back an hour), the stamp keeps the clock's time and counts."""
    person = venue.people[10]
    desk = venue.desks[0]
    with desk.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE this_desk SET clock_wall_ms = clock_wall_ms + 3600000 + "
            "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), clock_counter = 7"
        )
        ahead = connection.exec_driver_sql("SELECT clock_wall_ms FROM this_desk").scalar_one()
    service = RegistrationService(desk)
    service.update(person, replace(service.get(person).draft(), notes="erste"))
    service.update(person, replace(service.get(person).draft(), phone="0171 2"))
    with desk.engine.connect() as connection:
        stamps = dict(
            connection.exec_driver_sql(
                "SELECT field, hlc FROM registration_field_clocks WHERE registration_id = ?",
                (person,),
            ).all()
        )
    assert stamps["notes"].startswith(f"{ahead:015d}.{8:010d}.")
    assert stamps["phone"].startswith(f"{ahead:015d}.{9:010d}.")


def test_double_entries_read_in_the_events_time_zone(venue: Venue) -> None:
    person = venue.people[11]
    venue.check_in(0, person)
    venue.check_in(2, person)

    summary = venue.exchange(2, 0)

    assert summary.time_zone == "Europe/Berlin"
    (entry,) = summary.double_entries
    berlin = entry.first.at.replace(tzinfo=UTC).astimezone(ZoneInfo("Europe/Berlin"))
    assert f"at Desk 1 at {berlin:%H:%M} and at Desk 3 at " in entry.describe(summary.zone)


def test_an_organisation_changed_at_two_desks_travels_by_uuid(venue: Venue) -> None:
    person = venue.people[12]
    organisations = rows(venue.desks[0], "SELECT id, uuid FROM organizations ORDER BY id")
    (first_id, first_uuid), (second_id, second_uuid) = organisations[0], organisations[1]
    desk_2, desk_3 = RegistrationService(venue.desks[1]), RegistrationService(venue.desks[2])
    desk_2.update(person, replace(desk_2.get(person).draft(), organization_id=first_id))
    desk_3.update(person, replace(desk_3.get(person).draft(), organization_id=second_id))

    venue.exchange(1, 2)
    venue.exchange(2, 1)

    for desk in venue.desks[1:]:
        (found,) = rows(
            desk,
            "SELECT o.uuid FROM registrations r JOIN organizations o "
            f"ON o.id = r.organization_id WHERE r.id = {person}",
        )
        assert found == (second_uuid,)
        history = rows(
            desk,
            "SELECT value FROM registration_field_history WHERE field = 'organization_id'",
        )
        assert history == [(json.dumps(first_uuid),)]


def test_a_desks_own_file_merged_back_changes_nothing(venue: Venue) -> None:
    venue.check_in(1, venue.people[13])
    before = [rows(venue.desks[1], REGISTRATIONS), checkin_uuids(venue.desks[1])]

    summary = venue.exchange(1, 1)

    assert not summary.changes
    assert (summary.new_checkins, summary.new_scans, summary.updated_registrations) == (0, 0, 0)
    assert [rows(venue.desks[1], REGISTRATIONS), checkin_uuids(venue.desks[1])] == before
    # A desk is no peer of itself.
    assert all(
        peer.desk_uuid != sync_status(venue.desks[1]).desk_uuid
        for peer in sync_status(venue.desks[1]).peers
    )
