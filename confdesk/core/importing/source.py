"""Reading an attendee file into rows of text cells, whatever program wrote it.

CSV files come from German Excel (Windows-1252, ``;``, sometimes a ``sep=;`` first line),
from "CSV UTF-8" (with a byte order mark), from Excel's "Unicode text" (UTF-16 with a
byte order mark, tabs) and from registration tools (UTF-8, ``,``). The encoding is read
from the byte order mark, else UTF-8 is tried and Windows-1252 taken when the bytes are not
UTF-8: a German text in Windows-1252 is practically never valid UTF-8, the reverse is
common. The delimiter is the candidate that splits the first lines into the most rows of
one width. XLSX workbooks are read with openpyxl in read-only mode.

Every row keeps the number the user sees: the line a record starts on in a text file (a
``sep=`` line and blank lines counted), the row number in a spreadsheet. Blank rows are
dropped here; nothing else is interpreted.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from confdesk.errors import UserError

DELIMITERS = (";", ",", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
# Old binary Excel files and password-protected workbooks are OLE compound files.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SEP_LINE = re.compile(r'^"?sep=(.)"?(\r\n|\n|\r)', re.IGNORECASE)
_SNIFF_CHARS = 64 * 1024
# Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.01
_CONTROL = frozenset(chr(c) for c in [*range(32), 127]) - {"\t", "\n", "\r"}


@dataclass(frozen=True)
class SourceRow:
    line: int  # row number as the user sees it in the file or spreadsheet
    cells: tuple[str, ...]


@dataclass(frozen=True)
class SourceSheet:
    path: Path
    kind: str  # "csv" or "xlsx"
    rows: tuple[SourceRow, ...]  # blank rows left out
    encoding: str = ""  # CSV only: "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"
    delimiter: str = ""  # CSV only
    sheet_name: str = ""  # XLSX only

    def describe(self) -> str:
        """One line for people: what was read and how."""
        if self.kind == "xlsx":
            return f"Excel workbook, sheet “{self.sheet_name}”"
        shown = {"\t": "tab", ";": "';'", ",": "','"}[self.delimiter]
        return f"CSV, {self.encoding}, delimiter {shown}"


def read_source(path: str | Path) -> SourceSheet:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(
            f"There is no file {path}.", code="import_file_missing", path=str(path)
        ) from None
    except IsADirectoryError:
        raise UserError(
            f"{path} is a folder, not a file to import.", code="import_is_folder", path=str(path)
        ) from None
    except OSError as error:
        raise UserError(
            f"{path} cannot be read: {error.strerror}.",
            code="import_file_unreadable",
            path=str(path),
        ) from None
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UserError(f"{path} is empty.", code="import_file_empty", path=str(path))
    if raw.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, raw)
    if raw.startswith(_OLE_MAGIC):
        raise UserError(
            f"{path} is an old Excel file (.xls) or a password-protected workbook; "
            "save it in Excel as .xlsx or CSV without a password and import that.",
            code="import_old_excel",
            path=str(path),
        )
    return _read_csv(path, raw)


# -- CSV --------------------------------------------------------------------------------


def _read_csv(path: Path, raw: bytes) -> SourceSheet:
    text, encoding = _decode(path, raw)
    if _looks_binary(text):
        raise _not_text(path)
    line_offset = 0
    delimiter = ""
    hint = _SEP_LINE.match(text)
    if hint and hint.group(1) in DELIMITERS:
        # Excel writes "sep=;" as the first line so that Excel opens the file right.
        delimiter = hint.group(1)
        text = text[hint.end() :]
        line_offset = 1
    delimiter = delimiter or _detect_delimiter(text)
    rows = _parse(path, text, delimiter, line_offset)
    return SourceSheet(path, "csv", rows, encoding=encoding, delimiter=delimiter)


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    if raw.startswith(codecs.BOM_UTF8):
        attempts = [("utf-8-sig", "UTF-8 with BOM")]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts = [("utf-16", "UTF-16")]
    elif b"\x00" in raw[:_SNIFF_CHARS]:
        raise _not_text(path)
    else:
        attempts = [("utf-8", "UTF-8"), ("cp1252", "Windows-1252")]
    for codec, name in attempts:
        try:
            return raw.decode(codec), name
        except UnicodeDecodeError:
            continue
    raise UserError(
        f"{path} is not in an encoding confdesk knows (UTF-8, UTF-16 or Windows-1252); "
        "save it as “CSV UTF-8” and import that.",
        code="import_unknown_encoding",
        path=str(path),
    )


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF_CHARS]
    controls = sum(1 for char in sample if char in _CONTROL)
    return controls > max(2, len(sample) * _MAX_CONTROL_SHARE)


def _not_text(path: Path) -> UserError:
    return UserError(
        f"{path} is not a CSV file or Excel workbook (it holds binary data).",
        code="import_not_text",
        path=str(path),
    )


def _detect_delimiter(text: str) -> str:
    """The delimiter that gives the most rows of one width (more than one cell), wider
    rows winning ties: a title line or a comma inside a value cannot outvote the table."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = Counter(
                len(record)
                for record in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                if len(record) > 1
            )
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        if (count, width) > best_score:
            best, best_score = delimiter, (count, width)
    return best


def _parse(path: Path, text: str, delimiter: str, line_offset: int) -> tuple[SourceRow, ...]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[SourceRow] = []
    start = 1
    try:
        for record in reader:
            if "".join(record).strip():  # any cell not blank, tested at C speed
                rows.append(SourceRow(start + line_offset, tuple(record)))
            start = reader.line_num + 1
    except csv.Error as error:
        raise UserError(
            f"{path} is not readable as CSV from line {start + line_offset} on: {error}; "
            "a quotation mark may be missing.",
            code="import_bad_csv",
            path=str(path),
            line=start + line_offset,
        ) from None
    return tuple(rows)


# -- XLSX -------------------------------------------------------------------------------


def _read_xlsx(path: Path, raw: bytes) -> SourceSheet:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = UserError(
        f"{path} is not an Excel workbook confdesk can read; "
        "save it in Excel as .xlsx or CSV and import that.",
        code="import_bad_workbook",
        path=str(path),
    )
    try:
        # openpyxl warns about styles and extensions it does not read; cell values are
        # all an import needs. Reading from memory also spares a workbook saved under
        # another extension openpyxl's check of the file name.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise unreadable from None
    try:
        sheets = [workbook.active, *workbook.worksheets]
        for sheet in dict.fromkeys(sheet for sheet in sheets if sheet is not None):
            rows = _sheet_rows(sheet)
            if rows:
                return SourceSheet(path, "xlsx", rows, sheet_name=sheet.title)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError):
        raise unreadable from None
    finally:
        workbook.close()
    raise UserError(f"{path} is empty.", code="import_file_empty", path=str(path))


def _sheet_rows(sheet: object) -> tuple[SourceRow, ...]:
    if not hasattr(sheet, "iter_rows"):
        return ()  # a chart sheet
    # Some programs write a wrong size into the sheet; reading cell by cell ignores it.
    reset = getattr(sheet, "reset_dimensions", None)
    if reset is not None:
        reset()
    rows: list[SourceRow] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = tuple(_cell_text(value) for value in values)
        if any(cell.strip() for cell in cells):
            rows.append(SourceRow(number, cells))
    return tuple(rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
