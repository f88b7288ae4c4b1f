"""Which row holds the headers, and which field each column fills.

The header row is the row among the first ones whose cells name the most known fields, so
a title line ("Teilnehmerliste Regionalkonferenz 2026") and blank lines above it are
skipped. Each column is then mapped from its header (:mod:`.fields`), and a user's choices
(``--map HEADER=field``, the mapping dialog) win over the guesses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from confdesk.db.models import RegistrationStatus
from confdesk.domain.importing.fields import (
    AMBIGUOUS_NAME_KEYS,
    MULTI_COLUMN_FIELDS,
    ImportField,
    about_attendee,
    field_for_header,
    not_personal,
    parse_field,
)
from confdesk.domain.importing.sheet import SourceRow
from confdesk.domain.importing.values import word_key
from confdesk.errors import UserError
from confdesk.normalize import search_tokens
from confdesk.words.importing import ColumnFate

# How far down a file the header row is looked for.
HEADER_SEARCH_ROWS = 30
# Data rows looked at to tell a column of numbers (a position within an order, a price)
# from one of names or job titles.
SAMPLE_ROWS = 50
# Fields of a person that hold words; a column of nothing but numbers fills none of them.
_WORD_FIELDS = frozenset(
    (
        ImportField.TITLE,
        ImportField.SALUTATION,
        ImportField.GIVEN_NAME,
        ImportField.FAMILY_NAME,
        ImportField.FULL_NAME,
        ImportField.ORGANIZATION,
        ImportField.POSITION,
    )
)
_NUMBER = re.compile(r"[\d\s.,#%+\-/€$£]*\d[\d\s.,#%+\-/€$£]*")


class MappingOrigin(StrEnum):
    AUTO = "auto"  # recognised from the header
    CHOSEN = "chosen"  # chosen by the user
    UNKNOWN = "unknown"  # header not recognised: ignored unless the user maps it
    NO_HEADER = "no_header"  # the column has no header: ignored unless mapped
    DUPLICATE = "duplicate"  # its field comes from another column already
    NAME_PARTS = "name_parts"  # a full name beside given and family name columns
    NOT_PERSONAL = "not_personal"  # about the order, the ticket or the buyer
    NUMBERS = "numbers"  # named like a person's field, but holds only numbers


@dataclass(frozen=True)
class ColumnMapping:
    index: int
    header: str
    field: ImportField
    origin: MappingOrigin
    # For DUPLICATE: the header of the column that gives the field.
    other_header: str = ""

    def describe(self, language: str = "en", field_name: Callable[[str], str] = str) -> str:
        """What happens to the column, for people (the dry run, the mapping dialog), with
        fields named by ``field_name`` (the command line names them as ``--map`` spells
        them)."""
        fate = {
            MappingOrigin.UNKNOWN: ColumnFate.UNKNOWN,
            MappingOrigin.NO_HEADER: ColumnFate.NO_HEADER,
            MappingOrigin.DUPLICATE: ColumnFate.DUPLICATE,
            MappingOrigin.NAME_PARTS: ColumnFate.NAME_PARTS,
            MappingOrigin.NOT_PERSONAL: ColumnFate.NOT_PERSONAL,
            MappingOrigin.NUMBERS: ColumnFate.NUMBERS,
            MappingOrigin.CHOSEN: ColumnFate.CHOSEN,
            MappingOrigin.AUTO: ColumnFate.AUTO,
        }[self.origin]
        if self.field is ImportField.IGNORE and fate in (ColumnFate.CHOSEN, ColumnFate.AUTO):
            fate = ColumnFate.IGNORED
        return fate.fill(
            language, {"field": field_name(str(self.field)), "other": self.other_header}
        )

    @property
    def used(self) -> bool:
        return self.field is not ImportField.IGNORE and self.origin in (
            MappingOrigin.AUTO,
            MappingOrigin.CHOSEN,
        )


def parse_overrides(items: Iterable[str]) -> dict[str, ImportField]:
    """``HEADER=field`` items (the header may itself contain ``=``)."""
    overrides: dict[str, ImportField] = {}
    for item in items:
        header, equals, name = item.rpartition("=")
        if not equals or not header.strip():
            raise UserError(
                f"“{item}” is not HEADER=field, e.g. “Dienststelle=organization”.",
                code="import_map_syntax",
                item=item,
            )
        field = parse_field(name)
        if field is None:
            raise UserError(
                f"“{name.strip()}” is not a field to import into; choose from "
                f"{', '.join(f.value for f in ImportField)}.",
                code="import_map_unknown_field",
                field=name.strip(),
            )
        overrides[header.strip()] = field
    return overrides


def locate_header(rows: Sequence[SourceRow], overrides: Mapping[str, ImportField]) -> int:
    """The index in ``rows`` of the header row."""
    chosen_keys = {key for header in overrides if (key := word_key(header))}

    def known(cell: str) -> bool:
        return bool(cell.strip()) and (
            cell.strip() in overrides
            or word_key(cell) in chosen_keys
            or field_for_header(cell) is not None
        )

    # Two known headers at least: a data row with one word that happens to be a header
    # ("Teilnehmer" in a category column) must not pass for the header row.
    best_index, best_score = -1, 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = sum(1 for cell in row.cells if known(cell))
        if score > best_score:
            best_index, best_score = index, score
    if best_index >= 0:
        return best_index
    # Nothing recognised: the first of the widest rows is the header, so that the user
    # sees the headers and can map them.
    widths = [sum(1 for cell in row.cells if cell.strip()) for row in rows[:HEADER_SEARCH_ROWS]]
    return widths.index(max(widths))


def map_columns(
    headers: Sequence[str],
    overrides: Mapping[str, ImportField],
    samples: Sequence[Sequence[str]] = (),
) -> tuple[ColumnMapping, ...]:
    """The field of each column. ``samples`` are the first data rows: a column named like
    a person's field that holds nothing but numbers there (pretix's "Position", the
    number of a ticket within its order) is left out."""
    chosen = _match_overrides(headers, overrides)
    columns: list[ColumnMapping] = []
    for index, raw in enumerate(headers):
        header = raw.strip()
        if index in chosen:
            columns.append(ColumnMapping(index, header, chosen[index], MappingOrigin.CHOSEN))
        elif not header:
            columns.append(
                ColumnMapping(index, header, ImportField.IGNORE, MappingOrigin.NO_HEADER)
            )
        elif not_personal(header):
            columns.append(
                ColumnMapping(index, header, ImportField.IGNORE, MappingOrigin.NOT_PERSONAL)
            )
        else:
            field = field_for_header(header)
            origin = MappingOrigin.AUTO if field is not None else MappingOrigin.UNKNOWN
            if field in _WORD_FIELDS and _only_numbers(samples, index):
                origin = MappingOrigin.NUMBERS
            columns.append(ColumnMapping(index, header, field or ImportField.IGNORE, origin))
    columns = _family_name_beside_given_name(columns)
    return tuple(_one_column_per_field(columns))


def _only_numbers(samples: Sequence[Sequence[str]], index: int) -> bool:
    values = [cell.strip() for row in samples if index < len(row) and (cell := row[index]).strip()]
    return bool(values) and all(_NUMBER.fullmatch(value) for value in values)


def _match_overrides(
    headers: Sequence[str], overrides: Mapping[str, ImportField]
) -> dict[int, ImportField]:
    stripped = [header.strip() for header in headers]
    keys = [word_key(header) for header in headers]
    chosen: dict[int, ImportField] = {}
    for wanted, field in overrides.items():
        exact = [index for index, header in enumerate(stripped) if header == wanted]
        matching = exact or [
            index for index, key in enumerate(keys) if key and key == word_key(wanted)
        ]
        if not matching:
            shown = ", ".join(f"“{header}”" for header in stripped if header)
            raise UserError(
                f"The file has no column “{wanted}”; its columns are {shown}.",
                code="import_map_unknown_header",
                header=wanted,
            )
        for index in matching:
            chosen[index] = field
    single = [
        (field, index)
        for index, field in sorted(chosen.items())
        if field not in MULTI_COLUMN_FIELDS and field is not ImportField.IGNORE
    ]
    seen: dict[ImportField, int] = {}
    for field, index in single:
        if field in seen:
            raise UserError(
                f"Both “{stripped[seen[field]]}” and “{stripped[index]}” are mapped to "
                f"{field}; a field takes one column.",
                code="import_map_twice",
                field=field.value,
            )
        seen[field] = index
    return chosen


def _family_name_beside_given_name(columns: list[ColumnMapping]) -> list[ColumnMapping]:
    fields = {column.field for column in columns}
    if ImportField.GIVEN_NAME not in fields or ImportField.FAMILY_NAME in fields:
        return columns
    return [
        ColumnMapping(column.index, column.header, ImportField.FAMILY_NAME, column.origin)
        if column.origin is MappingOrigin.AUTO
        and column.field is ImportField.FULL_NAME
        and word_key(column.header) in AMBIGUOUS_NAME_KEYS
        else column
        for column in columns
    ]


def _one_column_per_field(columns: list[ColumnMapping]) -> list[ColumnMapping]:
    """A chosen column beats a recognised one; among those, one about the attendee
    ("Attendee email" beside the buyer's "Email", as pretix writes) beats the others,
    else the leftmost wins."""

    def rank(column: ColumnMapping) -> tuple[int, int, int]:
        chosen = column.origin is MappingOrigin.CHOSEN
        attendee = about_attendee(column.header)
        return (0 if chosen else 1, 0 if attendee else 1, column.index)

    winner: dict[ImportField, ColumnMapping] = {}
    for column in sorted(columns, key=rank):
        if column.origin in (MappingOrigin.AUTO, MappingOrigin.CHOSEN):
            winner.setdefault(column.field, column)
    names_apart = {ImportField.GIVEN_NAME, ImportField.FAMILY_NAME} <= set(winner)
    result: list[ColumnMapping] = []
    for column in columns:
        field = column.field
        if column.origin is not MappingOrigin.AUTO or field in MULTI_COLUMN_FIELDS:
            result.append(column)
        elif field is ImportField.FULL_NAME and names_apart:
            result.append(
                ColumnMapping(column.index, column.header, field, MappingOrigin.NAME_PARTS)
            )
        elif winner[field] is not column:
            result.append(
                ColumnMapping(
                    column.index,
                    column.header,
                    field,
                    MappingOrigin.DUPLICATE,
                    winner[field].header,
                )
            )
        else:
            result.append(column)
    return result


# Sheet names that say what a sheet of a tool's workbook holds (pretix: "Order positions"
# / "Bestellzeilen" hold the attendees, "Orders" / "Bestellungen" the buyers).
_ATTENDEE_SHEET_WORDS = frozenset(
    ("attendees", "attendee", "participants", "teilnehmer", "teilnehmende", "teilnehmerinnen",
     "positions", "bestellzeilen", "registrations", "anmeldungen", "tickets", "gaste", "guests")
)  # fmt: skip
_OTHER_SHEET_WORDS = frozenset(
    ("orders", "bestellungen", "fees", "gebuhren", "payments", "zahlungen", "summary",
     "zusammenfassung", "statistik", "statistics", "invoices", "rechnungen", "refunds")
)  # fmt: skip


def choose_attendee_sheet(previews: Mapping[str, Sequence[SourceRow]]) -> str:
    """The sheet that holds the attendees: the one whose header names the attendees'
    names, the most columns about the attendee and a name that says so; ties go to the
    first sheet."""

    def score(item: tuple[int, tuple[str, Sequence[SourceRow]]]) -> tuple[int, int, int, int]:
        position, (name, rows) = item
        header = rows[locate_header(rows, {})].cells
        columns = [column for column in map_columns(header, {}) if column.used]
        fields = {column.field for column in columns}
        has_names = (
            ImportField.FULL_NAME in fields
            or {
                ImportField.GIVEN_NAME,
                ImportField.FAMILY_NAME,
            }
            <= fields
        )
        attendee_columns = sum(1 for column in columns if about_attendee(column.header))
        words = set(search_tokens(name))
        hint = (1 if words & _ATTENDEE_SHEET_WORDS else 0) - (
            1 if words & _OTHER_SHEET_WORDS else 0
        )
        return (int(has_names), attendee_columns + hint, len(columns), -position)

    best = max(enumerate(previews.items()), key=score)
    return best[1][0]


def parse_status_words(items: Iterable[str]) -> dict[str, RegistrationStatus]:
    """``WORD=status`` items (``--status Angefragt=waitlisted``): what a status word
    confdesk does not know means."""
    chosen: dict[str, RegistrationStatus] = {}
    for item in items:
        word, equals, name = item.rpartition("=")
        if not equals or not word.strip():
            raise UserError(
                f"“{item}” is not WORD=status, e.g. “Angefragt=waitlisted”.",
                code="import_status_syntax",
                item=item,
            )
        try:
            status = RegistrationStatus(name.strip().lower())
        except ValueError:
            raise UserError(
                f"“{name.strip()}” is not a status; choose registered, waitlisted or cancelled.",
                code="import_status_unknown_choice",
                value=name.strip(),
            ) from None
        chosen[word.strip()] = status
    return chosen
