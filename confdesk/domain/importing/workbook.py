"""Reading one sheet of an XLSX workbook, within the limits.

An XLSX file is a zip archive; its directory states how large each part unpacks. The sum
is checked before openpyxl parses anything, and the reading of each part stops at its
stated size, so a small file that would unpack to gigabytes is refused up front. The
workbook is read in openpyxl's read-only mode, which streams the rows of a sheet.

Registration tools export several sheets into one workbook (pretix: orders, order
positions, fees). The sheet is the one the user names, else the one the caller's
``choose_sheet`` finds the attendees on, from the first rows of each sheet.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from pathlib import Path

from confdesk.domain.importing.limits import ReadLimits, megabytes
from confdesk.domain.importing.sheet import (
    SheetChooser,
    SourceRow,
    SourceSheet,
    too_many_rows,
)
from confdesk.errors import UserError

# Rows of each sheet shown to the sheet chooser.
PREVIEW_ROWS = 30
# Rows read (blank ones included) per row allowed: a sheet formatted down to row
# 1,048,576 is refused instead of being walked through.
_ROWS_READ_PER_ROW_ALLOWED = 3


def read_workbook(
    path: Path,
    *,
    sheet: str | None,
    limits: ReadLimits,
    choose_sheet: SheetChooser | None,
) -> SourceSheet:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = UserError(
        f"{path} is not an Excel workbook confdesk can read; "
        "save it in Excel as .xlsx or CSV and import that.",
        code="import_bad_workbook",
        path=str(path),
    )
    raw = path.read_bytes()  # at most limits.file_bytes, checked by the caller
    _check_unpacked_size(path, raw, limits, unreadable)
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
        sheets = {item.title: item for item in workbook.worksheets if hasattr(item, "iter_rows")}
        names = tuple(sheets)
        if sheet is not None:
            if sheet not in sheets:
                shown = ", ".join(f"“{name}”" for name in names)
                raise UserError(
                    f"{path} has no sheet “{sheet}”; its sheets are {shown}.",
                    code="import_no_such_sheet",
                    path=str(path),
                    sheet=sheet,
                    sheets=list(names),
                )
            chosen = sheet
        else:
            chosen = _default_sheet(workbook, sheets, choose_sheet, limits)
        if not chosen:
            raise UserError(f"{path} is empty.", code="import_file_empty", path=str(path))
        rows = _sheet_rows(path, sheets[chosen], limits)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError):
        raise unreadable from None
    finally:
        workbook.close()
    if not rows:
        raise UserError(f"{path} is empty.", code="import_file_empty", path=str(path))
    return SourceSheet(
        path,
        "xlsx",
        rows,
        sheet_name=chosen,
        sheet_names=names,
        sheet_chosen_by_user=sheet is not None,
    )


def _check_unpacked_size(path: Path, raw: bytes, limits: ReadLimits, unreadable: UserError) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise unreadable from None
    if unpacked > limits.xlsx_unpacked_bytes:
        raise UserError(
            f"{path} unpacks to {megabytes(unpacked)}; confdesk reads workbooks that unpack "
            f"to at most {megabytes(limits.xlsx_unpacked_bytes)}. Save the sheet of "
            "attendees as CSV and import that.",
            code="import_workbook_too_large",
            path=str(path),
            size=megabytes(unpacked),
            limit=megabytes(limits.xlsx_unpacked_bytes),
        )


def _default_sheet(
    workbook: object,
    sheets: Mapping[str, object],
    choose_sheet: SheetChooser | None,
    limits: ReadLimits,
) -> str:
    active = getattr(workbook, "active", None)
    first_choice = getattr(active, "title", "") if active is not None else ""
    previews = {
        name: rows for name, item in sheets.items() if (rows := _preview_rows(item, limits))
    }
    if not previews:
        return ""
    if len(previews) == 1:
        return next(iter(previews))
    if choose_sheet is not None:
        return choose_sheet(previews)
    return first_choice if first_choice in previews else next(iter(previews))


def _preview_rows(sheet: object, limits: ReadLimits) -> tuple[SourceRow, ...]:
    rows: list[SourceRow] = []
    for number, values in enumerate(_iter_values(sheet), start=1):
        if number > PREVIEW_ROWS * _ROWS_READ_PER_ROW_ALLOWED or len(rows) >= PREVIEW_ROWS:
            break
        cells = tuple(_cell_text(value) for value in values)
        if any(cell.strip() for cell in cells):
            rows.append(SourceRow(number, cells))
    return tuple(rows)


def _iter_values(sheet: object) -> Iterator[tuple[object, ...]]:
    # Some programs write a wrong size into the sheet; reading cell by cell ignores it.
    reset = getattr(sheet, "reset_dimensions", None)
    if reset is not None:
        reset()
    # openpyxl's read-only and writable sheets both have iter_rows; no shared type says so.
    return sheet.iter_rows(values_only=True)  # type: ignore[attr-defined]


def _sheet_rows(path: Path, sheet: object, limits: ReadLimits) -> tuple[SourceRow, ...]:
    rows: list[SourceRow] = []
    blank = 0
    most_rows_read = limits.rows * _ROWS_READ_PER_ROW_ALLOWED
    for number, values in enumerate(_iter_values(sheet), start=1):
        cells = tuple(_cell_text(value) for value in values)
        if any(cell.strip() for cell in cells):
            if len(rows) >= limits.rows:
                raise too_many_rows(path, limits)
            rows.append(SourceRow(number, cells, blank))
            blank = 0
        else:
            blank += 1
            if number > most_rows_read:
                raise too_many_rows(path, limits)
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
