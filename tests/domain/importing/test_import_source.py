"""Reading attendee files as the programs that write them do: German Excel, "CSV UTF-8",
Excel's "Unicode text", registration tools, openpyxl workbooks — and refusing what is not
an attendee list with one clear sentence."""

from __future__ import annotations

import codecs
import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from confdesk.domain.importing import read_source
from confdesk.errors import UserError

ROWS = [
    ["Vorname", "Nachname", "E-Mail-Adresse", "Kommune / Organisation"],
    ["Jürgen", "Größmann", "j.groessmann@stadt-haßfurt.de", "Stadt Haßfurt"],
    ["Zoë", "Çalışkan", "zoe@example.org", "Gemeinde Süderlügum"],
]


@pytest.mark.parametrize(
    ("encoding", "prefix", "described"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", codecs.BOM_UTF8, "UTF-8 with BOM"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16"),
    ],
)
def test_unicode_encodings_are_recognised(
    tmp_path: Path, encoding: str, prefix: bytes, described: str
) -> None:
    text = "".join(";".join(row) + "\r\n" for row in ROWS)
    path = tmp_path / "teilnehmer.csv"
    path.write_bytes(prefix + text.encode(encoding))

    sheet = read_source(path)

    assert [list(row.cells) for row in sheet.rows] == ROWS
    assert sheet.encoding == described


def test_windows_1252_from_german_excel(write_csv) -> None:
    rows = [["Vorname", "Nachname", "Funktion"], ["Jürgen", "Größmann", "Bürgermeister – Amt €"]]
    path = write_csv(rows, encoding="cp1252")

    sheet = read_source(path)

    assert sheet.encoding == "Windows-1252"
    assert list(sheet.rows[1].cells) == ["Jürgen", "Größmann", "Bürgermeister – Amt €"]


@pytest.mark.parametrize(("delimiter", "shown"), [(";", "';'"), (",", "','"), ("\t", "tab")])
def test_delimiter_is_detected(write_csv, delimiter: str, shown: str) -> None:
    rows = [
        ["Vorname", "Nachname", "Bemerkung"],
        ["Anna", "Weiß", "kommt später, ca. 11 Uhr; mit Rollstuhl"],
        ["Ben", "Ohm", "vegan"],
    ]
    path = write_csv(rows, delimiter=delimiter)

    sheet = read_source(path)

    assert sheet.delimiter == delimiter
    assert shown in sheet.describe()
    assert list(sheet.rows[1].cells) == rows[1]


def test_excel_sep_line_sets_the_delimiter_and_counts_as_a_line(write_csv) -> None:
    # Commas in every value would outvote ';' without the hint.
    path = write_csv(
        "sep=;\r\nName;Organisation\r\n"
        "Müller, Anna;Landkreis Oder-Spree, Amt für Digitales\r\n"
        "Weiß, Ben;Stadt Haßfurt, Bauamt\r\n",
        encoding="cp1252",
    )

    sheet = read_source(path)

    assert sheet.delimiter == ";"
    assert [row.line for row in sheet.rows] == [2, 3, 4]
    assert sheet.rows[1].cells == ("Müller, Anna", "Landkreis Oder-Spree, Amt für Digitales")


def test_blank_lines_are_skipped_and_rows_keep_the_line_the_user_sees(write_csv) -> None:
    path = write_csv(
        "Teilnehmerliste Themenmarktplatz\r\n\r\n"
        "Vorname;Nachname;Bemerkung\r\n"
        ";;\r\n"
        'Anna;Weiß;"erste Zeile\r\nzweite Zeile"\r\n'
        "\r\n"
        "Ben;Ohm;\r\n"
    )

    sheet = read_source(path)

    assert [row.line for row in sheet.rows] == [1, 3, 5, 8]
    assert sheet.rows[2].cells[2] == "erste Zeile\r\nzweite Zeile"


def test_a_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "teilnehmer.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))

    with pytest.raises(UserError) as error:
        read_source(path)

    assert error.value.code == "import_not_text"
    assert "binary" in str(error.value)


def test_binary_data_without_zero_bytes_is_refused(tmp_path: Path) -> None:
    noise = bytes(b for b in os.urandom(8192) if b not in (0, 0x81, 0x8D, 0x8F, 0x90, 0x9D))
    path = tmp_path / "export.csv"
    path.write_bytes(noise)

    with pytest.raises(UserError) as error:
        read_source(path)

    assert error.value.code == "import_not_text"


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \r\n"])
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "leer.csv"
    path.write_bytes(content)

    with pytest.raises(UserError) as error:
        read_source(path)

    assert error.value.code == "import_file_empty"


def test_a_missing_file_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(UserError) as error:
        read_source(tmp_path / "gibt-es-nicht.csv")
    assert error.value.code == "import_file_missing"


def test_an_unclosed_quote_is_reported_with_its_line(write_csv) -> None:
    path = write_csv('Vorname;Nachname\r\nAnna;"Weiß\r\nBen;Ohm\r\n' + "x" * 140_000)

    with pytest.raises(UserError) as error:
        read_source(path)

    assert error.value.code == "import_bad_csv"
    assert "line 2" in str(error.value)


def test_an_old_excel_file_asks_for_xlsx_or_csv(tmp_path: Path) -> None:
    path = tmp_path / "teilnehmer.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))

    with pytest.raises(UserError) as error:
        read_source(path)

    assert error.value.code == "import_old_excel"
    assert ".xlsx" in str(error.value)


def test_a_zip_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "teilnehmer.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")

    with pytest.raises(UserError) as error:
        read_source(path)

    assert error.value.code == "import_bad_workbook"


def test_xlsx_with_a_title_row_keeps_spreadsheet_row_numbers(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Anmeldungen"
    sheet["A1"] = "Anmeldungen Regionalkonferenz 2026"
    sheet.append([])
    sheet.append(["Vorname", "Nachname", "Telefon", "Fotoerlaubnis"])
    sheet.append(["Anna", "Weiß", 4930123456, True])
    sheet.append([None, None, None, None])
    sheet.append(["Ben", "Ohm", 3.0, False])
    path = tmp_path / "anmeldungen.xlsx"
    workbook.save(path)

    read = read_source(path)

    assert read.kind == "xlsx"
    assert read.sheet_name == "Anmeldungen"
    assert [row.line for row in read.rows] == [1, 3, 4, 6]
    assert read.rows[2].cells == ("Anna", "Weiß", "4930123456", "1")
    assert read.rows[3].cells == ("Ben", "Ohm", "3", "0")


def test_a_workbook_renamed_to_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["Vorname", "Nachname"])
    workbook.active.append(["Anna", "Weiß"])
    path = tmp_path / "teilnehmer.csv"
    workbook.save(path)

    assert read_source(path).rows[1].cells == ("Anna", "Weiß")
