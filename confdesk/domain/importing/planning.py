"""Making an import plan: read the file, find the header, map the columns, read every row
into the values it would store, check them, and match them against the event's
registrations and against each other. Nothing is written.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import Category, Registration, RegistrationStatus, Topic
from confdesk.domain.events.service import load_event
from confdesk.domain.importing import organization_values as ov
from confdesk.domain.importing import values as v
from confdesk.domain.importing.collection import collector_paused
from confdesk.domain.importing.fields import MULTI_COLUMN_FIELDS, ImportField
from confdesk.domain.importing.limits import DEFAULT_LIMITS, ReadLimits
from confdesk.domain.importing.mapping import (
    SAMPLE_ROWS,
    ColumnMapping,
    choose_attendee_sheet,
    locate_header,
    map_columns,
)
from confdesk.domain.importing.matching import (
    ExistingRegistrations,
    OrganizationKey,
    mark_repeated_rows,
    organization_key_of_new,
    person_key,
)
from confdesk.domain.importing.plan import (
    CandidateRow,
    ImportPlan,
    Problem,
    RegistrationsState,
    RowAction,
    RowValues,
    Severity,
    SourceInfo,
    resolve_rows,
)
from confdesk.domain.importing.sheet import SourceRow, SourceSheet
from confdesk.domain.importing.source import read_source
from confdesk.domain.networking.wishes import workshop_titles
from confdesk.domain.progress import Progress, no_progress
from confdesk.domain.registrations.organizations import OrganizationDirectory, name_key
from confdesk.domain.registrations.service import RegistrationDraft, registration_problems
from confdesk.domain.validation import is_valid_email
from confdesk.errors import UserError
from confdesk.normalize import search_tokens

log = logging.getLogger(__name__)
# Rows between two progress reports.
PROGRESS_EVERY = 500

F = ImportField
_ONE_LINE_FIELDS = tuple((f, f.value) for f in (F.TITLE, F.PHONE, F.ORGANIZATION, F.POSITION))
_MULTI_LINE_FIELDS = tuple((f, f.value) for f in (F.DIETARY_NEEDS, F.ACCESSIBILITY_NEEDS))
_YES_NO_FIELDS = tuple((f, f.value) for f in (F.PHOTO_CONSENT, F.ATTENDEE_LIST_CONSENT))
# Words that begin a row of sums below a table ("Summe", "Gesamt: 45", "Total").
_TOTAL_WORDS = frozenset(
    ("summe", "summen", "gesamt", "gesamtsumme", "insgesamt", "zwischensumme", "total",
     "totals", "subtotal", "sum", "ergebnis", "anzahl", "count", "grand")
)  # fmt: skip
_NUMBER = re.compile(r"[\d\s.,#%+\-/€$£:=]*\d[\d\s.,#%+\-/€$£:=]*")


@collector_paused()
def plan_import(
    database: Database,
    event_id: int,
    path: str | Path,
    *,
    mapping: Mapping[str, ImportField] | None = None,
    existing: RowAction = RowAction.SKIP,
    progress: Progress | None = None,
    sheet: str | None = None,
    status_words: Mapping[str, RegistrationStatus] | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> ImportPlan:
    """The plan for importing ``path`` into the event, with ``mapping`` (header → field)
    overriding the recognised columns and ``existing`` chosen for rows that match a
    registration of the event. ``sheet`` names a workbook's sheet (else the one holding
    the attendees is found); ``status_words`` say what status words mean that confdesk
    does not know (rows with such a word are left out otherwise).

    ``progress(done, total)`` is called from this thread: ``(0, 0)`` while the file is
    read (the total is not known yet), then per rows checked. An exception it raises
    ends the planning; nothing is written either way.
    """
    report = progress or no_progress
    report(0, 0)
    source = read_source(path, sheet=sheet, limits=limits, choose_sheet=choose_attendee_sheet)
    plan = plan_sheet(
        database,
        event_id,
        source,
        mapping=mapping,
        existing=existing,
        progress=progress,
        status_words=status_words,
    )
    log.info(
        "Import checked %s (%s) for event %d: %d rows, %d blocking problems, %d warnings",
        plan.source.path, plan.source.describe(), event_id, len(plan.rows),
        len(plan.blocking_problems), len(plan.warnings),
    )  # fmt: skip
    return plan


@collector_paused()  # also when the mapping dialog plans again
def plan_sheet(
    database: Database,
    event_id: int,
    sheet: SourceSheet,
    *,
    mapping: Mapping[str, ImportField] | None = None,
    existing: RowAction = RowAction.SKIP,
    progress: Progress | None = None,
    status_words: Mapping[str, RegistrationStatus] | None = None,
) -> ImportPlan:
    """:func:`plan_import` for a file read already (the mapping dialog re-plans with
    each change of the mapping without reading the file again)."""
    report = progress or no_progress
    overrides = dict(mapping or {})
    header_index = locate_header(sheet.rows, overrides)
    header_row = sheet.rows[header_index]
    data_rows = sheet.rows[header_index + 1 :]
    if not data_rows:
        raise UserError(
            f"{sheet.path} has a header row (row {header_row.line}) but no attendees below it.",
            code="import_no_rows",
            path=str(sheet.path),
            line=header_row.line,
        )
    samples = [row.cells for row in data_rows[:SAMPLE_ROWS]]
    columns = map_columns(header_row.cells, overrides, samples)
    file_problems = _file_problems(columns)
    file_warnings = [
        *_sheet_notice(sheet),
        *_rows_above_header(sheet.rows[:header_index], header_row.line),
    ]
    total = len(data_rows)
    report(0, total)
    with database.transaction() as session:
        load_event(session, event_id)
        # Read before the registrations are: the driver does not hold one snapshot for
        # these reads, and a change after this point makes the plan outdated, as it
        # should, rather than unnoticed.
        state = registrations_state(session, event_id)
        reader = _RowReader(
            session,
            event_id,
            columns,
            width=len(header_row.cells),
            strict_width=sheet.kind == "csv",
            check_names=not file_problems,
            status_words=status_words or {},
        )
        candidates: list[CandidateRow] = []
        persons: list[tuple] = []
        not_people: list[int] = []
        for done, row in enumerate(data_rows, start=1):
            read = reader.read(row)
            if read is None:
                not_people.append(row.line)
            else:
                candidates.append(read[0])
                persons.append(read[1])
            if done % PROGRESS_EVERY == 0:
                report(done, total)
    blank = sum(row.blank_before for row in data_rows)
    file_warnings.extend(_rows_not_people(not_people, blank))
    checked = tuple(mark_repeated_rows(candidates, persons))
    report(total, total)
    return ImportPlan(
        event_id=event_id,
        source=SourceInfo(
            path=sheet.path,
            kind=sheet.kind,
            header_line=header_row.line,
            encoding=sheet.encoding,
            delimiter=sheet.delimiter,
            headers=tuple(cell.strip() for cell in header_row.cells),
            sheet_name=sheet.sheet_name,
            sheet_names=sheet.sheet_names,
            first_cells=tuple(cell.strip() for cell in data_rows[0].cells),
        ),
        columns=columns,
        rows=resolve_rows(checked, existing, {}),
        problems=(*file_problems, *file_warnings),
        existing=existing,
        new_organizations=tuple(reader.new_organizations.values()),
        new_topics=tuple(reader.new_topics.values()),
        state=state,
        candidates=checked,
    )


def _file_problems(columns: tuple[ColumnMapping, ...]) -> list[Problem]:
    used = {column.field for column in columns if column.used}
    if F.FULL_NAME in used or {F.GIVEN_NAME, F.FAMILY_NAME} <= used:
        return []
    missing = [field.value for field in (F.GIVEN_NAME, F.FAMILY_NAME) if field not in used]
    return [
        Problem(
            0,
            "",
            "import_no_name_columns",
            "No column gives the attendees' names: map columns to given_name and "
            "family_name, or one to full_name.",
            params={"missing": missing},
        )
    ]


def _rows_above_header(rows: tuple[SourceRow, ...], header_line: int) -> list[Problem]:
    """Rows above the header with more than a title in them may be attendees the user
    expects imported: say that they are not."""
    skipped = [row.line for row in rows if sum(1 for cell in row.cells if cell.strip()) > 1]
    if not skipped:
        return []
    shown = ", ".join(str(line) for line in skipped[:5]) + (", …" if len(skipped) > 5 else "")
    return [
        Problem(
            0,
            "",
            "import_rows_above_header",
            (
                f"Rows {shown} are above the header row (row {header_line}) and are not imported."
                if len(skipped) > 1
                else f"Row {shown} is above the header row (row {header_line}) and is not imported."
            ),
            Severity.WARNING,
            params={"lines": skipped, "header_line": header_line},
        )
    ]


def _sheet_notice(sheet: SourceSheet) -> list[Problem]:
    """Which sheet of several was read — never silently the first."""
    others = [name for name in sheet.sheet_names if name != sheet.sheet_name]
    if not others or sheet.sheet_chosen_by_user:
        return []
    shown = ", ".join(f"“{name}”" for name in others)
    return [
        Problem(
            0,
            "",
            "import_sheet_chosen",
            f"The workbook has several sheets; the attendees are read from "
            f"“{sheet.sheet_name}”, not from {shown}. Choose another sheet if that is wrong.",
            Severity.WARNING,
            params={"sheet": sheet.sheet_name, "others": others},
        )
    ]


def _rows_not_people(lines: list[int], blank: int) -> list[Problem]:
    """One notice for the rows that are no attendees: sums below the table, empty rows."""
    if not lines and not blank:
        return []
    shown = ", ".join(str(line) for line in lines[:5]) + (", …" if len(lines) > 5 else "")
    parts = []
    if lines:
        parts.append(
            f"{len(lines)} row{'s' if len(lines) != 1 else ''} of sums or counts ({shown})"
        )
    if blank:
        parts.append(f"{blank} empty row{'s' if blank != 1 else ''}")
    return [
        Problem(
            0,
            "",
            "import_rows_not_people",
            f"Left out as not about a person: {' and '.join(parts)}.",
            Severity.WARNING,
            params={"totals": len(lines), "lines": lines, "empty": blank},
        )
    ]


def _is_total(text: str) -> bool:
    words = search_tokens(text)
    return bool(words) and words[0] in _TOTAL_WORDS


def registrations_state(session: Session, event_id: int) -> RegistrationsState:
    count, max_id, last_update = session.execute(
        select(func.count(), func.max(Registration.id), func.max(Registration.updated_at)).where(
            Registration.event_id == event_id
        )
    ).one()
    return RegistrationsState(count, max_id or 0, str(last_update or ""))


class _RowReader:
    """Turns rows into checked candidates; remembers the organisations and topics they
    name that do not exist yet. Runs once per row of files with tens of thousands of
    rows, so it sticks to plain lookups."""

    def __init__(
        self,
        session: Session,
        event_id: int,
        columns: tuple[ColumnMapping, ...],
        *,
        width: int,
        strict_width: bool,
        check_names: bool,
        status_words: Mapping[str, RegistrationStatus],
    ) -> None:
        used = [column for column in columns if column.used]
        # Every field but notes and topics has one column (see mapping).
        self._single = [(c.index, c.field) for c in used if c.field not in MULTI_COLUMN_FIELDS]
        self._headers = {c.field: c.header for c in used if c.field not in MULTI_COLUMN_FIELDS}
        self._column_order = {c.header: c.index for c in reversed(columns)}
        self._notes = [(c.index, c.header) for c in used if c.field is F.NOTES]
        self._topics = [c.index for c in used if c.field is F.TOPICS]
        self._challenges = [c.index for c in used if c.field is F.CHALLENGES]
        self._wishes = [(c.index, c.header) for c in used if c.field is F.WISHES]
        self._workshops = workshop_titles(session, event_id) if self._wishes else {}
        self._width = width
        self._strict_width = strict_width
        self._check_names = check_names
        self._status_words = {
            v.word_key(word): RegistrationStatus(status) for word, status in status_words.items()
        }
        self._name_indexes = [
            c.index for c in used if c.field in (F.GIVEN_NAME, F.FAMILY_NAME, F.FULL_NAME)
        ]
        self._existing = ExistingRegistrations(session, event_id)
        self._organizations = OrganizationDirectory(session)
        self._organization_keys: dict[str, OrganizationKey] = {}
        self._topic_keys = {
            name_key(name)
            for name in session.scalars(select(Topic.name).where(Topic.event_id == event_id))
        }
        self._topic_lists_seen: set[tuple[str, ...]] = set()
        self.new_organizations: dict[str, str] = {}
        self.new_topics: dict[str, str] = {}

    def read(self, row: SourceRow) -> tuple[CandidateRow, tuple] | None:
        """The row checked, or None when it is no person (a row of sums)."""
        cells = row.cells
        count = len(cells)
        texts: dict[ImportField, str] = {}
        for index, field in self._single:
            if index < count and (raw := cells[index]) and not raw.isspace():
                texts[field] = raw
        if "@" not in texts.get(F.EMAIL, "") and self._not_a_person(cells, texts):
            return None
        problems: list[Problem] = []
        unknown_status = ""
        if F.STATUS in texts:
            raw_status = texts[F.STATUS]
            status = self._status_words.get(v.word_key(raw_status)) or v.parse_status(raw_status)
            if status is None:
                unknown_status = v.one_line(raw_status)
            texts[F.STATUS] = status.value if status is not None else ""
        values = self._values(row.line, cells, texts, problems)
        if count > self._width:
            problems.extend(self._width_problems(row))
        if self._check_names:
            problems.extend(self._registration_problems(row.line, values))
        if len(problems) > 1:
            # In the order of the columns, as the user reads the row.
            problems.sort(key=lambda problem: self._column_order.get(problem.column, -1))
        organization = self._organization_key(values.organization)
        if values.topics and values.topics not in self._topic_lists_seen:
            self._topic_lists_seen.add(values.topics)
            for topic in values.topics:
                key = name_key(topic)
                if key not in self._topic_keys:
                    self.new_topics.setdefault(key, topic)
        person = person_key(values.given_name, values.family_name, organization)
        candidate = CandidateRow(
            row.line,
            values,
            tuple(problems),
            self._existing.matches(values.email, person),
            unknown_status=unknown_status,
        )
        return candidate, person

    def _not_a_person(self, cells: tuple[str, ...], texts: dict[ImportField, str]) -> bool:
        """A row without an e-mail address (a count may stand in its column) whose name
        cells are empty or a word like "Summe", and which says "Summe"/"Total" somewhere
        or holds only numbers."""
        names = [texts[f] for f in (F.GIVEN_NAME, F.FAMILY_NAME, F.FULL_NAME) if f in texts]
        if any(not _is_total(name) for name in names):
            return False
        filled = [cell for cell in cells if cell.strip()]
        return any(_is_total(cell) for cell in filled) or all(
            _NUMBER.fullmatch(cell.strip()) for cell in filled
        )

    def _values(
        self,
        line: int,
        cells: tuple[str, ...],
        texts: dict[ImportField, str],
        problems: list[Problem],
    ) -> RowValues:
        one_line = v.one_line
        found: dict[str, object] = {}
        for field, name in _ONE_LINE_FIELDS:
            if field in texts:
                found[name] = one_line(texts[field])
        for field, name in _MULTI_LINE_FIELDS:
            if field in texts and not v.means_nothing(texts[field]):
                found[name] = v.multi_line(texts[field])
        title = given = family = ""
        if F.FULL_NAME in texts:
            title, given, family = v.split_full_name(texts[F.FULL_NAME])
        found["given_name"] = one_line(texts.get(F.GIVEN_NAME, "")) or given
        found["family_name"] = one_line(texts.get(F.FAMILY_NAME, "")) or family
        if F.TITLE in texts:
            found["title"] = v.academic_title(texts[F.TITLE])
        if not found.get("title"):
            found["title"] = v.title_from_salutation(texts.get(F.SALUTATION, "")) or title
        if F.EMAIL in texts:
            found["email"] = v.clean_email(texts[F.EMAIL])
        self._organization_values(line, texts, found, problems)
        if F.CATEGORY in texts:
            category = v.parse_category(texts[F.CATEGORY])
            if category is None:
                problems.append(
                    _unknown_category(line, self._headers[F.CATEGORY], texts[F.CATEGORY])
                )
            else:
                found["category"] = category.value
        if texts.get(F.STATUS):
            found["status"] = texts[F.STATUS]  # read in read()
        for field, name in _YES_NO_FIELDS:
            if field in texts:
                answer = v.parse_yes_no(texts[field])
                if answer is None:
                    problems.append(_not_yes_no(line, self._headers[field], texts[field]))
                found[name] = answer
        if self._notes:
            found["notes"] = self._joined_notes(cells)
        if self._topics:
            found["topics"] = self._joined_lists(self._topics, cells)
        if self._challenges:
            found["challenges"] = self._joined_lists(self._challenges, cells)
        if self._wishes:
            found["wishes"] = self._read_wishes(line, cells, problems)
        # Each field under its own name with its own type; mypy checks **found against all.
        return RowValues(**found)  # type: ignore[arg-type]

    def _joined_notes(self, cells: tuple[str, ...]) -> str:
        if len(self._notes) == 1:  # the usual file, read without building a list per row
            index = self._notes[0][0]
            cell = cells[index] if index < len(cells) else ""
            return v.multi_line(cell) if cell.strip() else ""
        answers = [
            (header, v.multi_line(cells[index]))
            for index, header in self._notes
            if index < len(cells) and cells[index].strip()
        ]
        # Several questions of a form: each answer keeps its question.
        return "\n".join(f"{header}: {answer}" for header, answer in answers)

    def _organization_values(
        self,
        line: int,
        texts: dict[ImportField, str],
        found: dict[str, object],
        problems: list[Problem],
    ) -> None:
        if F.FEDERAL_STATE in texts:
            found["federal_state"] = ov.federal_state(texts[F.FEDERAL_STATE])
        if F.COHORT in texts:
            found["cohort"] = ov.cohort(texts[F.COHORT])
        if F.ORGANIZATION_KIND in texts and not v.means_nothing(texts[F.ORGANIZATION_KIND]):
            kind = ov.parse_organization_kind(texts[F.ORGANIZATION_KIND])
            if kind is None:
                word = v.one_line(texts[F.ORGANIZATION_KIND])
                problems.append(
                    Problem(
                        line, self._headers[F.ORGANIZATION_KIND], "unknown_organization_kind",
                        f"“{word}” is not a kind of organisation.",
                        Severity.WARNING, {"kind": word},
                    )
                )  # fmt: skip
            else:
                found["organization_kind"] = kind.value

    @staticmethod
    def _joined_lists(indexes: list[int], cells: tuple[str, ...]) -> tuple[str, ...]:
        """Topics or challenges of one or more columns, each once."""
        if len(indexes) == 1:
            index = indexes[0]
            return v.split_topics(cells[index]) if index < len(cells) else ()
        lists = (v.split_topics(cells[index]) for index in indexes if index < len(cells))
        return tuple(dict.fromkeys(topic for topics in lists for topic in topics))

    def _read_wishes(
        self, line: int, cells: tuple[str, ...], problems: list[Problem]
    ) -> tuple[str, ...]:
        """Workshop titles in order of preference, over all wish columns; a title that
        names no workshop of a round is a warning (the wish is left out)."""
        wishes: list[str] = []
        for index, header in self._wishes:
            if index >= len(cells):
                continue
            for title in v.split_wishes(cells[index]):
                if name_key(title) in self._workshops:
                    wishes.append(title)
                else:
                    problems.append(
                        Problem(
                            line, header, "wish_unknown_workshop",
                            f"“{title}” is no workshop of a round; this wish is left out.",
                            Severity.WARNING, {"title": title},
                        )
                    )  # fmt: skip
        return tuple(dict.fromkeys(wishes))

    def _width_problems(self, row: SourceRow) -> list[Problem]:
        if not any(cell.strip() for cell in row.cells[self._width :]):
            return []  # trailing delimiters, as Excel writes them
        if self._strict_width:
            return [
                Problem(
                    row.line,
                    "",
                    "import_too_many_cells",
                    f"This row has {len(row.cells)} cells but the header has {self._width}; "
                    "a value may contain the delimiter without quotation marks.",
                    params={"cells": len(row.cells), "columns": self._width},
                )
            ]
        return [
            Problem(
                row.line,
                "",
                "import_cells_beside_table",
                "Cells to the right of the table (without a header) are not imported.",
                Severity.WARNING,
            )
        ]

    def _registration_problems(self, line: int, values: RowValues) -> list[Problem]:
        """The registration form's checks, so an import stores nothing the form would
        refuse. They cost more than reading the rest of the row, so a row passing the
        quick test of what they check (both names, a well-formed e-mail; the category
        is known already) skips them; keep the test in step with the form's checks."""
        email_ok = not values.email or is_valid_email(values.email)
        if values.given_name and values.family_name and email_ok:
            return []
        draft = RegistrationDraft(
            given_name=values.given_name,
            family_name=values.family_name,
            email=values.email,
            category=values.category or Category.PARTICIPANT.value,
        )
        return [
            Problem(line, self._column_of(error.field), error.code, str(error), params=error.params)
            for error in registration_problems(draft)
        ]

    def _column_of(self, field_name: str) -> str:
        """The header to point at for a problem of ``field_name``."""
        sources = {
            "given_name": (F.GIVEN_NAME, F.FULL_NAME),
            "family_name": (F.FAMILY_NAME, F.FULL_NAME),
            "email": (F.EMAIL,),
            "category": (F.CATEGORY,),
        }.get(field_name, ())
        return next((self._headers[f] for f in sources if f in self._headers), "")

    def _organization_key(self, name: str) -> OrganizationKey:
        if not name:
            return None
        key = self._organization_keys.get(name)
        if key is None:
            found = self._organizations.find(name)
            if found is not None:
                key = found.id
            else:
                key = organization_key_of_new(name)
                self.new_organizations.setdefault(key, name)
            self._organization_keys[name] = key
        return key


def _unknown_category(line: int, header: str, raw: str) -> Problem:
    word = v.one_line(raw)
    return Problem(
        line,
        header,
        "import_unknown_category",
        f"“{word}” is not a category confdesk knows; use participant, speaker, moderator, "
        "exhibitor, staff, press or guest (or the German words).",
        params={"value": word},
    )


def _not_yes_no(line: int, header: str, raw: str) -> Problem:
    word = v.one_line(raw)
    return Problem(
        line,
        header,
        "import_not_yes_no",
        f"“{word}” is neither yes nor no (ja/nein, x, 1/0).",
        params={"value": word},
    )
