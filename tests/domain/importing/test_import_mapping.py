"""Columns mapped from the headers that German forms, pretix, Eventbrite and English
spreadsheets write, a header row found below a title, and the user's own mapping."""

from __future__ import annotations

import pytest

from confdesk.cli.registrations.importing import IMPORT_FIELDS
from confdesk.domain.importing import ImportField, MappingOrigin, parse_overrides, plan_import
from confdesk.domain.importing.mapping import map_columns
from confdesk.errors import UserError

F = ImportField


def _fields(headers: list[str], overrides: dict[str, ImportField] | None = None) -> dict:
    return {
        column.header: column.field if column.used else None
        for column in map_columns(headers, overrides or {})
    }


def test_german_registration_form_headers() -> None:
    headers = [
        "Zeitstempel", "Anrede", "Titel", "Vorname", "Nachname", "E-Mail-Adresse",
        "Kommune / Organisation", "Funktion", "Telefon", "Teilnahme als", "Status",
        "Essenswunsch", "Barrierefreiheit", "Fotoerlaubnis", "Aufnahme in die Teilnehmerliste",
        "Themen", "Bemerkung",
    ]  # fmt: skip
    assert _fields(headers) == {
        "Zeitstempel": None,
        "Anrede": F.SALUTATION,
        "Titel": F.TITLE,
        "Vorname": F.GIVEN_NAME,
        "Nachname": F.FAMILY_NAME,
        "E-Mail-Adresse": F.EMAIL,
        "Kommune / Organisation": F.ORGANIZATION,
        "Funktion": F.POSITION,
        "Telefon": F.PHONE,
        "Teilnahme als": F.CATEGORY,
        "Status": F.STATUS,
        "Essenswunsch": F.DIETARY_NEEDS,
        "Barrierefreiheit": F.ACCESSIBILITY_NEEDS,
        "Fotoerlaubnis": F.PHOTO_CONSENT,
        "Aufnahme in die Teilnehmerliste": F.ATTENDEE_LIST_CONSENT,
        "Themen": F.TOPICS,
        "Bemerkung": F.NOTES,
    }


def test_pretix_headers_take_the_attendee_not_the_buyer() -> None:
    headers = [
        "Order code", "Status", "Email", "Attendee name", "Attendee name: Title",
        "Attendee name: Given name", "Attendee name: Family name", "Attendee email", "Company",
        "Invoice address name: Given name", "Invoice address name: Family name",
    ]  # fmt: skip
    columns = {column.header: column for column in map_columns(headers, {})}

    assert _fields(headers) == {
        "Order code": None,
        "Status": F.STATUS,
        "Email": None,
        "Attendee name": None,
        "Attendee name: Title": F.TITLE,
        "Attendee name: Given name": F.GIVEN_NAME,
        "Attendee name: Family name": F.FAMILY_NAME,
        "Attendee email": F.EMAIL,
        "Company": F.ORGANIZATION,
        "Invoice address name: Given name": None,
        "Invoice address name: Family name": None,
    }
    assert columns["Email"].origin is MappingOrigin.DUPLICATE
    assert "Attendee email" in columns["Email"].describe()
    assert columns["Attendee name"].origin is MappingOrigin.NAME_PARTS


def test_eventbrite_headers() -> None:
    headers = [
        "Order #", "Order Date", "Prefix", "First Name", "Last Name", "Email", "Quantity",
        "Ticket Type", "Attendee Status", "Job Title", "Company", "Cell Phone",
        "Buyer First Name", "Buyer Last Name", "Buyer Email",
    ]  # fmt: skip
    assert {header: field for header, field in _fields(headers).items() if field} == {
        "Prefix": F.SALUTATION,
        "First Name": F.GIVEN_NAME,
        "Last Name": F.FAMILY_NAME,
        "Email": F.EMAIL,
        "Attendee Status": F.STATUS,
        "Job Title": F.POSITION,
        "Company": F.ORGANIZATION,
        "Cell Phone": F.PHONE,
    }


def test_english_spreadsheet_headers() -> None:
    headers = [
        "Given name", "Family name", "E-mail address", "Affiliation", "Position",
        "Dietary requirements", "Accessibility needs", "Photo consent", "Notes",
    ]  # fmt: skip
    assert list(_fields(headers).values()) == [
        F.GIVEN_NAME, F.FAMILY_NAME, F.EMAIL, F.ORGANIZATION, F.POSITION, F.DIETARY_NEEDS,
        F.ACCESSIBILITY_NEEDS, F.PHOTO_CONSENT, F.NOTES,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-MAIL ADRESSE", F.EMAIL),
        ("Email-Adresse", F.EMAIL),
        ("E-Mail (dienstlich)", F.EMAIL),
        ("Vorname*", F.GIVEN_NAME),
        ("  Nachname  ", F.FAMILY_NAME),
        ("Kommune/Organisation", F.ORGANIZATION),
        ("ERNÄHRUNG", F.DIETARY_NEEDS),
        ("Ernaehrung", F.DIETARY_NEEDS),
        ("Teilnehmer/in", F.FULL_NAME),
        ("Full name", F.FULL_NAME),
    ],
)
def test_headers_match_in_any_spelling(header: str, field: ImportField) -> None:
    assert _fields([header]) == {header.strip(): field}


def test_a_bare_name_beside_the_given_name_is_the_family_name() -> None:
    assert _fields(["Vorname", "Name", "E-Mail"]) == {
        "Vorname": F.GIVEN_NAME,
        "Name": F.FAMILY_NAME,
        "E-Mail": F.EMAIL,
    }


def test_the_users_choice_wins_over_the_recognised_header() -> None:
    headers = ["Vorname", "Nachname", "E-Mail", "E-Mail privat", "Dienststelle ID"]
    fields = _fields(
        headers, {"E-Mail": F.IGNORE, "E-Mail privat": F.EMAIL, "Dienststelle ID": F.NOTES}
    )
    assert fields == {
        "Vorname": F.GIVEN_NAME,
        "Nachname": F.FAMILY_NAME,
        "E-Mail": None,
        "E-Mail privat": F.EMAIL,
        "Dienststelle ID": F.NOTES,
    }


def test_overrides_are_parsed_from_header_equals_field() -> None:
    assert parse_overrides(["Dienststelle=organization", "a=b=Given Name", "Zeit = ignore"]) == {
        "Dienststelle": F.ORGANIZATION,
        "a=b": F.GIVEN_NAME,
        "Zeit": F.IGNORE,
    }


@pytest.mark.parametrize(
    ("item", "code"),
    [("Dienststelle", "import_map_syntax"), ("=email", "import_map_syntax"),
     ("Dienststelle=abteilung", "import_map_unknown_field")],
)  # fmt: skip
def test_bad_overrides_are_refused(item: str, code: str) -> None:
    with pytest.raises(UserError) as error:
        parse_overrides([item])
    assert error.value.code == code


def test_an_override_for_a_missing_column_names_the_columns() -> None:
    with pytest.raises(UserError) as error:
        map_columns(["Vorname", "Nachname"], {"Firma": F.ORGANIZATION})
    assert error.value.code == "import_map_unknown_header"
    assert "“Vorname”, “Nachname”" in str(error.value)


def test_two_columns_chosen_for_one_field_are_refused() -> None:
    with pytest.raises(UserError) as error:
        map_columns(["A", "B"], {"A": F.EMAIL, "B": F.EMAIL})
    assert error.value.code == "import_map_twice"


def test_header_row_is_found_below_a_title_and_blank_lines(database, event_id, write_csv) -> None:
    path = write_csv(
        "Teilnehmerliste Regionalkonferenz Smart Cities 2026;;;\r\n"
        "Stand: 14.11.2026;;;\r\n"
        ";;;\r\n"
        "Vorname;Nachname;E-Mail-Adresse;Kommune / Organisation\r\n"
        "Anna;Weiß;anna.weiss@bad-belzig.de;Stadt Bad Belzig\r\n"
    )

    plan = plan_import(database, event_id, path)

    assert plan.source.header_line == 4
    assert [row.line for row in plan.rows] == [5]
    assert plan.rows[0].values.organization == "Stadt Bad Belzig"


def test_unrecognised_headers_are_found_with_the_users_mapping(
    database, event_id, write_csv
) -> None:
    path = write_csv([["Projektliste"], ["Wer", "Woher"], ["Anna Weiß", "Stadt Haßfurt"]])

    unmapped = plan_import(database, event_id, path)
    mapped = plan_import(
        database,
        event_id,
        path,
        mapping={"Wer": F.FULL_NAME, "Woher": F.ORGANIZATION},
    )

    assert [p.code for p in unmapped.problems] == ["import_no_name_columns"]
    assert not unmapped.can_apply
    assert mapped.source.header_line == 2
    assert mapped.can_apply
    assert (mapped.rows[0].values.given_name, mapped.rows[0].values.family_name) == (
        "Anna",
        "Weiß",
    )


def test_a_data_row_with_one_header_word_is_not_taken_for_the_header(
    database, event_id, write_csv
) -> None:
    path = write_csv([["Wer", "Rolle"], ["Anna Weiß", "Teilnehmer"], ["Ben Ohm", "Presse"]])

    plan = plan_import(database, event_id, path, mapping={"Wer": F.FULL_NAME})

    assert plan.source.header_line == 1
    assert [row.line for row in plan.rows] == [2, 3]
    assert [row.values.category for row in plan.rows] == ["participant", "press"]


def test_rows_above_the_header_are_reported(database, event_id, write_csv) -> None:
    path = write_csv(
        [
            ["Nachmeldungen"],
            ["Cem", "Öztürk", "cem@example.org"],
            ["Vorname", "Nachname", "E-Mail"],
            ["Anna", "Weiß", "anna@example.org"],
        ]
    )

    plan = plan_import(database, event_id, path)

    assert [(p.code, p.severity.value) for p in plan.problems] == [
        ("import_rows_above_header", "warning")
    ]
    assert plan.problems[0].describe() == (
        "file: Row 2 is above the header row (row 3) and is not imported."
    )
    assert plan.can_apply


def test_the_command_line_help_names_every_field() -> None:
    assert tuple(field.value for field in ImportField) == IMPORT_FIELDS
