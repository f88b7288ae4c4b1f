"""The plan of an import: every row as it would be stored, the row-level report (row,
column, problem), duplicates within the file and matches with the event's registrations —
before anything is written."""

from __future__ import annotations

import pytest

from confdesk.domain.importing import (
    MatchReason,
    RowAction,
    Severity,
    plan_import,
)
from confdesk.domain.registrations.organizations import find_or_create_organization
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService

HEADER = ["Vorname", "Nachname", "E-Mail-Adresse", "Kommune / Organisation", "Kategorie",
          "Fotoerlaubnis"]  # fmt: skip


def _problems(plan) -> list[tuple[int, str, str]]:
    problems = [*plan.problems, *(p for row in plan.rows for p in row.problems)]
    return [(p.line, p.column, p.code) for p in problems]


def test_row_level_report_names_row_column_and_problem(database, event_id, write_csv) -> None:
    path = write_csv(
        [
            ["Anmeldungen Themenmarktplatz"],
            HEADER,
            ["Anna", "Weiß", "anna.weiss@bad-belzig.de", "Stadt Bad Belzig", "Teilnehmerin", "ja"],
            ["Ben", "", "ben@haßfurt.de", "Stadt Haßfurt", "", ""],
            ["Cem", "Öztürk", "cem.oeztuerk@", "", "Referent", "x"],
            ["Dora", "Ohm", "", "", "Sponsor", "vielleicht"],
            ["Emil", "Ehm", "emil@example.org", "Amt", "", "", "verrutscht"],
        ],
        encoding="cp1252",
    )

    plan = plan_import(database, event_id, path)

    assert _problems(plan) == [
        (4, "Nachname", "family_name_required"),
        (5, "E-Mail-Adresse", "email_invalid"),
        (6, "Kategorie", "import_unknown_category"),
        (6, "Fotoerlaubnis", "import_not_yes_no"),
        (7, "", "import_too_many_cells"),
    ]
    described = [p.describe() for p in plan.blocking_problems]
    assert described[1] == (
        "row 5, column “E-Mail-Adresse”: “cem.oeztuerk@” is not an e-mail address."
    )
    assert "“Sponsor” is not a category" in described[2]
    assert not plan.can_apply


def test_preview_shows_rows_as_they_would_be_stored(database, event_id, write_csv) -> None:
    header = ["Anrede", "Name", "E-Mail", "Teilnahme als", "Fotoerlaubnis", "Themen"]
    row = ["Frau Dr.", "Weiß, Anna", "ANNA.WEISS@Bad-Belzig.de ", "Referent(in)", "ja",
           "Mobilität; Ortskerne"]  # fmt: skip
    path = write_csv([header, row])

    plan = plan_import(database, event_id, path)

    assert plan.preview() == [
        (
            2,
            {
                "title": "Dr.",
                "given_name": "Anna",
                "family_name": "Weiß",
                "email": "ANNA.WEISS@Bad-Belzig.de",
                "phone": "",
                "organization": "",
                "organization_kind": "",
                "federal_state": "",
                "cohort": "",
                "position": "",
                "category": "speaker",
                "status": "",
                "dietary_needs": "",
                "accessibility_needs": "",
                "photo_consent": "yes",
                "attendee_list_consent": "",
                "notes": "",
                "topics": "Mobilität; Ortskerne",
                "challenges": "",
                "wishes": "",
            },
        )
    ]
    assert plan.new_topics == ("Mobilität", "Ortskerne")


def test_repeated_rows_within_the_file(database, event_id, write_csv) -> None:
    path = write_csv(
        [
            HEADER,
            ["Anna", "Weiß", "anna@bad-belzig.de", "Stadt Bad Belzig", "", "ja"],
            ["Anna", "Weiß", "anna@bad-belzig.de", "Stadt Bad Belzig", "", "ja"],
            ["Anna", "Weiss", "Anna@Bad-Belzig.de", "Stadt Bad Belzig", "", "nein"],
            ["Bernd", "Vorzimmer", "buergermeister@haßfurt.de", "Stadt Haßfurt", "", ""],
            ["Carla", "Chef", "buergermeister@haßfurt.de", "Stadt Haßfurt", "", ""],
            ["Dora", "Ohm", "dora@privat.de", "Stadt Haßfurt", "", ""],
            ["Dora", "Ohm", "dora.ohm@hassfurt.de", "stadt hassfurt", "", ""],
        ]
    )

    plan = plan_import(database, event_id, path)

    by_line = {row.line: row for row in plan.rows}
    assert [(p.code, p.severity) for p in by_line[3].problems] == [
        ("import_repeated_row", Severity.WARNING)
    ]
    assert by_line[3].action is RowAction.SKIP
    assert [(p.code, p.severity) for p in by_line[4].problems] == [
        ("import_same_person_twice", Severity.ERROR)
    ]
    assert [p.code for p in by_line[6].problems] == ["import_shared_email"]
    assert by_line[6].action is RowAction.ADD
    assert [p.code for p in by_line[8].problems] == ["import_same_name"]
    assert "row 7" in by_line[8].problems[0].message
    assert [p.line for p in plan.blocking_problems] == [4]
    assert plan.count(RowAction.ADD) == 6


def test_rows_matching_registrations_of_the_event_are_flagged(
    database, event_id, write_csv
) -> None:
    belzig = find_or_create_organization(database, "Stadt Bad Belzig")
    service = RegistrationService(database)
    anna = service.create(
        event_id, RegistrationDraft("Anna", "Weiß", email="anna.weiss@bad-belzig.de")
    )
    jurgen = service.create(
        event_id, RegistrationDraft("Jürgen", "Müller", organization_id=belzig.id)
    )
    path = write_csv(
        [
            HEADER,
            ["Anna", "Weiß", "Anna.Weiss@Bad-Belzig.de", "", "", ""],
            ["Juergen", "Mueller", "", "stadt bad belzig", "", ""],
            ["Jürgen", "Müller", "", "Stadt Haßfurt", "", ""],
            ["Jürgen", "Müller", "anna.weiss@bad-belzig.de", "Stadt Bad Belzig", "", ""],
        ]
    )

    plan = plan_import(database, event_id, path)

    matches = {row.line: row.matches for row in plan.rows}
    assert [(m.registration_id, m.reason) for m in matches[2]] == [
        (anna.id, MatchReason.EMAIL_AND_NAME)
    ]
    assert [(m.registration_id, m.reason) for m in matches[3]] == [(jurgen.id, MatchReason.NAME)]
    assert matches[4] == ()
    assert {(m.registration_id, m.reason) for m in matches[5]} == {
        (anna.id, MatchReason.EMAIL),
        (jurgen.id, MatchReason.NAME),
    }
    assert [row.action for row in plan.rows] == [
        RowAction.SKIP,
        RowAction.SKIP,
        RowAction.ADD,
        RowAction.SKIP,
    ]


def test_choosing_what_happens_to_matching_rows(database, event_id, write_csv) -> None:
    service = RegistrationService(database)
    anna = service.create(event_id, RegistrationDraft("Anna", "Weiß", email="anna@example.org"))
    service.create(event_id, RegistrationDraft("Ben", "Ohm", email="ben@example.org"))
    path = write_csv(
        [
            HEADER,
            ["Anna", "Weiß", "anna@example.org", "", "", ""],
            ["Ben", "Ohm", "anna@example.org", "", "", ""],
            ["Cem", "Cal", "cem@example.org", "", "", ""],
        ]
    )
    plan = plan_import(database, event_id, path)

    updating = plan.with_existing(RowAction.UPDATE)
    chosen = updating.with_actions({3: RowAction.ADD})

    assert [row.action for row in updating.rows] == [
        RowAction.UPDATE,
        RowAction.UPDATE,
        RowAction.ADD,
    ]
    # Ben's row matches Ben by name and Anna by e-mail: nothing says which to update.
    assert [p.code for p in updating.blocking_problems] == ["import_ambiguous_match"]
    assert chosen.can_apply
    assert [row.action for row in chosen.rows] == [RowAction.UPDATE, RowAction.ADD, RowAction.ADD]
    assert chosen.rows[0].update_target == anna.id
    assert plan.with_actions({4: RowAction.UPDATE}).blocking_problems[0].code == (
        "import_nothing_to_update"
    )
    with pytest.raises(ValueError):
        plan.with_actions({99: RowAction.SKIP})


def test_skipping_a_row_resolves_its_errors(database, event_id, write_csv) -> None:
    path = write_csv([HEADER, ["Anna", "Weiß", "", "", "", ""], ["Ben", "", "kaputt@", "", "", ""]])

    plan = plan_import(database, event_id, path)
    skipped = plan.with_actions({3: RowAction.SKIP})

    assert [p.code for p in plan.blocking_problems] == ["family_name_required", "email_invalid"]
    assert skipped.can_apply
    assert skipped.count(RowAction.ADD) == 1


def test_progress_is_reported_and_can_stop_the_planning(database, event_id, write_csv) -> None:
    rows = [HEADER] + [[f"Vor{n}", f"Nach{n}", "", "", "", ""] for n in range(1200)]
    path = write_csv(rows)
    reports: list[tuple[int, int]] = []

    plan_import(
        database, event_id, path, progress=lambda done, total: reports.append((done, total))
    )

    assert reports[0] == (0, 0)
    assert reports[-1] == (1200, 1200)
    assert (500, 1200) in reports

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done >= 500:
            raise Cancelled

    with pytest.raises(Cancelled):
        plan_import(database, event_id, path, progress=cancel)


def test_an_update_goes_to_the_registration_matching_by_email_and_name(
    database, event_id, write_csv
) -> None:
    service = RegistrationService(database)
    first = service.create(event_id, RegistrationDraft("Anna", "Weiß", email="anna@a.example"))
    service.create(event_id, RegistrationDraft("Anna", "Weiß", email="anna@b.example"))
    path = write_csv([HEADER, ["Anna", "Weiß", "anna@a.example", "", "", "ja"]])

    plan = plan_import(database, event_id, path, existing=RowAction.UPDATE)

    assert len(plan.rows[0].matches) == 2
    assert plan.can_apply
    assert plan.rows[0].update_target == first.id
