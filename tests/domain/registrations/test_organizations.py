"""Organisations: one row per organisation whatever the spelling, counted per event for
the picker, and renamed so that search finds the new name at once."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from confdesk.db.models import Organization, Registration
from confdesk.domain.events.service import EventDraft, EventService, ValidationError
from confdesk.domain.registrations.organizations import (
    OrganizationDraft,
    create_organization,
    find_or_create_organization,
    find_organization,
    list_organizations,
    rename_organization,
    update_organization,
)
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.errors import UserError

DAY = date(2027, 3, 18)


def _organization_count(database) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count()).select_from(Organization))


@pytest.mark.parametrize(
    "spelling",
    ["Stadt Haßfurt", "Stadt Hassfurt", "stadt hassfurt", "  STADT HASSFURT ", "Stadt  Haßfurt"],
)
def test_find_or_create_finds_an_organization_in_any_spelling(database, spelling) -> None:
    created = find_or_create_organization(database, "Stadt Haßfurt", "municipality")
    assert find_or_create_organization(database, spelling) == created
    assert find_organization(database, spelling) == created
    assert _organization_count(database) == 1


def test_find_or_create_creates_with_the_given_details_and_keeps_existing_ones(database) -> None:
    created = find_or_create_organization(
        database,
        " Gemeinde Üchtelhausen ",
        "municipality",
        federal_state="Bayern",
        funding_programme="Modellprojekte Smart Cities",
        cohort="Staffel 2",
    )
    assert (created.name, created.kind, created.federal_state, created.cohort) == (
        "Gemeinde Üchtelhausen",
        "municipality",
        "Bayern",
        "Staffel 2",
    )
    found = find_or_create_organization(database, "gemeinde uechtelhausen", "business")
    assert found == created
    assert find_organization(database, "Gemeinde Ochtelhausen") is None


def test_find_or_create_inside_a_callers_transaction_is_rolled_back_with_it(database) -> None:
    with pytest.raises(RuntimeError), database.transaction() as session:
        created = find_or_create_organization(session, "Landkreis Haßberge")
        assert created.id is not None
        assert find_or_create_organization(session, "landkreis hassberge") == created
        raise RuntimeError("the import was cancelled")
    assert _organization_count(database) == 0


def test_an_exact_spelling_wins_over_an_older_variant(database) -> None:
    with database.transaction() as session:
        session.add_all([Organization(name="Stadt Hassfurt"), Organization(name="Stadt Haßfurt")])
    assert find_organization(database, "Stadt Haßfurt").name == "Stadt Haßfurt"
    assert find_organization(database, "STADT HASSFURT").name == "Stadt Hassfurt"


def test_names_in_scripts_without_folding_are_told_apart(database) -> None:
    first = find_or_create_organization(database, "北京市")
    second = find_or_create_organization(database, "上海市")
    assert first.id != second.id


@pytest.mark.parametrize(
    ("draft", "field", "code"),
    [
        (OrganizationDraft("  "), "name", "organization_name_required"),
        (OrganizationDraft("Stadt Haßfurt", kind="town"), "kind", "unknown_organization_kind"),
    ],
)
def test_an_organization_that_cannot_be_saved_is_refused(database, draft, field, code) -> None:
    with pytest.raises(ValidationError) as raised:
        create_organization(database, draft)
    assert (raised.value.field, raised.value.code) == (field, code)
    assert _organization_count(database) == 0


def test_create_refuses_a_second_organization_of_the_same_name(database) -> None:
    existing = create_organization(database, OrganizationDraft("Stadt Haßfurt", "municipality"))
    with pytest.raises(ValidationError) as raised:
        create_organization(database, OrganizationDraft("Stadt Hassfurt"))
    assert raised.value.code == "organization_exists"
    assert raised.value.params["organization_id"] == existing.id
    assert _organization_count(database) == 1


def test_list_counts_registrations_per_organization_in_the_event(database, event_id) -> None:
    other_event = EventService(database).create(EventDraft("Andere", DAY, DAY)).id
    service = RegistrationService(database)
    service.walk_in(event_id, "Anna", "Weiß", "Stadt Haßfurt")
    service.walk_in(event_id, "Ben", "Kaya", "Stadt Hassfurt")
    service.walk_in(event_id, "Cem", "Arslan", "Amt Beetzsee")
    service.walk_in(other_event, "Dana", "Roth", "Amt Beetzsee")
    create_organization(database, OrganizationDraft("Zweckverband Ärzte", "other"))
    service.walk_in(event_id, "Emil", "Berg")

    in_event = list_organizations(database, event_id)
    assert [(o.name, o.registrations) for o in in_event] == [
        ("Amt Beetzsee", 1),
        ("Stadt Haßfurt", 2),
        ("Zweckverband Ärzte", 0),
    ]
    assert [o.registrations for o in list_organizations(database)] == [2, 2, 0]


def test_list_sorts_umlauts_with_their_base_letter(database) -> None:
    for name in ("Zossen", "Ückermünde", "Ulm", "Überlingen", "Aachen"):
        create_organization(database, OrganizationDraft(name))
    assert [o.name for o in list_organizations(database)] == [
        "Aachen",
        "Überlingen",
        "Ückermünde",
        "Ulm",
        "Zossen",
    ]


def test_renaming_updates_the_search_keys_of_its_registrations(database, event_id) -> None:
    service = RegistrationService(database)
    anna = service.walk_in(event_id, "Anna", "Weiß", "Gemeinde Wusterwitz")
    ben = service.walk_in(event_id, "Ben", "Kaya", "Gemeinde Wusterwitz")
    renamed = rename_organization(database, anna.organization_id, "Amt Wusterwitz-Bensdorf")
    assert renamed.name == "Amt Wusterwitz-Bensdorf"
    with database.transaction() as session:
        keys = dict(session.execute(select(Registration.id, Registration.search_key)).all())
        matches = session.execute(
            text("SELECT rowid FROM registration_search WHERE registration_search MATCH 'bensdorf'")
        ).all()
    assert keys == {
        anna.id: "anna weiss amt wusterwitz bensdorf",
        ben.id: "ben kaya amt wusterwitz bensdorf",
    }
    assert sorted(row[0] for row in matches) == [anna.id, ben.id]
    assert service.get(anna.id).organization_name == "Amt Wusterwitz-Bensdorf"


def test_renaming_to_another_organizations_name_is_refused(database) -> None:
    haßfurt = create_organization(database, OrganizationDraft("Stadt Haßfurt"))
    beetzsee = create_organization(database, OrganizationDraft("Amt Beetzsee"))
    with pytest.raises(ValidationError) as raised:
        rename_organization(database, beetzsee.id, "stadt hassfurt")
    assert raised.value.code == "organization_exists"
    # Correcting the spelling of its own name is fine.
    assert rename_organization(database, haßfurt.id, "Stadt Hassfurt").name == "Stadt Hassfurt"


def test_update_changes_the_details(database) -> None:
    created = create_organization(database, OrganizationDraft("Stadt Haßfurt"))
    updated = update_organization(
        database,
        created.id,
        OrganizationDraft("Stadt Haßfurt", "municipality", "Bayern", "MPSC", "Staffel 3"),
    )
    assert updated.draft() == OrganizationDraft(
        "Stadt Haßfurt", "municipality", "Bayern", "MPSC", "Staffel 3"
    )
    with pytest.raises(UserError) as raised:
        update_organization(database, 999, OrganizationDraft("X"))
    assert raised.value.code == "no_such_organization"


def test_walk_ins_of_one_organization_typed_differently_share_it(database, event_id) -> None:
    service = RegistrationService(database)
    first = service.walk_in(event_id, "Anna", "Weiß", "Stadt Haßfurt")
    second = service.create(
        event_id, RegistrationDraft("Ben", "Kaya", organization_id=first.organization_id)
    )
    third = service.walk_in(event_id, "Cem", "Arslan", "STADT HASSFURT")
    assert first.organization_id == second.organization_id == third.organization_id
    assert _organization_count(database) == 1


def test_names_that_only_sound_alike_in_latin_letters_stay_apart(database) -> None:
    """王 and 汪 are both "wang" in Latin letters: a search finds both, but they are two
    organisations."""
    first = find_or_create_organization(database, "王氏集团")
    second = find_or_create_organization(database, "汪氏集团")
    again = find_or_create_organization(database, "王氏集团")
    assert first.id != second.id
    assert again.id == first.id
