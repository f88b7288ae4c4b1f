"""Registrations: stored as typed, refused with a reason, cancelled and reinstated, waiting
in the order people registered, taken at the desk from a name alone, and undone only when
nobody has changed them since."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select, text, update

from confdesk.db.models import Organization, Registration
from confdesk.domain.events.service import EventDraft, EventService, ValidationError
from confdesk.domain.registrations.organizations import find_or_create_organization
from confdesk.domain.registrations.service import (
    RegistrationDraft,
    registration_problems,
)
from confdesk.domain.registrations.topics import find_or_create_topic, list_topics
from confdesk.domain.validation import is_valid_email
from confdesk.errors import UserError

DAY = date(2027, 3, 18)


def _search_key(database, registration_id: int) -> str:
    with database.transaction() as session:
        return session.scalar(
            select(Registration.search_key).where(Registration.id == registration_id)
        )


def _fts_ids(database, query: str) -> list[int]:
    with database.transaction() as session:
        rows = session.execute(
            text("SELECT rowid FROM registration_search WHERE registration_search MATCH :q"),
            {"q": query},
        )
        return sorted(row[0] for row in rows)


# --- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"given_name": "  "}, "given_name", "given_name_required"),
        ({"family_name": ""}, "family_name", "family_name_required"),
        ({"email": "anna.weiss@"}, "email", "email_invalid"),
        ({"category": "vip"}, "category", "unknown_category"),
    ],
)
def test_a_draft_that_cannot_be_saved_is_refused_with_field_and_code(
    database, service, event_id, change, field, code
) -> None:
    with pytest.raises(ValidationError) as raised:
        service.create(event_id, replace(RegistrationDraft("Anna", "Weiß"), **change))
    assert (raised.value.field, raised.value.code) == (field, code)
    assert service.waiting_list(event_id) == []
    with database.transaction() as session:
        assert session.scalar(select(Registration.id)) is None


def test_every_problem_of_a_draft_is_reported_at_once() -> None:
    problems = registration_problems(RegistrationDraft(" ", "", email="a b@c.de", category="x"))
    assert [(p.field, p.code) for p in problems] == [
        ("given_name", "given_name_required"),
        ("family_name", "family_name_required"),
        ("email", "email_invalid"),
        ("category", "unknown_category"),
    ]
    assert problems[2].params == {"email": "a b@c.de"}


@pytest.mark.parametrize(
    ("option", "value", "code"),
    [("source", "fax", "unknown_source"), ("status", "maybe", "unknown_status")],
)
def test_source_and_status_must_be_known_values(service, event_id, option, value, code) -> None:
    with pytest.raises(ValidationError) as raised:
        service.create(event_id, RegistrationDraft("Anna", "Weiß"), **{option: value})
    assert (raised.value.field, raised.value.code) == (option, code)


def test_an_organization_or_topic_that_does_not_exist_is_refused(
    database, service, event_id
) -> None:
    other_event = EventService(database).create(EventDraft("Andere", DAY, DAY)).id
    foreign_topic = find_or_create_topic(database, other_event, "Ehrenamt")
    with pytest.raises(ValidationError) as raised:
        service.create(event_id, RegistrationDraft("Anna", "Weiß", organization_id=999))
    assert (raised.value.field, raised.value.code) == ("organization_id", "no_such_organization")
    with pytest.raises(ValidationError) as raised:
        service.create(event_id, RegistrationDraft("Anna", "Weiß", topic_ids=(foreign_topic.id,)))
    assert (raised.value.field, raised.value.code) == ("topic_ids", "unknown_topic")


def test_a_registration_needs_an_existing_event(service) -> None:
    with pytest.raises(UserError) as raised:
        service.create(42, RegistrationDraft("Anna", "Weiß"))
    assert raised.value.code == "no_such_event"


@pytest.mark.parametrize(
    "address",
    [
        "anna.weiss@hassfurt.de",
        "Anna.Weiss+konferenz@Stadt-Hassfurt.DE",
        "info@stadt-haßfurt.de",
        "j.müller@gemeinde-üchtelhausen.de",
        "o'brien@example.co.uk",
    ],
)
def test_practical_email_addresses_are_accepted(address) -> None:
    assert is_valid_email(address)


@pytest.mark.parametrize(
    "address",
    [
        "anna.weiss",
        "anna.weiss@",
        "@hassfurt.de",
        "anna@@hassfurt.de",
        "anna@weiss@hassfurt.de",
        "anna weiss@hassfurt.de",
        "anna.weiss@hassfurt",
        "anna.weiss@hassfurt.d",
        "anna.weiss@hassfurt..de",
        "anna.weiss@-hassfurt.de",
        "anna..weiss@hassfurt.de",
        ".anna@hassfurt.de",
        "Anna Weiß <anna@hassfurt.de>",
        "anna.weiss@192.168.1.1",
        "anna@hassfurt.de;bob@hassfurt.de",
    ],
)
def test_mistyped_email_addresses_are_refused(address) -> None:
    assert not is_valid_email(address)


# --- stored as typed ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given_name", "family_name"),
    [
        ("Jürgen", "Weiß"),
        ("Ursula", "von der Leyen"),
        ("anna-lena", "McDONALD"),
        ("Анна", "Иванова"),
        ("Zeynep", "Çalışkan"),
        ("Søren", "Ørsted"),
    ],
)
def test_names_are_stored_exactly_as_typed(service, event_id, given_name, family_name) -> None:
    created = service.create(event_id, RegistrationDraft(given_name, family_name))
    stored = service.get(created.id)
    assert (stored.given_name, stored.family_name) == (given_name, family_name)


def test_texts_are_composed_and_stripped_but_never_recased(service, event_id) -> None:
    decomposed = unicodedata.normalize("NFD", "Jürgen")
    created = service.create(
        event_id,
        RegistrationDraft(
            f"  {decomposed} ",
            "\tweiß\n",
            email=" J.Weiss@Hassfurt.de ",
            phone=" Zentrale, dann Durchwahl 12 ",
            notes="  kommt mit Rollstuhl\n",
        ),
    )
    stored = service.get(created.id)
    assert stored.given_name == "Jürgen"
    assert unicodedata.is_normalized("NFC", stored.given_name)
    assert stored.family_name == "weiß"
    assert stored.email == "J.Weiss@Hassfurt.de"
    assert stored.phone == "Zentrale, dann Durchwahl 12"
    assert stored.notes == "kommt mit Rollstuhl"


def test_create_stores_every_detail_and_makes_it_searchable(database, service, event_id) -> None:
    organization = find_or_create_organization(database, "Stadt Haßfurt", "municipality")
    topic = find_or_create_topic(database, event_id, "Ortskernentwicklung")
    draft = RegistrationDraft(
        "Jürgen",
        "Weiß",
        title="Dr.",
        email="j.weiss@hassfurt.de",
        phone="+49 9521 688-0",
        organization_id=organization.id,
        position="Bürgermeister",
        category="speaker",
        dietary_needs="vegetarisch",
        accessibility_needs="Rollstuhl",
        photo_consent=True,
        attendee_list_consent=True,
        notes="Spricht um 10:30",
        topic_ids=(topic.id,),
    )
    created = service.create(event_id, draft)
    assert created.draft() == draft
    assert (created.status, created.source, created.event_id) == ("registered", "manual", event_id)
    assert created.organization_name == "Stadt Haßfurt"
    assert len(created.uuid) == 36
    assert service.get(created.id) == created
    assert _search_key(database, created.id) == (
        "dr jurgen weiss j weiss burgermeister stadt hassfurt"
    )
    assert _fts_ids(database, "mueller OR weiss") == [created.id]


# --- update, cancel, reinstate, promote ---------------------------------------------------


def test_update_returns_before_and_after_and_moves_updated_at(database, service, event_id) -> None:
    created = service.create(event_id, RegistrationDraft("Jürgen", "Weis"))
    organization = find_or_create_organization(database, "Landkreis Haßberge")
    edit = service.update(
        created.id, RegistrationDraft("Jürgen", "Weiß", organization_id=organization.id)
    )
    assert edit.before == created
    assert edit.after == service.get(created.id)
    assert edit.after.family_name == "Weiß"
    assert edit.after.organization_name == "Landkreis Haßberge"
    assert edit.after.updated_at > created.updated_at
    assert edit.after.created_at == created.created_at
    assert _search_key(database, created.id) == "jurgen weiss landkreis hassberge"


def test_changing_only_the_topics_is_a_change_too(database, service, event_id) -> None:
    topic = find_or_create_topic(database, event_id, "Katastrophenschutz")
    created = service.create(event_id, RegistrationDraft("Anna", "Weiß"))
    edit = service.update(created.id, replace(created.draft(), topic_ids=(topic.id,)))
    assert edit.changed
    assert edit.after.topic_ids == (topic.id,)
    assert edit.after.updated_at > created.updated_at


def test_saving_an_unchanged_form_changes_nothing(service, event_id) -> None:
    created = service.create(event_id, RegistrationDraft("Anna", "Weiß", email="a@b.de"))
    edit = service.update(created.id, RegistrationDraft(" Anna", "Weiß ", email="a@b.de"))
    assert not edit.changed
    assert service.get(created.id).updated_at == created.updated_at


def test_removing_the_organization_removes_it_from_the_search_key(
    database, service, event_id
) -> None:
    organization = find_or_create_organization(database, "Stadt Haßfurt")
    created = service.create(
        event_id, RegistrationDraft("Anna", "Weiß", organization_id=organization.id)
    )
    service.update(created.id, RegistrationDraft("Anna", "Weiß"))
    assert _search_key(database, created.id) == "anna weiss"
    assert service.get(created.id).organization_name == ""


def test_cancel_and_reinstate_when_nobody_waits(service, event_id) -> None:
    created = service.create(event_id, RegistrationDraft("Anna", "Weiß"))
    cancelled = service.cancel(created.id)
    assert (cancelled.before.status, cancelled.after.status) == ("registered", "cancelled")
    with pytest.raises(UserError) as raised:
        service.cancel(created.id)
    assert raised.value.code == "already_cancelled"
    reinstated = service.reinstate(created.id)
    assert reinstated.after.status == "registered"
    assert reinstated.after.updated_at > cancelled.after.updated_at
    with pytest.raises(UserError) as raised:
        service.reinstate(created.id)
    assert raised.value.code == "not_cancelled"


def test_reinstating_while_people_wait_joins_the_waiting_list(service, event_id) -> None:
    early = service.create(event_id, RegistrationDraft("Anna", "Weiß"))
    service.cancel(early.id)
    waiting = service.create(event_id, RegistrationDraft("Ben", "Kaya"), status="waitlisted")
    reinstated = service.reinstate(early.id)
    assert reinstated.after.status == "waitlisted"
    # She registered first, so she is first in line again.
    assert [r.id for r in service.waiting_list(event_id)] == [early.id, waiting.id]


def test_promote_takes_a_person_off_the_waiting_list(service, event_id) -> None:
    waiting = service.create(event_id, RegistrationDraft("Ben", "Kaya"), status="waitlisted")
    promoted = service.promote(waiting.id)
    assert promoted.after.status == "registered"
    assert service.waiting_list(event_id) == []
    with pytest.raises(UserError) as raised:
        service.promote(waiting.id)
    assert raised.value.code == "not_waitlisted"


def test_the_waiting_list_is_in_order_of_registration(database, service, event_id) -> None:
    ids = [
        service.create(event_id, RegistrationDraft(name, "Kaya"), status="waitlisted").id
        for name in ("Ben", "Cem", "Deniz", "Emre")
    ]
    service.create(event_id, RegistrationDraft("Filiz", "Kaya"))  # holds a place
    # Registered earlier than the others; Cem and Deniz registered in the same second
    # (as an import writes them), so the id decides.
    moments = {
        ids[0]: datetime(2026, 10, 2, 9, 0, 0),
        ids[1]: datetime(2026, 10, 1, 12, 0, 0),
        ids[2]: datetime(2026, 10, 1, 12, 0, 0),
        ids[3]: datetime(2026, 9, 30, 8, 0, 0),
    }
    with database.transaction() as session:
        for registration_id, moment in moments.items():
            session.execute(
                update(Registration)
                .where(Registration.id == registration_id)
                .values(created_at=moment)
            )
    waiting = service.waiting_list(event_id)
    assert [r.given_name for r in waiting] == ["Emre", "Cem", "Deniz", "Ben"]


def test_unknown_registration_is_a_clear_error(service) -> None:
    with pytest.raises(UserError) as raised:
        service.get(404)
    assert raised.value.code == "no_such_registration"


# --- walk-in ------------------------------------------------------------------------------


def test_a_walk_in_needs_only_a_name_and_finds_the_organization_in_any_spelling(
    database, service, event_id
) -> None:
    haßfurt = find_or_create_organization(database, "Stadt Haßfurt", "municipality")
    walk_in = service.walk_in(event_id, " Анна ", "Иванова", "stadt hassfurt ")
    assert (walk_in.given_name, walk_in.family_name) == ("Анна", "Иванова")
    assert (walk_in.organization_id, walk_in.organization_name) == (haßfurt.id, "Stadt Haßfurt")
    assert (walk_in.source, walk_in.status, walk_in.category) == (
        "walk_in",
        "registered",
        "participant",
    )
    assert _fts_ids(database, "ivanova") == [walk_in.id]


def test_a_walk_in_creates_a_new_organization_or_none(database, service, event_id) -> None:
    with_new = service.walk_in(event_id, "Lena", "Schulz", "Gemeinde Üchtelhausen")
    without = service.walk_in(event_id, "Tom", "Krause", "   ")
    assert with_new.organization_name == "Gemeinde Üchtelhausen"
    assert (without.organization_id, without.organization_name) == (None, "")
    with database.transaction() as session:
        assert session.scalars(select(Organization.name)).all() == ["Gemeinde Üchtelhausen"]


def test_a_walk_in_without_a_name_is_refused_and_creates_no_organization(
    database, service, event_id
) -> None:
    with pytest.raises(ValidationError) as raised:
        service.walk_in(event_id, "Lena", " ", "Gemeinde Üchtelhausen")
    assert raised.value.code == "family_name_required"
    with database.transaction() as session:
        assert session.scalar(select(Organization.id)) is None


# --- undo ---------------------------------------------------------------------------------


def test_undo_restores_details_topics_and_status(database, service, event_id) -> None:
    haßfurt = find_or_create_organization(database, "Stadt Haßfurt")
    ortskern = find_or_create_topic(database, event_id, "Ortskernentwicklung")
    ehrenamt = find_or_create_topic(database, event_id, "Ehrenamt")
    created = service.create(
        event_id,
        RegistrationDraft(
            "Jürgen",
            "Weiß",
            email="j.weiss@hassfurt.de",
            organization_id=haßfurt.id,
            photo_consent=True,
            topic_ids=(ortskern.id,),
        ),
    )
    edit = service.update(
        created.id,
        RegistrationDraft("Jürgen", "Weiss", category="speaker", topic_ids=(ehrenamt.id,)),
    )
    restored = service.undo(edit)
    assert restored.draft() == created.draft()
    assert restored.organization_name == "Stadt Haßfurt"
    assert service.get(created.id) == restored
    assert _search_key(database, created.id) == "jurgen weiss j weiss stadt hassfurt"

    cancel = service.cancel(created.id)
    assert service.undo(cancel).status == "registered"


def test_undo_is_refused_when_the_registration_changed_since(service, event_id) -> None:
    created = service.create(event_id, RegistrationDraft("Anna", "Weiß"))
    first = service.update(created.id, RegistrationDraft("Anna", "Weiss"))
    service.update(created.id, RegistrationDraft("Anna-Lena", "Weiss"))
    with pytest.raises(UserError) as raised:
        service.undo(first)
    assert raised.value.code == "undo_outdated"
    assert service.get(created.id).given_name == "Anna-Lena"

    cancelled = service.cancel(created.id)
    service.reinstate(created.id)
    with pytest.raises(UserError) as raised:
        service.undo(cancelled)
    assert raised.value.code == "undo_outdated"
    assert service.get(created.id).status == "registered"


def test_undo_is_refused_when_the_registration_was_deleted(database, service, event_id) -> None:
    created = service.create(event_id, RegistrationDraft("Anna", "Weiß"))
    edit = service.update(created.id, RegistrationDraft("Anna", "Weiss"))
    with database.transaction() as session:
        session.delete(session.get(Registration, created.id))
    with pytest.raises(UserError) as raised:
        service.undo(edit)
    assert raised.value.code == "undo_deleted"
    assert "Anna Weiss" in str(raised.value)


def test_topics_of_an_event_are_found_in_any_spelling(database, event_id) -> None:
    created = find_or_create_topic(database, event_id, "Dörfliche Treffpunkte")
    again = find_or_create_topic(database, event_id, " doerfliche treffpunkte")
    other = find_or_create_topic(database, event_id, "Smart Sharing")
    assert again == created
    assert [t.name for t in list_topics(database, event_id)] == [
        "Dörfliche Treffpunkte",
        "Smart Sharing",
    ]
    assert other.id != created.id
    with pytest.raises(ValidationError) as raised:
        find_or_create_topic(database, event_id, "  ")
    assert raised.value.code == "topic_name_required"
