"""Exports of the registration tools organisers use, as those tools write them (files and
their sources in tool_exports/README.md): the attendee's columns win over the buyer's,
order data never fills a person's field, the tools' status words map, salutations never
become titles, rows of sums are left out, and files beyond the limits are refused before
they are parsed."""

from __future__ import annotations

import csv
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from confdesk.db.models import RegistrationStatus
from confdesk.domain.importing import (
    ReadLimits,
    RowAction,
    apply_import,
    plan_import,
    read_source,
    write_rejected_rows,
)
from confdesk.domain.importing.mapping import MappingOrigin
from confdesk.errors import UserError

EXPORTS = Path(__file__).parent / "tool_exports"


def by_family_name(plan) -> dict[str, object]:
    return {row.values.family_name: row for row in plan.rows}


def column(plan, header: str, index: int = 0):
    return [c for c in plan.columns if c.header == header][index]


def test_pretix_german_positions_take_the_attendee_columns(database, event_id) -> None:
    plan = plan_import(database, event_id, EXPORTS / "pretix_positions_de.csv")

    rows = by_family_name(plan)
    assert rows["Größmann"].values.email == "j.groessmann@landkreis-oder-spree.example"
    assert rows["Weiß"].values.email == "anna.weiss@landkreis-oder-spree.example"
    assert rows["Weiß"].values.title == "Dr."
    assert rows["Weiß"].values.position == "Digitalisierungsbeauftragte"
    assert rows["Größmann"].values.position == "Amtsleiter"  # not "2", the position number
    assert rows["Weiß"].values.organization == "Landkreis Oder-Spree"  # not the invoice's
    assert rows["Weiß"].values.status == "registered"
    assert rows["Çalışkan"].values.status == "cancelled"
    assert column(plan, "Position").origin is MappingOrigin.NUMBERS
    assert column(plan, "Bestellnummer").origin is MappingOrigin.NOT_PERSONAL
    assert column(plan, "Rechnungsadresse: Name: Vorname").origin is MappingOrigin.NOT_PERSONAL
    assert plan.can_apply


def pretix_workbook(tmp_path: Path) -> Path:
    """pretix's "Order data" as Excel: the buyers first, the attendees second."""
    with (EXPORTS / "pretix_positions_de.csv").open(encoding="utf-8", newline="") as file:
        positions = list(csv.reader(file))
    workbook = Workbook()
    orders = workbook.active
    orders.title = "Bestellungen"
    orders.append(["Kurzname der Veranstaltung", "Bestellnummer", "Gesamtbetrag", "Status",
                   "E-Mail", "Telefonnummer", "Bestelldatum", "Firma", "Name",
                   "Vorname", "Nachname", "Positionen"])  # fmt: skip
    orders.append(["regiokonf26", "K3XQ9", "0.00", "bezahlt",
                   "einkauf@landkreis-oder-spree.example", "", "2026-09-01",
                   "Landkreis Oder-Spree – Einkauf", "Petra Einkauf", "Petra", "Einkauf",
                   3])  # fmt: skip
    sheet = workbook.create_sheet("Bestellzeilen")
    for row in positions:
        sheet.append(row)
    fees = workbook.create_sheet("Gebühren")
    fees.append(["Kurzname der Veranstaltung", "Bestellnummer", "Art der Gebühr", "Preis"])
    path = tmp_path / "regiokonf26_orders.xlsx"
    workbook.save(path)
    return path


def test_pretix_workbook_is_read_from_the_attendee_sheet_and_says_so(
    database, event_id, tmp_path
) -> None:
    path = pretix_workbook(tmp_path)

    plan = plan_import(database, event_id, path)

    assert plan.source.sheet_name == "Bestellzeilen"
    assert len(plan.rows) == 4
    notice = [p for p in plan.problems if p.code == "import_sheet_chosen"]
    assert notice and "Bestellungen" in notice[0].message


def test_a_named_sheet_is_read_without_a_notice(database, event_id, tmp_path) -> None:
    path = pretix_workbook(tmp_path)

    plan = plan_import(database, event_id, path, sheet="Bestellungen")

    assert plan.source.sheet_name == "Bestellungen"
    assert not [p for p in plan.problems if p.code == "import_sheet_chosen"]
    with pytest.raises(UserError) as error:
        plan_import(database, event_id, path, sheet="Teilnehmer")
    assert error.value.code == "import_no_such_sheet"


def test_indico_states_map_and_salutations_are_not_titles(database, event_id) -> None:
    plan = plan_import(database, event_id, EXPORTS / "indico_registrations.csv")

    rows = by_family_name(plan)
    assert {name: row.values.status for name, row in rows.items()} == {
        "Weiß": "registered",  # Completed
        "Ohm": "cancelled",  # Withdrawn
        "Nowak": "registered",  # Pending
        "Lange": "cancelled",  # Rejected
        "Roth": "registered",  # Unpaid
    }
    assert {name: row.values.title for name, row in rows.items()} == {
        "Weiß": "Dr", "Ohm": "", "Nowak": "", "Lange": "Prof.", "Roth": "",
    }  # fmt: skip
    assert rows["Ohm"].values.position == "Smart City Manager"


def test_eventbrite_report_leaves_order_data_out(database, event_id) -> None:
    plan = plan_import(database, event_id, EXPORTS / "eventbrite_attendees.csv")

    rows = by_family_name(plan)
    assert rows["Nowak"].values.status == "cancelled"  # Not Attending
    assert rows["Ohm"].values.status == "registered"  # Checked In
    assert rows["Weiß"].values.title == ""  # "Ms." is a salutation
    for header in ("Order #", "Attendee #", "Total Paid", "Quantity"):
        assert not column(plan, header).used


@pytest.mark.parametrize(
    ("name", "statuses"),
    [
        ("hievents_attendees.csv", ["registered", "registered", "cancelled"]),
        ("alfio_tickets.csv", ["registered", "registered", "cancelled"]),
    ],
)
def test_status_words_of_hievents_and_alfio(database, event_id, name, statuses) -> None:
    plan = plan_import(database, event_id, EXPORTS / name)

    assert [row.values.status for row in plan.rows] == statuses
    assert plan.can_apply


def test_office_list_leaves_sums_and_unknown_status_words_out_with_notices(
    database, event_id, stored
) -> None:
    plan = plan_import(database, event_id, EXPORTS / "buero_liste_cp1252.csv")

    assert [row.values.family_name for row in plan.rows] == [
        "Weiß", "Größmann", "Nowak", "Lange",
    ]  # fmt: skip
    notice = [p for p in plan.problems if p.code == "import_rows_not_people"]
    assert notice and notice[0].params["lines"] == [8] and notice[0].params["empty"] == 1
    assert plan.unknown_statuses == {"Angefragt": (6,)}
    assert by_family_name(plan)["Nowak"].action is RowAction.SKIP
    assert by_family_name(plan)["Größmann"].values.title == ""  # "Herr" in the Titel column
    assert plan.can_apply  # an unknown word is no wall

    apply_import(database, plan)
    assert sorted(r["family_name"] for r in stored()) == ["Größmann", "Lange", "Weiß"]


def test_a_status_word_the_user_explains_is_imported(database, event_id, stored) -> None:
    plan = plan_import(
        database,
        event_id,
        EXPORTS / "buero_liste_cp1252.csv",
        status_words={"angefragt": RegistrationStatus.WAITLISTED},
    )

    assert plan.unknown_statuses == {}
    apply_import(database, plan)
    assert {r["family_name"]: r["status"] for r in stored()}["Nowak"] == "waitlisted"


def test_skip_invalid_imports_the_valid_rows_and_lists_the_others(
    database, event_id, write_csv, stored, tmp_path
) -> None:
    path = write_csv(
        [
            ["Vorname", "Nachname", "E-Mail", "Status"],
            ["Anna", "Weiß", "anna@example.org", "bestätigt"],
            ["Ben", "", "ben@example.org", "bestätigt"],
            ["Cem", "Ohm", "=HYPERLINK(1)", "bestätigt"],
            ["Dora", "Lang", "dora@example.org", "vielleicht"],
        ]
    )
    plan = plan_import(database, event_id, path)
    assert not plan.can_apply  # all or nothing by default

    chosen = plan.skipping_invalid()
    apply_import(database, chosen)
    written = write_rejected_rows(chosen)

    assert [r["family_name"] for r in stored()] == ["Weiß"]
    assert written == tmp_path / "teilnehmer.rejected.csv"
    with written.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == ["Row", "Reason", "Vorname", "Nachname", "E-Mail", "Status"]
    assert [row[0] for row in rows[1:]] == ["3", "4", "5"]
    assert "family name" in rows[1][1]
    assert rows[2][4] == "'=HYPERLINK(1)"  # neutralised, as in an export
    assert "vielleicht" in rows[3][1]


# -- limits -----------------------------------------------------------------------------


def test_a_file_beyond_the_size_limit_is_refused_before_reading(tmp_path) -> None:
    path = tmp_path / "gross.csv"
    shutil.copy(EXPORTS / "pretix_positions_de.csv", path)

    with pytest.raises(UserError) as error:
        read_source(path, limits=ReadLimits(file_bytes=1000))

    assert error.value.code == "import_file_too_large"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_more_rows_than_the_limit_are_refused(tmp_path, kind: str) -> None:
    rows = [["Vorname", "Nachname"], *([f"Anna{i}", "Weiß"] for i in range(30))]
    path = tmp_path / f"viele.{kind}"
    if kind == "csv":
        path.write_text("".join(";".join(row) + "\n" for row in rows), encoding="utf-8")
    else:
        workbook = Workbook()
        for row in rows:
            workbook.active.append(row)
        workbook.save(path)

    assert len(read_source(path, limits=ReadLimits(rows=31)).rows) == 31
    with pytest.raises(UserError) as error:
        read_source(path, limits=ReadLimits(rows=30))
    assert error.value.code == "import_too_many_rows"


def test_a_zip_bomb_shaped_workbook_is_refused_from_its_directory(tmp_path) -> None:
    path = tmp_path / "bombe.xlsx"
    workbook = Workbook()
    workbook.active.append(["Vorname", "Nachname"])
    workbook.save(path)
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/image1.bin", "w", force_zip64=True) as part,
    ):
        zeros = bytes(1024 * 1024)
        for _ in range(210):  # 210 MB unpacked, a few hundred KB packed
            part.write(zeros)

    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(UserError) as error:
        read_source(path)  # the default limits
    assert error.value.code == "import_workbook_too_large"


def test_a_csv_that_stops_being_utf8_far_down_is_read_as_windows_1252(tmp_path) -> None:
    path = tmp_path / "lang.csv"
    lines = ["Vorname;Nachname"] + [f"Anna{i};Weiss" for i in range(10_000)] + ["Jürgen;Groß"]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))

    sheet = read_source(path)

    assert sheet.encoding == "Windows-1252"
    assert sheet.rows[-1].cells == ("Jürgen", "Groß")
