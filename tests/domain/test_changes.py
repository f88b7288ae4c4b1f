"""Every write says what it changed, so the screens that show it can refresh; reads and
refused writes change nothing."""

from __future__ import annotations

from datetime import date, datetime, time

from confdesk.db.models import PrintKind
from confdesk.domain.agenda.service import AgendaService, SessionDraft
from confdesk.domain.agenda.signups import SignupService
from confdesk.domain.changes import EVERYTHING, NOTHING, Changes
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.domain.events.logo import set_logo
from confdesk.domain.events.service import EventService
from confdesk.domain.printing.records import record_prints
from confdesk.domain.registrations.service import RegistrationDraft

EVENT_DAY = date(2027, 3, 18)  # the day of the event in conftest.py


def test_changes_merge_and_say_whether_anything_changed():
    both = Changes(agenda=True) | Changes(checkins=True)
    assert both == Changes(agenda=True, checkins=True)
    assert both == Changes(agenda=True).merged(Changes(checkins=True))
    assert not NOTHING
    assert both and EVERYTHING.prints and EVERYTHING.event


def test_registrations_report_what_they_changed(service, event_id):
    created = service.create(event_id, RegistrationDraft("Anna", "Weiß"))
    assert created.changes == Changes(registrations=True)
    # A value read equals the one written: the changes are not part of the data.
    assert service.get(created.id) == created
    assert service.get(created.id).changes == NOTHING

    unchanged = service.update(created.id, created.draft())
    assert unchanged.changes == NOTHING
    cancelled = service.cancel(created.id)
    assert cancelled.changes.registrations and cancelled.changes.signups

    walk_in = service.walk_in(event_id, "Ben", "Kaya", "Stadt Guben")
    assert walk_in.changes == Changes(registrations=True, organizations=True)
    same_town = service.walk_in(event_id, "Cem", "Arslan", "stadt guben")
    assert same_town.changes == Changes(registrations=True)


def test_agenda_and_sign_ups_report_what_they_changed(database, service, event_id):
    agenda = AgendaService(database)
    start = datetime.combine(EVENT_DAY, time(10))
    session = agenda.create(
        event_id, SessionDraft("Workshop", start, start.replace(hour=11), capacity=1)
    )
    assert session.changes == Changes(agenda=True)
    moved = agenda.move(session.id, start.replace(hour=12), None)
    assert moved.changes.agenda
    assert agenda.undo(moved).changes.agenda
    deleted = agenda.delete(session.id)
    assert deleted.changes.agenda
    assert agenda.restore(deleted).changes.agenda

    person = service.create(event_id, RegistrationDraft("Anna", "Weiß"))
    signups = SignupService(database)
    signed_up = signups.sign_up(session.id, person.id)
    assert signed_up.changes == Changes(signups=True)
    assert signups.sign_up(session.id, person.id).changes == NOTHING  # already signed up
    assert signups.undo(signed_up) == Changes(signups=True)


def test_the_event_check_ins_and_prints_report_what_they_changed(database, service, event_id):
    events = EventService(database)
    event = events.get(event_id)
    assert events.update(event_id, event.draft()).changes == Changes(event=True)
    assert events.update(event_id, event.draft(), []).changes == Changes(event=True, agenda=True)
    assert set_logo(database, event_id, None) == Changes(event=True)

    person = service.create(event_id, RegistrationDraft("Anna", "Weiß"))
    with CheckinDesk(database, event_id) as desk:
        accepted = desk.check_in_registration(person.id)
        assert accepted.changes == Changes(checkins=True)
        # Refused: only the scan log is written, which no screen shows.
        assert desk.check_in_registration(person.id).changes == NOTHING
        assert desk.check_in("not a code").changes == NOTHING
        assert accepted.checkin_id is not None
        assert desk.undo(accepted.checkin_id).changes == Changes(checkins=True)

    assert record_prints(database, [person.id], PrintKind.BADGE).changes == Changes(prints=True)
    assert record_prints(database, [], PrintKind.BADGE).changes == NOTHING
