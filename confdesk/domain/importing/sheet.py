"""What a read file is to the import: its rows as the user numbers them, and how it was
read. The CSV reader (:mod:`.source`) and the workbook reader (:mod:`.workbook`) both make
one."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from confdesk.domain.importing.limits import ReadLimits
from confdesk.errors import UserError
from confdesk.words.importing import describe_source


@dataclass(frozen=True)
class SourceRow:
    line: int  # row number as the user sees it in the file or spreadsheet
    cells: tuple[str, ...]
    blank_before: int = 0  # blank rows right above this one, left out


@dataclass(frozen=True)
class SourceSheet:
    path: Path
    kind: str  # "csv" or "xlsx"
    rows: tuple[SourceRow, ...]  # blank rows left out
    encoding: str = ""  # CSV only: "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"
    delimiter: str = ""  # CSV only
    sheet_name: str = ""  # XLSX only
    sheet_names: tuple[str, ...] = ()  # XLSX only: every worksheet, in workbook order
    sheet_chosen_by_user: bool = False

    def describe(self, language: str = "en") -> str:
        """One line for people: what was read and how."""
        return describe_source(self.kind, self.encoding, self.delimiter, self.sheet_name, language)


# Chooses the sheet of a workbook that holds the attendees, from the first rows of each.
SheetChooser = Callable[[Mapping[str, Sequence[SourceRow]]], str]


def too_many_rows(path: Path, limits: ReadLimits) -> UserError:
    return UserError(
        f"{path} has more than {limits.rows:,} rows; confdesk imports at most "
        f"{limits.rows:,} rows at a time — split the file.",
        code="import_too_many_rows",
        path=str(path),
        limit=limits.rows,
    )
