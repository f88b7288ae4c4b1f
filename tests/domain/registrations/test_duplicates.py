"""Duplicates: found by e-mail or by name within an organisation, never across two
organisations, and merged in one transaction that moves everything a person has."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from confdesk.db.models import (
    AgendaSession,
    CheckinRecord,
    PrintRecord,
    Registration,
    SessionSignup,
    SessionSpeaker,
)
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.events.service import EventDraft, EventService
from confdesk.domain.registrations.duplicates import DuplicateReason, find_duplicates, merge
from confdesk.domain.registrations.organizations import find_or_create_organization
from confdesk.domain.registrations.service import RegistrationDraft
from confdesk.domain.registrations.topics import find_or_create_topic
from confdesk.errors import UserError

DAY = date(2027, 3, 18)


def _register(database, service, event_id, given, family, organization="", **details) -> int:
    organization_id = (
        find_or_create_organization(database, organization).id if organization else None
    )
    draft = RegistrationDraft(given, family, organization_id=organization_id, **details)
    return service.create(event_id, draft).id


def _sessions(database, event_id, count: int) -> list[int]:
    with database.transaction() as session:
        rows = [
            AgendaSession(
                event_id=event_id,
                title=f"Workshop {number}",
                kind="workshop",
                starts_at=datetime(2027, 3, 18, 11 + number),
                ends_at=datetime(2027, 3, 18, 12 + number),
                capacity=20,
                signup_required=True,
            )
            for number in range(count)
        ]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def _add(database, *rows) -> None:
    with database.transaction() as session:
        session.add_all(rows)


def _registration_ids(database) -> list[int]:
    with database.transaction() as session:
        return sorted(session.scalars(select(Registration.id)))


def _table_counts(database) -> dict[str, int]:
    with database.transaction() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Registration, SessionSignup, SessionSpeaker, PrintRecord)
        }


# --- finding ------------------------------------------------------------------------------


def test_same_email_is_a_duplicate_whatever_the_case_and_name(database, service, event_id):
    first = _register(database, service, event_id, "Jürgen", "Weiß", email="J.Weiss@Hassfurt.de")
    second = _register(database, service, event_id, "J.", "Weiss", email="j.weiss@hassfurt.de")
    _register(database, service, event_id, "Anna", "Weiß", email="a.weiss@hassfurt.de")
    groups = find_duplicates(database, event_id)
    assert [(g.reasons, g.registration_ids) for g in groups] == [
        ((DuplicateReason.SAME_EMAIL,), (first, second))
    ]


def test_same_folded_name_within_one_organization_is_a_duplicate(database, service, event_id):
    first = _register(database, service, event_id, "Jürgen", "Weiß", "Stadt Haßfurt")
    second = _register(database, service, event_id, "Juergen", "WEISS", "Stadt Haßfurt")
    groups = find_duplicates(database, event_id)
    assert [(g.reasons, g.registration_ids) for g in groups] == [
        ((DuplicateReason.SAME_NAME_SAME_ORGANIZATION,), (first, second))
    ]
    member = groups[0].members[1]
    assert (member.given_name, member.family_name, member.organization_name) == (
        "Juergen",
        "WEISS",
        "Stadt Haßfurt",
    )


def test_same_name_without_any_organization_is_a_duplicate(database, service, event_id):
    first = _register(database, service, event_id, "Anna", "Иванова")
    second = _register(database, service, event_id, "Anna", "Ivanova")
    groups = find_duplicates(database, event_id)
    assert [(g.reasons, g.registration_ids) for g in groups] == [
        ((DuplicateReason.SAME_NAME_NO_ORGANIZATION,), (first, second))
    ]


def test_same_name_at_different_organizations_is_two_people(database, service, event_id):
    _register(database, service, event_id, "Thomas", "Müller", "Stadt Haßfurt")
    _register(database, service, event_id, "Thomas", "Müller", "Amt Beetzsee")
    _register(database, service, event_id, "Thomas", "Müller")
    assert find_duplicates(database, event_id) == []


def test_names_the_normaliser_cannot_fold_are_not_all_alike(database, service, event_id):
    _register(database, service, event_id, "伟", "王")
    _register(database, service, event_id, "芳", "李")
    assert find_duplicates(database, event_id) == []


def test_names_alike_only_in_latin_letters_are_two_people(database, service, event_id):
    # Both "wei wang" in Latin letters, and Hebrew טל and תל are both "tl".
    _register(database, service, event_id, "伟", "王")
    _register(database, service, event_id, "伟", "汪")
    _register(database, service, event_id, "דוד", "טל")
    _register(database, service, event_id, "דוד", "תל")
    assert find_duplicates(database, event_id) == []


def test_registrations_of_other_events_are_not_compared(database, service, event_id):
    other_event = EventService(database).create(EventDraft("Andere", DAY, DAY)).id
    _register(database, service, event_id, "Anna", "Weiß", email="anna@weiss.de")
    _register(database, service, other_event, "Anna", "Weiß", email="anna@weiss.de")
    assert find_duplicates(database, event_id) == []


def test_registrations_linked_by_different_reasons_form_one_group(database, service, event_id):
    by_name = _register(database, service, event_id, "Anna", "Weiß", "Stadt Haßfurt")
    both = _register(
        database, service, event_id, "Anna", "Weiss", "Stadt Hassfurt", email="anna@weiss.de"
    )
    by_email = _register(database, service, event_id, "A.", "Weiß", email="ANNA@weiss.de ")
    with database.transaction() as session:
        session.add(CheckinRecord(registration_id=by_email))
    [group] = find_duplicates(database, event_id)
    assert group.reasons == (
        DuplicateReason.SAME_EMAIL,
        DuplicateReason.SAME_NAME_SAME_ORGANIZATION,
    )
    assert group.registration_ids == (by_name, both, by_email)
    assert [m.has_checkins for m in group.members] == [False, False, True]
    assert group.suggested_keep_id == by_email


def test_in_a_realistic_crowd_only_the_planted_duplicates_are_found(database, service):
    summary = create_demo_event(database, attendees=400, seed=3)
    with database.transaction() as session:
        first, second = session.execute(
            select(Registration.id, Registration.email)
            .where(Registration.event_id == summary.event_id, Registration.organization_id > 0)
            .order_by(Registration.id)
            .limit(2)
        ).all()
    person = service.get(first.id)
    walk_in = service.walk_in(
        summary.event_id,
        person.given_name.upper(),
        person.family_name,
        person.organization_name.lower(),
    )
    again = service.create(
        summary.event_id, RegistrationDraft("Someone", "Else", email=second.email.upper())
    )
    groups = find_duplicates(database, summary.event_id)
    assert sorted((g.registration_ids, g.reasons) for g in groups) == [
        ((first.id, walk_in.id), (DuplicateReason.SAME_NAME_SAME_ORGANIZATION,)),
        ((second.id, again.id), (DuplicateReason.SAME_EMAIL,)),
    ]


# --- merging ------------------------------------------------------------------------------


def test_merge_fills_empty_details_and_joins_topics_and_notes(database, service, event_id):
    ortskern = find_or_create_topic(database, event_id, "Ortskernentwicklung")
    ehrenamt = find_or_create_topic(database, event_id, "Ehrenamt")
    kept = _register(
        database,
        service,
        event_id,
        "Jürgen",
        "Weiß",
        email="j.weiss@hassfurt.de",
        notes="Kommt später",
        topic_ids=(ortskern.id,),
    )
    other = _register(
        database,
        service,
        event_id,
        "Juergen",
        "Weiss",
        "Stadt Haßfurt",
        email="juergen@weiss.example",
        phone="09521 688-0",
        position="Bürgermeister",
        category="speaker",
        notes="Vegetarisch",
        photo_consent=True,
        topic_ids=(ortskern.id, ehrenamt.id),
    )
    result = merge(database, kept, [other])
    assert result == service.get(kept)
    assert (result.given_name, result.family_name) == ("Jürgen", "Weiß")
    assert result.email == "j.weiss@hassfurt.de"
    assert (result.phone, result.position, result.category) == (
        "09521 688-0",
        "Bürgermeister",
        "speaker",
    )
    assert result.organization_name == "Stadt Haßfurt"
    assert result.notes == "Kommt später\nVegetarisch"
    assert result.topic_ids == tuple(sorted((ortskern.id, ehrenamt.id)))
    assert result.photo_consent is False
    assert _registration_ids(database) == [kept]
    with database.transaction() as session:
        key = session.scalar(select(Registration.search_key).where(Registration.id == kept))
    assert key.endswith("burgermeister stadt hassfurt")


def test_merge_keeps_the_best_status(database, service, event_id):
    kept = _register(database, service, event_id, "Anna", "Weiß")
    service.cancel(kept)
    waiting = service.create(event_id, RegistrationDraft("Anna", "Weiss"), status="waitlisted")
    assert merge(database, kept, [waiting.id]).status == "waitlisted"


def test_merge_moves_signups_speaker_roles_and_prints(database, service, event_id):
    kept = _register(database, service, event_id, "Anna", "Weiß")
    first = _register(database, service, event_id, "Anna", "Weiss")
    second = _register(database, service, event_id, "A.", "Weiß")
    only_theirs, both_better_theirs, both_better_kept, talk = _sessions(database, event_id, 4)
    _add(
        database,
        SessionSignup(session_id=only_theirs, registration_id=first, status="signed_up"),
        SessionSignup(session_id=both_better_theirs, registration_id=kept, status="waitlisted"),
        SessionSignup(session_id=both_better_theirs, registration_id=first, status="waitlisted"),
        SessionSignup(session_id=both_better_theirs, registration_id=second, status="signed_up"),
        SessionSignup(session_id=both_better_kept, registration_id=kept, status="signed_up"),
        SessionSignup(session_id=both_better_kept, registration_id=second, status="cancelled"),
        SessionSpeaker(session_id=talk, registration_id=second, role="moderator"),
        SessionSpeaker(session_id=talk, registration_id=first, role="speaker"),
        PrintRecord(registration_id=first, kind="badge"),
        PrintRecord(registration_id=second, kind="certificate"),
    )
    merge(database, kept, [first, second])

    with database.transaction() as session:
        signups = session.execute(
            select(SessionSignup.session_id, SessionSignup.registration_id, SessionSignup.status)
        ).all()
        speakers = session.execute(
            select(SessionSpeaker.session_id, SessionSpeaker.registration_id)
        ).all()
        prints = session.execute(select(PrintRecord.registration_id, PrintRecord.kind)).all()
    assert sorted(signups) == [
        (only_theirs, kept, "signed_up"),
        (both_better_theirs, kept, "signed_up"),
        (both_better_kept, kept, "signed_up"),
    ]
    assert speakers == [(talk, kept)]
    assert sorted(prints) == [(kept, "badge"), (kept, "certificate")]
    assert _registration_ids(database) == [kept]


def test_of_two_waiting_list_places_the_earlier_one_stays(database, service, event_id):
    kept = _register(database, service, event_id, "Anna", "Weiß")
    other = _register(database, service, event_id, "Anna", "Weiss")
    [workshop] = _sessions(database, event_id, 1)
    _add(
        database,
        SessionSignup(
            session_id=workshop,
            registration_id=kept,
            status="waitlisted",
            signed_up_at=datetime(2026, 10, 5),
        ),
        SessionSignup(
            session_id=workshop,
            registration_id=other,
            status="waitlisted",
            signed_up_at=datetime(2026, 9, 20),
        ),
    )
    merge(database, kept, [other])
    with database.transaction() as session:
        rows = session.execute(
            select(SessionSignup.registration_id, SessionSignup.signed_up_at)
        ).all()
    assert rows == [(kept, datetime(2026, 9, 20))]


def test_merge_refuses_a_checked_in_registration_and_writes_nothing(database, service, event_id):
    topic = find_or_create_topic(database, event_id, "Ehrenamt")
    kept = _register(database, service, event_id, "Anna", "Weiß")
    first = _register(database, service, event_id, "Anna", "Weiss", topic_ids=(topic.id,))
    checked_in = _register(database, service, event_id, "A.", "Weiß", phone="0331 12345")
    [workshop] = _sessions(database, event_id, 1)
    _add(
        database,
        SessionSignup(session_id=workshop, registration_id=first),
        PrintRecord(registration_id=first),
        CheckinRecord(registration_id=checked_in),
    )
    before = _table_counts(database)
    kept_before = service.get(kept)

    with pytest.raises(UserError) as raised:
        merge(database, kept, [first, checked_in])
    assert raised.value.code == "merge_checked_in"
    assert raised.value.params["registration_id"] == checked_in
    assert "A. Weiß" in str(raised.value)
    assert _table_counts(database) == before
    assert service.get(kept) == kept_before

    # Kept, the checked-in registration takes the others in.
    result = merge(database, checked_in, [kept, first])
    assert result.topic_ids == (topic.id,)
    assert _registration_ids(database) == [checked_in]
    with database.transaction() as session:
        assert session.scalar(select(CheckinRecord.registration_id)) == checked_in


@pytest.mark.parametrize(
    ("choose", "code"),
    [
        (lambda kept, other: [], "merge_nothing"),
        (lambda kept, other: [other, kept], "merge_into_itself"),
        (lambda kept, other: [other, 999], "no_such_registration"),
    ],
)
def test_impossible_merges_are_refused(database, service, event_id, choose, code):
    kept = _register(database, service, event_id, "Anna", "Weiß")
    other = _register(database, service, event_id, "Anna", "Weiss")
    with pytest.raises(UserError) as raised:
        merge(database, kept, choose(kept, other))
    assert raised.value.code == code
    assert _registration_ids(database) == [kept, other]


def test_a_registration_of_another_event_is_not_merged(database, service, event_id):
    other_event = EventService(database).create(EventDraft("Andere", DAY, DAY)).id
    kept = _register(database, service, event_id, "Anna", "Weiß")
    other = _register(database, service, other_event, "Anna", "Weiß")
    with pytest.raises(UserError) as raised:
        merge(database, kept, [other])
    assert raised.value.code == "merge_other_event"
    assert _registration_ids(database) == [kept, other]


def test_an_edit_of_a_merged_registration_can_no_longer_be_undone(database, service, event_id):
    kept = _register(database, service, event_id, "Anna", "Weiß")
    other = _register(database, service, event_id, "Anna", "Weiss")
    edit = service.update(other, RegistrationDraft("Anna", "Weiss", email="anna@weiss.de"))
    merge(database, kept, [other])
    with pytest.raises(UserError) as raised:
        service.undo(edit)
    assert raised.value.code == "undo_deleted"
    assert service.get(kept).email == "anna@weiss.de"
