"""Workshop wishes and challenges from an attendee file: German and English headers,
ranked lists and "Wunsch 1/2/3" columns, unknown workshops warned about, updates."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from sqlalchemy import select

from confdesk.db.models import Challenge, registration_challenges
from confdesk.domain.agenda.service import AgendaService, SessionDraft
from confdesk.domain.importing import ImportField, apply_import, plan_import
from confdesk.domain.importing.mapping import map_columns
from confdesk.domain.importing.plan import RowAction
from confdesk.domain.networking.wishes import wishes_of

F = ImportField


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Workshop-Wünsche", F.WISHES),
        ("Workshopwünsche", F.WISHES),
        ("Wunsch 1", F.WISHES),
        ("Wunsch 3", F.WISHES),
        ("Erstwunsch", F.WISHES),
        ("Wish 2", F.WISHES),
        ("Workshop wishes", F.WISHES),
        ("Herausforderungen", F.CHALLENGES),
        ("Challenges", F.CHALLENGES),
    ],
)
def test_wish_and_challenge_headers(header: str, field: ImportField) -> None:
    (column,) = map_columns([header], {})
    assert column.used and column.field is field


def test_several_wish_columns_all_map_to_wishes() -> None:
    columns = map_columns(["Vorname", "Nachname", "Wunsch 1", "Wunsch 2", "Wunsch 3"], {})
    assert [c.field for c in columns if c.used][2:] == [F.WISHES] * 3


@pytest.fixture
def workshops(database, event_id) -> dict[str, int]:
    agenda = AgendaService(database)
    day = datetime(2026, 11, 26)
    titles = {
        "Mobilität auf dem Land: Rufbus, Mitfahrbank und App": 1,
        "Dorfladen digital": 1,
        "Open Data": 2,
    }
    return {
        title: agenda.create(
            event_id,
            SessionDraft(title, datetime.combine(day, time(10 + number)),
                         datetime.combine(day, time(11 + number)), "workshop",
                         round_number=number),
        ).id
        for title, number in titles.items()
    }  # fmt: skip


def _challenges(database, registration_id: int) -> list[str]:
    links = registration_challenges
    with database.transaction() as session:
        return sorted(
            session.scalars(
                select(Challenge.name)
                .join(links, links.c.challenge_id == Challenge.id)
                .where(links.c.registration_id == registration_id)
            )
        )


def test_ranked_wishes_and_challenges_are_stored(database, event_id, workshops, write_csv) -> None:
    path = write_csv([
        ["Vorname", "Nachname", "E-Mail", "Wunsch 1", "Wunsch 2", "Herausforderungen"],
        ["Anna", "Weiß", "anna@example.org", "dorfladen digital",
         "Mobilität auf dem Land: Rufbus, Mitfahrbank und App", "Leerstand; Fachkräfte"],
        ["Ben", "Arndt", "ben@example.org", "Open Data", "Töpfern", ""],
    ])  # fmt: skip

    plan = plan_import(database, event_id, path)
    warnings = [p for row in plan.rows for p in row.problems]
    assert [(p.code, p.line, p.column) for p in warnings] == [
        ("wish_unknown_workshop", 3, "Wunsch 2")
    ]
    result = apply_import(database, plan)

    anna, ben = result.added_ids
    mobility = workshops["Mobilität auf dem Land: Rufbus, Mitfahrbank und App"]
    assert wishes_of(database, anna) == {1: (workshops["Dorfladen digital"], mobility)}
    assert wishes_of(database, ben) == {2: (workshops["Open Data"],)}
    assert _challenges(database, anna) == ["Fachkräfte", "Leerstand"]
    assert _challenges(database, ben) == []


def test_an_update_replaces_wishes_the_file_gives(database, event_id, workshops, write_csv):
    header = ["Vorname", "Nachname", "E-Mail", "Workshop-Wünsche", "Challenges"]
    first = write_csv([header, ["Anna", "Weiß", "anna@example.org", "Open Data", "Leerstand"]])
    (anna,) = apply_import(database, plan_import(database, event_id, first)).added_ids
    again = write_csv(
        [header, ["Anna", "Weiß", "anna@example.org",
                  "1. Dorfladen digital; 2. Open Data", "Breitband"]],
        name="again.csv",
    )  # fmt: skip
    plan = plan_import(database, event_id, again).with_existing(RowAction.UPDATE)
    apply_import(database, plan)
    assert wishes_of(database, anna) == {
        1: (workshops["Dorfladen digital"],),
        2: (workshops["Open Data"],),
    }
    assert _challenges(database, anna) == ["Breitband"]


def test_organisation_kind_state_and_cohort_fill_what_the_organisation_lacks(
    database, event_id, write_csv
) -> None:
    from confdesk.db.models import Organization
    from confdesk.domain.registrations.organizations import find_or_create_organization

    find_or_create_organization(database, "Stadt Guben", "municipality")
    path = write_csv([
        ["Vorname", "Nachname", "Kommune / Organisation", "Art der Organisation",
         "Bundesland", "Staffel"],
        ["Anna", "Weiß", "Landkreis Prignitz", "Landkreis", "BB", "2"],
        ["Ben", "Arndt", "Stadt Guben", "Unternehmen", "Brandenburg", "nicht gefördert"],
        ["Cem", "Yilmaz", "Markt Hofheim", "Zauberei", "BY", ""],
    ])  # fmt: skip
    plan = plan_import(database, event_id, path)
    assert [(p.line, p.code) for row in plan.rows for p in row.problems] == [
        (4, "unknown_organization_kind")
    ]
    apply_import(database, plan)
    with database.transaction() as session:
        organizations = {
            o.name: (o.kind, o.federal_state, o.cohort) for o in session.scalars(
                select(Organization)
            )
        }  # fmt: skip
    assert organizations == {
        "Landkreis Prignitz": ("district", "Brandenburg", "Staffel 2"),
        # Its kind was set before: the file does not overwrite it.
        "Stadt Guben": ("municipality", "Brandenburg", ""),
        "Markt Hofheim": ("other", "Bayern", ""),
    }
