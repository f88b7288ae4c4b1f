"""Exporting the registrations of an event to CSV or XLSX: one row per registration,
cancelled ones included, with its organisation, topics and check-in code.

Personal data leaves confdesk only through this explicit act, so an export says what it
holds (:class:`ExportSummary`: rows and columns) and is written whole or not at all: into
a temporary file beside the target, renamed over it at the end.

Headers and words (categories, statuses, yes/no) are in the event's language, come from
the words (:mod:`confdesk.words.export_columns`, :mod:`confdesk.words.vocabulary`) and are
the ones the importer recognises, so an export imports again unchanged. The check-in code
column is always called ``checkin_code``, for mail merges and badge tools.

Spreadsheet formula injection: a name or note such as ``=HYPERLINK(...)`` or
``+cmd|' /C calc'!A0`` must not run when an organiser opens the file. A cell starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (also after leading spaces, and in
their full-width forms) is neutralised:

- CSV has no cell types, so Excel and LibreOffice guess from the text; an apostrophe in
  front makes them take it as text (the apostrophe stays visible, which is the price).
- XLSX cells carry their type: such a cell is stored as a string (openpyxl would store
  ``=…`` as a formula) and marked "quote prefix", Excel's own hidden apostrophe, so it
  stays text even when edited. The value itself is kept exactly.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.db.file_lock import refuse_open_database
from confdesk.db.models import Organization, Registration, Topic, registration_topics
from confdesk.domain.checkin.codes import EventKey, registration_code
from confdesk.domain.events.service import load_event
from confdesk.domain.progress import Progress, no_progress
from confdesk.errors import UserError
from confdesk.normalize import search_fold
from confdesk.words.export_columns import EXPORT_COLUMNS, NO, YES
from confdesk.words.vocabulary import (
    CATEGORIES,
    REGISTRATION_SOURCES,
    REGISTRATION_STATUSES,
    Word,
    word_for,
)

PROGRESS_EVERY = 1_000

# German Excel opens a CSV by double-click with ';' as the delimiter (the list separator of
# the German locale) and reads it as UTF-8 only when it starts with a byte order mark;
# without either, every umlaut and every column comes out wrong.
DEFAULT_DELIMITER = ";"
_DANGEROUS_FIRST = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    format: ExportFormat
    rows: int
    columns: tuple[str, ...]


# Stored values read as on the screen (confdesk.words.vocabulary); consents as yes or no.
_WORD_TABLES: dict[str, Mapping[str, Word]] = {
    "category": CATEGORIES,
    "status": REGISTRATION_STATUSES,
    "source": REGISTRATION_SOURCES,
}
# The languages an export is written in; the event's when none is asked for.
_LANGUAGES = ("de", "en")
_YES_NO_COLUMNS = ("photo_consent", "attendee_list_consent")


def export_format_for(path: str | Path) -> ExportFormat:
    suffix = Path(path).suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError:
        raise UserError(
            f"{path}: confdesk exports to .csv or .xlsx files; name the file so.",
            code="export_unknown_format",
            path=str(path),
        ) from None


def export_registrations(
    database: Database,
    event_id: int,
    path: str | Path,
    *,
    delimiter: str = DEFAULT_DELIMITER,
    language: str | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write every registration of the event to ``path`` (CSV or XLSX by its
    extension). ``language`` ("de"/"en") defaults to the event's. ``progress(done,
    total)`` is called per thousand rows; an exception it raises leaves no file behind."""
    path = Path(path)
    refuse_open_database(path)
    export_format = export_format_for(path)
    if not path.parent.is_dir():
        raise UserError(
            f"The folder of {path} does not exist.", code="export_folder_missing", path=str(path)
        )
    event_language, rows = _load_rows(database, event_id)
    language = language if language in _LANGUAGES else event_language
    headers = tuple(word.in_language(language) for word in EXPORT_COLUMNS.values())
    table = [_cells(row, language) for row in rows]
    report = progress or no_progress
    temporary = _temporary_beside(path)
    try:
        if export_format is ExportFormat.CSV:
            _write_csv(temporary, headers, table, delimiter, report)
        else:
            _write_xlsx(temporary, headers, table, report)
        _replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return ExportSummary(path, export_format, len(table), headers)


def neutralise(text: str) -> str:
    """``text`` made safe for a CSV cell: see the module docstring."""
    return "'" + text if is_dangerous(text) else text


def is_dangerous(text: str) -> bool:
    return bool(text) and (text[0] in _DANGEROUS_FIRST or text.lstrip(" ")[:1] in _DANGEROUS_FIRST)


def _load_rows(database: Database, event_id: int) -> tuple[str, list[dict[str, Any]]]:
    with database.transaction() as session:
        event = load_event(session, event_id)
        language, zone = event.language, ZoneInfo(event.timezone)
        key = EventKey(event.uuid, event.checkin_key)
        table = Registration.__table__
        registrations = session.execute(
            select(table, Organization.name.label("organization"))
            .outerjoin(Organization, table.c.organization_id == Organization.id)
            .where(table.c.event_id == event_id)
        ).all()
        topics: dict[int, list[str]] = {}
        for registration_id, name in session.execute(
            select(registration_topics.c.registration_id, Topic.name)
            .join(Topic, Topic.id == registration_topics.c.topic_id)
            .where(Topic.event_id == event_id)
            .order_by(Topic.name)
        ):
            topics.setdefault(registration_id, []).append(name)
        rows = [
            {
                **record._asdict(),
                "organization": record.organization or "",
                "topics": "; ".join(topics.get(record.id, ())),
                "registered_at": _local(record.created_at, zone),
                # From the row read here: a second read of every registration for its
                # code would cost a transaction and the time of the first.
                "checkin_code": registration_code(
                    key, record.id, record.uuid, record.checkin_code_issue
                ),
            }
            for record in registrations
        ]
    rows.sort(key=lambda r: (search_fold(r["family_name"]), search_fold(r["given_name"]), r["id"]))
    return language, rows


def _local(moment: datetime, zone: ZoneInfo) -> str:
    """A recorded moment (naive UTC) as the organisers read it: the event's local time."""
    return moment.replace(tzinfo=UTC).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _cells(row: dict[str, Any], language: str) -> list[str]:
    yes, no = YES.in_language(language), NO.in_language(language)
    cells = []
    for key in EXPORT_COLUMNS:
        value = row[key]
        if key in _WORD_TABLES:
            cells.append(word_for(_WORD_TABLES[key], str(value), language))
        elif key in _YES_NO_COLUMNS:
            cells.append(yes if value else no)
        else:
            cells.append(value or "")
    return cells


def _write_csv(
    path: Path,
    headers: tuple[str, ...],
    table: list[list[str]],
    delimiter: str,
    report: Progress,
) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(headers)
        for done, cells in enumerate(table, start=1):
            writer.writerow([neutralise(cell) for cell in cells])
            if done % PROGRESS_EVERY == 0:
                report(done, len(table))
        report(len(table), len(table))


def _write_xlsx(
    path: Path, headers: tuple[str, ...], table: list[list[str]], report: Progress
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Registrations")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(text: str, header: bool = False) -> Cell:  # WriteOnlyCell is a function making one
        # Characters XML cannot hold (control characters) are dropped, not refused.
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
        written = WriteOnlyCell(sheet, value=text)
        written.data_type = "s"  # text, never a formula, whatever it starts with
        if is_dangerous(text):
            written.quotePrefix = True
        if header:
            written.font = bold
        return written

    try:
        sheet.append([cell(header, header=True) for header in headers])
        for done, cells in enumerate(table, start=1):
            sheet.append([cell(text) for text in cells])
            if done % PROGRESS_EVERY == 0:
                report(done, len(table))
        report(len(table), len(table))
    except BaseException:
        # A write-only sheet streams into a temporary file; finish it so that it is
        # closed now, not half-written when the garbage collector finds it.
        sheet.close()
        raise
    workbook.save(path)


def _temporary_beside(path: Path) -> Path:
    """A new empty file in the target's folder, so the final rename cannot cross file
    systems. It is readable by its owner only, and so is the export: it holds personal
    data."""
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent
        )
    except OSError as error:
        raise _unwritable(path, error) from None
    os.close(handle)
    return Path(name)


def _unwritable(path: Path, error: OSError) -> UserError:
    return UserError(
        f"{path} cannot be written: {error.strerror}.", code="export_unwritable", path=str(path)
    )


def _replace(temporary: Path, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except PermissionError:
        raise UserError(
            f"{path} cannot be written; if it is open in a spreadsheet program, close it "
            "there and export again.",
            code="export_target_locked",
            path=str(path),
        ) from None
    except OSError as error:
        raise _unwritable(path, error) from None
