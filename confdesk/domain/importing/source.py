"""Reading an attendee file into rows of text cells, whatever program wrote it.

CSV files come from German Excel (Windows-1252, ``;``, sometimes a ``sep=;`` first line),
from "CSV UTF-8" (with a byte order mark), from Excel's "Unicode text" (UTF-16 with a
byte order mark, tabs) and from registration tools (UTF-8, ``,``). The encoding is read
from the byte order mark, else UTF-8 is tried and Windows-1252 taken when the bytes are not
UTF-8: a German text in Windows-1252 is practically never valid UTF-8, the reverse is
common (a file that turns out not to be UTF-8 further down is read again as
Windows-1252). The delimiter is the candidate that splits the first lines into the most
rows of one width. The file is streamed through the csv module, never held whole.
XLSX workbooks are read by :mod:`.workbook`.

Every row keeps the number the user sees: the line a record starts on in a text file (a
``sep=`` line and blank lines counted), the row number in a spreadsheet. Blank rows are
dropped here; nothing else is interpreted.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path

from confdesk.db.file_lock import refuse_open_database
from confdesk.domain.importing.limits import DEFAULT_LIMITS, ReadLimits, megabytes
from confdesk.domain.importing.sheet import SheetChooser, SourceRow, SourceSheet, too_many_rows
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


def read_source(
    path: str | Path,
    *,
    sheet: str | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
    choose_sheet: SheetChooser | None = None,
) -> SourceSheet:
    """The rows of a CSV file or of one sheet of a workbook: ``sheet`` by name, else the
    one ``choose_sheet`` picks from the first rows of each, else the active one. Refuses
    files beyond ``limits`` before reading them."""
    path = Path(path)
    refuse_open_database(path)  # reading it would cancel SQLite's locks on it
    size = _size(path)
    if size > limits.file_bytes:
        raise UserError(
            f"{path} is {megabytes(size)}; confdesk imports files of at most "
            f"{megabytes(limits.file_bytes)}.",
            code="import_file_too_large",
            path=str(path),
            size=megabytes(size),
            limit=megabytes(limits.file_bytes),
        )
    try:
        with path.open("rb") as file:
            head = file.read(_SNIFF_CHARS)
    except OSError as error:
        raise _unreadable(path, error) from None
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe") and size <= len(head):
        raise UserError(f"{path} is empty.", code="import_file_empty", path=str(path))
    if head.startswith(_ZIP_MAGIC):
        from confdesk.domain.importing.workbook import read_workbook

        return read_workbook(path, sheet=sheet, limits=limits, choose_sheet=choose_sheet)
    if head.startswith(_OLE_MAGIC):
        raise UserError(
            f"{path} is an old Excel file (.xls) or a password-protected workbook; "
            "save it in Excel as .xlsx or CSV without a password and import that.",
            code="import_old_excel",
            path=str(path),
        )
    if sheet:
        raise UserError(
            f"{path} is a CSV file; it has no sheets to choose from.",
            code="import_sheet_in_csv",
            path=str(path),
        )
    return _read_csv(path, head, limits)


def _size(path: Path) -> int:
    try:
        if path.is_dir():
            raise UserError(
                f"{path} is a folder, not a file to import.",
                code="import_is_folder",
                path=str(path),
            )
        return path.stat().st_size
    except FileNotFoundError:
        raise UserError(
            f"There is no file {path}.", code="import_file_missing", path=str(path)
        ) from None
    except OSError as error:
        raise _unreadable(path, error) from None


def _unreadable(path: Path, error: OSError) -> UserError:
    return UserError(
        f"{path} cannot be read: {error.strerror}.",
        code="import_file_unreadable",
        path=str(path),
    )


# -- CSV --------------------------------------------------------------------------------


def _read_csv(path: Path, head: bytes, limits: ReadLimits) -> SourceSheet:
    """Streams the file through the csv module: the text is never held whole, only the
    rows, and no more of them than the limit."""
    for codec, name in _codecs(path, head):
        sample = _decoded_sample(head, codec)
        if _looks_binary(sample):
            raise _not_text(path)
        try:
            rows, delimiter = _parse(path, codec, sample, limits)
        except UnicodeDecodeError:
            continue  # not UTF-8 after all: a German text in Windows-1252
        if not rows:
            raise UserError(f"{path} is empty.", code="import_file_empty", path=str(path))
        return SourceSheet(path, "csv", rows, encoding=name, delimiter=delimiter)
    raise UserError(
        f"{path} is not in an encoding confdesk knows (UTF-8, UTF-16 or Windows-1252); "
        "save it as “CSV UTF-8” and import that.",
        code="import_unknown_encoding",
        path=str(path),
    )


def _codecs(path: Path, head: bytes) -> list[tuple[str, str]]:
    if head.startswith(codecs.BOM_UTF8):
        return [("utf-8-sig", "UTF-8 with BOM")]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return [("utf-16", "UTF-16")]
    if b"\x00" in head:
        raise _not_text(path)
    return [("utf-8", "UTF-8"), ("cp1252", "Windows-1252")]


def _decoded_sample(head: bytes, codec: str) -> str:
    # The head may end inside a character; the sample only guides the guesses.
    return head.decode(codec, errors="ignore")


def _looks_binary(sample: str) -> bool:
    controls = sum(1 for char in sample if char in _CONTROL)
    return controls > max(2, len(sample) * _MAX_CONTROL_SHARE)


def _not_text(path: Path) -> UserError:
    return UserError(
        f"{path} is not a CSV file or Excel workbook (it holds binary data).",
        code="import_not_text",
        path=str(path),
    )


def _detect_delimiter(sample: str) -> str:
    """The delimiter that gives the most rows of one width (more than one cell), wider
    rows winning ties: a title line or a comma inside a value cannot outvote the table."""
    if len(sample) >= _SNIFF_CHARS // 2 and "\n" in sample:
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


def _parse(
    path: Path, codec: str, sample: str, limits: ReadLimits
) -> tuple[tuple[SourceRow, ...], str]:
    line_offset = 0
    delimiter = ""
    hint = _SEP_LINE.match(sample)
    if hint and hint.group(1) in DELIMITERS:
        # Excel writes "sep=;" as the first line so that Excel opens the file right.
        delimiter = hint.group(1)
        sample = sample[hint.end() :]
        line_offset = 1
    delimiter = delimiter or _detect_delimiter(sample)
    rows: list[SourceRow] = []
    start = 1
    blank = 0
    try:
        with path.open(encoding=codec, newline="") as file:
            if line_offset:
                file.readline()
            reader = csv.reader(file, delimiter=delimiter)
            for record in reader:
                if "".join(record).strip():  # any cell not blank, tested at C speed
                    if len(rows) >= limits.rows:
                        raise too_many_rows(path, limits)
                    rows.append(SourceRow(start + line_offset, tuple(record), blank))
                    blank = 0
                else:
                    blank += 1
                start = reader.line_num + 1
    except csv.Error as error:
        raise UserError(
            f"{path} is not readable as CSV from line {start + line_offset} on: {error}; "
            "a quotation mark may be missing.",
            code="import_bad_csv",
            path=str(path),
            line=start + line_offset,
        ) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    return tuple(rows), delimiter
