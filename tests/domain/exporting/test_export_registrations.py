"""Exports as an organiser opens them: CSV that German Excel reads right, XLSX, the
check-in codes, formulas that cannot run, and a file that imports again unchanged."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event, verify_code
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.events.service import EventDraft, EventService
from confdesk.domain.exporting.registrations import export_registrations, neutralise
from confdesk.domain.importing import apply_import, plan_import
from confdesk.domain.registrations.organizations import find_or_create_organization
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.domain.registrations.topics import find_or_create_topic
from confdesk.errors import UserError

INJECTIONS = {
    "given_name": '=HYPERLINK("http://evil.example","Klick")',
    "family_name": "+cmd|' /C calc'!A0",
    "position": "-2+3",
    "notes": "@SUM(1+1)*cmd|' /C calc'!A0",
}


@pytest.fixture
def registrations(database, event_id) -> dict[str, int]:
    service = RegistrationService(database)
    haßfurt = find_or_create_organization(database, "Stadt Haßfurt")
    topic = find_or_create_topic(database, event_id, "Ortskerne")
    anna = service.create(
        event_id,
        RegistrationDraft(
            "Anna", "Weiß", title="Dr.", email="anna.weiss@hassfurt.de", phone="+49 9521 123",
            organization_id=haßfurt.id, position="Bürgermeisterin", category="speaker",
            dietary_needs="vegan", photo_consent=True, topic_ids=(topic.id,),
            notes="erste Zeile\nzweite Zeile",
        ),
    )  # fmt: skip
    ben = service.create(event_id, RegistrationDraft("Ben", "Ohm", category="press"))
    service.cancel(ben.id)
    mallory = service.create(event_id, RegistrationDraft(**INJECTIONS))
    return {"anna": anna.id, "ben": ben.id, "mallory": mallory.id}


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file, delimiter=";"))


def test_csv_is_utf8_with_bom_and_semicolons_one_row_per_registration(
    tmp_path: Path, database, event_id, registrations
) -> None:
    path = tmp_path / "teilnehmer.csv"

    summary = export_registrations(database, event_id, path)

    assert path.read_bytes().startswith(b"\xef\xbb\xbfTitel;Vorname;Nachname;")
    rows = _read_csv(path)
    assert summary.rows == len(rows) == 3
    assert summary.columns[-1] == "checkin_code"
    anna = next(row for row in rows if row["Vorname"] == "Anna")
    assert {key: anna[key] for key in ("Titel", "Organisation", "Kategorie", "Status",
                                        "Fotoerlaubnis", "Teilnehmerliste", "Themen",
                                        "Bemerkung")} == {
        "Titel": "Dr.", "Organisation": "Stadt Haßfurt", "Kategorie": "Referent*in",
        "Status": "Angemeldet", "Fotoerlaubnis": "ja", "Teilnehmerliste": "nein",
        "Themen": "Ortskerne", "Bemerkung": "erste Zeile\nzweite Zeile",
    }  # fmt: skip
    ben = next(row for row in rows if row["Vorname"] == "Ben")
    assert (ben["Kategorie"], ben["Status"]) == ("Presse", "Storniert")


def test_checkin_codes_are_the_registrations_current_codes(
    tmp_path: Path, database, event_id, registrations
) -> None:
    path = tmp_path / "codes.xlsx"

    export_registrations(database, event_id, path)

    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    codes = {row[2]: row[-1] for row in rows[1:]}
    assert codes["Weiß"] == codes_for_event(database, event_id)[registrations["anna"]]
    assert verify_code(database, event_id, codes["Weiß"]).status == "valid"


def test_formulas_cannot_run_in_the_csv(tmp_path: Path, database, event_id, registrations) -> None:
    path = tmp_path / "teilnehmer.csv"

    export_registrations(database, event_id, path)

    mallory = next(row for row in _read_csv(path) if "HYPERLINK" in row["Vorname"])
    for key, header in (("given_name", "Vorname"), ("family_name", "Nachname"),
                        ("position", "Funktion"), ("notes", "Bemerkung")):  # fmt: skip
        assert mallory[header] == "'" + INJECTIONS[key]
    anna = next(row for row in _read_csv(path) if row["Vorname"] == "Anna")
    assert anna["Telefon"] == "'+49 9521 123"


@pytest.mark.parametrize(
    ("cell", "safe"),
    [("\tx", "'\tx"), ("\rx", "'\rx"), ("  =1+1", "'  =1+1"), ("＝1+1", "'＝1+1"),
     ("Anna", "Anna"), ("", ""), ("a=b", "a=b")],
)  # fmt: skip
def test_neutralise(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


def test_formulas_are_text_in_the_xlsx(tmp_path: Path, database, event_id, registrations) -> None:
    path = tmp_path / "teilnehmer.xlsx"

    export_registrations(database, event_id, path, language="en")

    sheet = load_workbook(path).active
    headers = [cell.value for cell in sheet[1]]
    mallory = next(row for row in sheet.iter_rows(min_row=2) if "HYPERLINK" in row[1].value)
    for key, header in (("given_name", "Given name"), ("family_name", "Family name"),
                        ("position", "Position"), ("notes", "Notes")):  # fmt: skip
        cell = mallory[headers.index(header)]
        assert cell.value == INJECTIONS[key]
        assert cell.data_type == "s"
        assert cell.quotePrefix
    assert headers[:3] == ["Title", "Given name", "Family name"]


def test_an_export_imports_again_unchanged(tmp_path: Path, database, event_id, registrations):
    path = tmp_path / "teilnehmer.csv"
    export_registrations(database, event_id, path)
    other = open_database(tmp_path / "other.sqlite")
    try:
        other_event = EventService(other).create(
            EventDraft("Kopie", date(2026, 11, 26), date(2026, 11, 26))
        )
        apply_import(other, plan_import(other, other_event.id, path))
        again = tmp_path / "again.csv"
        export_registrations(other, other_event.id, again)
    finally:
        other.close()

    def comparable(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        ignored = ("Quelle", "Angemeldet am", "checkin_code")
        kept = [{k: v for k, v in row.items() if k not in ignored} for row in rows]
        # The neutralising apostrophe is read back as part of the text, once.
        return sorted(kept, key=lambda row: row["Nachname"])

    first, second = _read_csv(path), _read_csv(again)
    safe = [row for row in first if "HYPERLINK" not in row["Vorname"]]
    assert comparable(safe) == comparable(
        [row for row in second if "HYPERLINK" not in row["Vorname"]]
    )


def test_unknown_extension_and_missing_folder_are_refused(
    tmp_path: Path, database, event_id
) -> None:
    with pytest.raises(UserError) as unknown:
        export_registrations(database, event_id, tmp_path / "teilnehmer.ods")
    with pytest.raises(UserError) as missing:
        export_registrations(database, event_id, tmp_path / "nicht-da" / "teilnehmer.csv")

    assert unknown.value.code == "export_unknown_format"
    assert missing.value.code == "export_folder_missing"


def test_a_cancelled_export_leaves_no_file(tmp_path: Path, database) -> None:
    demo = create_demo_event(database, attendees=1200)
    target = tmp_path / "export"
    target.mkdir()

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        export_registrations(database, demo.event_id, target / "teilnehmer.xlsx", progress=cancel)

    assert list(target.iterdir()) == []
