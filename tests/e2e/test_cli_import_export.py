"""``confdesk import`` and ``confdesk export`` as a user runs them: a count on success, the
row-level report (one line per problem, then a summary) and nothing written on failure,
one clear line for every other mistake, never a traceback."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from confdesk.db.database import open_database
from confdesk.domain.events.service import EventDraft, EventService

HEADER = "Anrede;Vorname;Nachname;E-Mail-Adresse;Amt / Behörde;Kategorie;Fotoerlaubnis\r\n"
GOOD = (
    HEADER
    + "Frau Dr.;Anna;Weiß;anna.weiss@hassfurt.de;Stadt Haßfurt;Referentin;ja\r\n"
    + "Herr;Jürgen;Größmann;j.groessmann@bad-belzig.de;Stadt Bad Belzig;Teilnehmer;nein\r\n"
)


def run_confdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", *args],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("confdesk: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A database file holding one event without registrations."""
    path = tmp_path / "desk.sqlite"
    database = open_database(path)
    EventService(database).create(
        EventDraft("Themenmarktplatz Smarte Dörfer", date(2026, 11, 26), date(2026, 11, 26))
    )
    database.close()
    return path


def _registrations(path: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT r.given_name, r.family_name, coalesce(o.name, '') FROM registrations r "
            "LEFT JOIN organizations o ON o.id = r.organization_id ORDER BY r.id"
        ).fetchall()


def _file(tmp_path: Path, text: str, encoding: str = "cp1252") -> Path:
    path = tmp_path / "anmeldungen.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_import_counts_what_it_did(tmp_path: Path, desk: Path) -> None:
    source = _file(tmp_path, GOOD)

    result = run_confdesk(
        "--db", str(desk), "import", str(source), "--map", "Amt / Behörde=organization"
    )

    assert result.returncode == 0, result.stderr
    assert "2 added, 0 updated, 0 skipped" in result.stdout
    assert "“Themenmarktplatz Smarte Dörfer”" in result.stdout
    assert _registrations(desk) == [
        ("Anna", "Weiß", "Stadt Haßfurt"),
        ("Jürgen", "Größmann", "Stadt Bad Belzig"),
    ]

    again = run_confdesk("--db", str(desk), "import", str(source), "--existing", "skip")
    assert again.returncode == 0, again.stderr
    assert "0 added, 0 updated, 2 skipped" in again.stdout
    assert len(_registrations(desk)) == 2


def test_import_with_problems_reports_every_row_and_writes_nothing(
    tmp_path: Path, desk: Path
) -> None:
    source = _file(
        tmp_path,
        GOOD
        + "Frau;Cem;;cem@example.org;;Teilnehmer;ja\r\n"
        + "Herr;Dora;Ohm;dora@;;Sponsor;ja\r\n",
    )

    result = run_confdesk("--db", str(desk), "import", str(source))

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "confdesk: row 4, column “Nachname”: The family name is required.",
        "confdesk: row 5, column “E-Mail-Adresse”: “dora@” is not an e-mail address.",
        "confdesk: row 5, column “Kategorie”: “Sponsor” is not a category confdesk knows; "
        "use participant, speaker, moderator, exhibitor, staff, press or guest "
        "(or the German words).",
        f"confdesk: nothing imported: 3 problems in 2 rows of {source}; fix them in the "
        "file and import again, or import the valid rows with --skip-invalid.",
    ]
    assert _registrations(desk) == []


def test_dry_run_shows_the_mapping_and_writes_nothing(tmp_path: Path, desk: Path) -> None:
    source = _file(tmp_path, "Teilnehmerliste\r\n\r\n" + GOOD, encoding="utf-8-sig")

    result = run_confdesk("--db", str(desk), "import", str(source), "--dry-run")

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "CSV, UTF-8 with BOM, delimiter ';'; header in row 3; 2 rows" in out
    mapping = {
        line.split("→")[0].strip(): line.split("→")[1].strip()
        for line in out.splitlines()
        if "→" in line
    }
    assert mapping["“Vorname”"] == "given_name"
    assert mapping["“Amt / Behörde”"] == "ignored (header not recognised)"
    assert "row 4: title='Dr.', given_name='Anna'" in out
    assert "Would add 2, update 0, skip 0" in out
    assert _registrations(desk) == []


def test_dry_run_lists_rows_matching_registrations(tmp_path: Path, desk: Path) -> None:
    source = _file(tmp_path, GOOD)
    first = run_confdesk("--db", str(desk), "import", str(source))
    assert first.returncode == 0, first.stderr

    result = run_confdesk(
        "--db", str(desk), "import", str(source), "--dry-run", "--existing", "update"
    )

    assert result.returncode == 0, result.stderr
    assert "row 2 matches Dr. Anna Weiß (#1, same e-mail and name): update" in result.stdout
    assert "Would add 0, update 2, skip 0" in result.stdout


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, ["binary data"]),
        (b"", ["is empty"]),
        (HEADER.encode("cp1252"), ["has a header row (row 1) but no attendees"]),
    ],
)
def test_files_that_hold_no_attendees_are_one_line(
    tmp_path: Path, desk: Path, content: bytes, fragments: list[str]
) -> None:
    source = tmp_path / "teilnehmer.csv"
    source.write_bytes(content)

    assert_one_line_error(run_confdesk("--db", str(desk), "import", str(source)), *fragments)


def test_a_bad_mapping_is_one_line(tmp_path: Path, desk: Path) -> None:
    source = _file(tmp_path, GOOD)

    result = run_confdesk("--db", str(desk), "import", str(source), "--map", "Firma=organization")

    assert_one_line_error(result, "no column “Firma”", "“Amt / Behörde”")


def test_import_and_export_need_an_event(tmp_path: Path) -> None:
    missing = tmp_path / "nirgends.sqlite"
    empty = tmp_path / "leer.sqlite"
    open_database(empty).close()
    source = _file(tmp_path, GOOD)

    assert_one_line_error(
        run_confdesk("--db", str(missing), "import", str(source)), "no confdesk database"
    )
    assert not missing.exists()
    assert_one_line_error(
        run_confdesk("--db", str(empty), "export", str(tmp_path / "x.csv")), "holds no event"
    )


def test_export_csv_and_xlsx_say_what_they_hold(tmp_path: Path, desk: Path) -> None:
    source = _file(tmp_path, GOOD.replace("Weiß", "=Weiß"))
    imported = run_confdesk("--db", str(desk), "import", str(source))
    assert imported.returncode == 0, imported.stderr

    as_csv = run_confdesk("--db", str(desk), "export", str(tmp_path / "liste.csv"))
    as_xlsx = run_confdesk("--db", str(desk), "export", str(tmp_path / "liste.xlsx"))

    assert as_csv.returncode == 0, as_csv.stderr
    assert as_xlsx.returncode == 0, as_xlsx.stderr
    assert "Exported 2 registrations" in as_csv.stdout
    assert "Columns: Titel, Vorname, Nachname," in as_csv.stdout
    assert "checkin_code" in as_csv.stdout
    assert "personal data" in as_csv.stdout
    with (tmp_path / "liste.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert [row["Nachname"] for row in rows] == ["Größmann", "'=Weiß"]
    assert all(row["checkin_code"].startswith("CDK") for row in rows)
    sheet = load_workbook(tmp_path / "liste.xlsx").active
    assert [cell.value for cell in sheet["C"]] == ["Nachname", "Größmann", "=Weiß"]
    assert sheet["C3"].data_type == "s"


def test_export_to_an_unknown_format_is_one_line(tmp_path: Path, desk: Path) -> None:
    result = run_confdesk("--db", str(desk), "export", str(tmp_path / "liste.ods"))

    assert_one_line_error(result, ".csv or .xlsx")
    assert not (tmp_path / "liste.ods").exists()


def test_skip_invalid_imports_the_valid_rows_and_says_where_the_others_are(
    tmp_path: Path, desk: Path
) -> None:
    source = _file(tmp_path, GOOD + "Frau;Cem;;cem@example.org;;Teilnehmer;ja\r\n")

    result = run_confdesk("--db", str(desk), "import", str(source), "--skip-invalid")

    assert result.returncode == 0, result.stderr
    rejected = tmp_path / "anmeldungen.rejected.csv"
    assert f"they are listed with the reason in {rejected}" in result.stdout
    assert len(_registrations(desk)) == 2
    lines = rejected.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("4;") and "family name" in lines[1]


def test_an_unknown_status_word_is_a_warning_and_status_says_what_it_means(
    tmp_path: Path, desk: Path
) -> None:
    source = _file(
        tmp_path,
        "Vorname;Nachname;Status\r\nAnna;Weiß;angemeldet\r\nBen;Ohm;Angefragt\r\n",
    )

    first = run_confdesk("--db", str(desk), "import", str(source), "--dry-run")
    chosen = run_confdesk(
        "--db", str(desk), "import", str(source), "--status", "Angefragt=waitlisted"
    )

    assert first.returncode == 0, first.stderr
    assert (
        "warning: status “Angefragt” (row 3) is not one confdesk knows; 1 row left out — "
        'add --status "Angefragt=registered" (or waitlisted, cancelled) to import them.'
    ) in first.stdout
    assert chosen.returncode == 0, chosen.stderr
    assert [name for _, name, _ in _registrations(desk)] == ["Weiß", "Ohm"]


def test_a_sheet_that_is_not_there_is_one_line(tmp_path: Path, desk: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Teilnehmende"
    workbook.active.append(["Vorname", "Nachname"])
    workbook.active.append(["Anna", "Weiß"])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)

    result = run_confdesk("--db", str(desk), "import", str(path), "--sheet", "Tabelle1")

    assert_one_line_error(result, "has no sheet “Tabelle1”", "“Teilnehmende”")
