"""An import plan: every row of the file as it would be stored, what would happen to it,
and every problem found — computed before anything is written.

A plan is plain frozen data. Choosing what happens to rows that match existing
registrations (:meth:`ImportPlan.with_existing`) or to single rows
(:meth:`ImportPlan.with_actions`) gives a new plan; it needs no database, so a dialog can
offer the choices instantly. Errors block the import unless their row is skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from confdesk.domain.importing.mapping import ColumnMapping
from confdesk.words.importing import describe_source


class Severity(StrEnum):
    ERROR = "error"  # the row cannot be imported as it is
    WARNING = "warning"  # worth a look; does not block


class RowAction(StrEnum):
    ADD = "add"
    UPDATE = "update"
    SKIP = "skip"


@dataclass(frozen=True)
class Problem:
    line: int  # row number as the user sees it; 0 for the file as a whole
    column: str  # the header of the column concerned; "" for the whole row
    code: str
    message: str  # one English sentence
    severity: Severity = Severity.ERROR
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def describe(self) -> str:
        where = f"row {self.line}" if self.line else "file"
        if self.column:
            where += f", column “{self.column}”"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class RowValues:
    """A row as it would be stored. Empty text and None mean "not in the file": a new
    registration gets the default, an updated one keeps what it has."""

    title: str = ""
    given_name: str = ""
    family_name: str = ""
    email: str = ""
    phone: str = ""
    organization: str = ""  # a name; found in any spelling, or created
    # Of the organisation, where it has none yet (cohort "": not funded; None: not given).
    organization_kind: str | None = None
    federal_state: str = ""
    cohort: str | None = None
    position: str = ""
    category: str | None = None
    status: str | None = None
    dietary_needs: str = ""
    accessibility_needs: str = ""
    photo_consent: bool | None = None
    attendee_list_consent: bool | None = None
    notes: str = ""
    topics: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()
    # Titles of workshops, first choice first (see confdesk.domain.importing.wishes).
    wishes: tuple[str, ...] = ()

    def as_texts(self) -> dict[str, str]:
        """Every field as text, for a preview table."""
        texts: dict[str, str] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool):
                texts[item.name] = "yes" if value else "no"
            elif isinstance(value, tuple):
                texts[item.name] = "; ".join(value)
            else:
                texts[item.name] = value or ""
        return texts


class MatchReason(StrEnum):
    EMAIL = "email"  # the same e-mail address
    NAME = "name"  # the same name within the same organisation
    EMAIL_AND_NAME = "email_and_name"


@dataclass(frozen=True)
class Match:
    """An existing registration of the event that a row may be."""

    registration_id: int
    name: str
    reason: MatchReason


def strongest_match(matches: tuple[Match, ...]) -> Match | None:
    """The registration an update goes to: the only match, or the only one matching by
    e-mail and name together (a re-imported row also matches namesakes by name). None
    when that leaves a choice — a row matching Anna by e-mail and Ben by name could be
    either."""
    if len(matches) == 1:
        return matches[0]
    both = [match for match in matches if match.reason is MatchReason.EMAIL_AND_NAME]
    return both[0] if len(both) == 1 else None


@dataclass(frozen=True)
class CandidateRow:
    """A row read and checked, before the choice of what to do with it."""

    line: int
    values: RowValues
    problems: tuple[Problem, ...] = ()
    matches: tuple[Match, ...] = ()
    # The earlier row this one repeats exactly: skipped unless chosen otherwise.
    repeats_line: int = 0
    # A status word no table and no choice of the user's maps: the row is left out (a
    # notice) unless the user says what the word means, and imported only then.
    unknown_status: str = ""


@dataclass(frozen=True)
class PlannedRow:
    line: int
    values: RowValues
    action: RowAction
    matches: tuple[Match, ...]
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def blocking(self) -> bool:
        """Errors block the import unless the row is skipped."""
        return self.action is not RowAction.SKIP and bool(self.errors)

    @property
    def update_target(self) -> int | None:
        if self.action is RowAction.UPDATE:
            best = strongest_match(self.matches)
            return best.registration_id if best is not None else None
        return None


@dataclass(frozen=True)
class SourceInfo:
    path: Path
    kind: str  # "csv" or "xlsx"
    header_line: int
    headers: tuple[str, ...]
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    sheet_name: str = ""  # XLSX only: the sheet read
    sheet_names: tuple[str, ...] = ()  # XLSX only: every sheet of the workbook
    # The first row below the header as the file writes it, shown beside each column.
    first_cells: tuple[str, ...] = ()

    def describe(self, language: str = "en") -> str:
        """ "CSV, Windows-1252, delimiter ';'"."""
        return describe_source(self.kind, self.encoding, self.delimiter, self.sheet_name, language)


@dataclass(frozen=True)
class RegistrationsState:
    """What the event's registrations looked like when the plan was made; applying a plan
    made on another state is refused, so no row is matched against stale data."""

    count: int
    max_id: int
    last_update: str


@dataclass(frozen=True)
class ImportPlan:
    event_id: int
    source: SourceInfo
    columns: tuple[ColumnMapping, ...]
    rows: tuple[PlannedRow, ...]
    problems: tuple[Problem, ...]  # about the file as a whole
    existing: RowAction  # what happens to rows matching an existing registration
    new_organizations: tuple[str, ...]
    new_topics: tuple[str, ...]
    state: RegistrationsState
    candidates: tuple[CandidateRow, ...] = field(repr=False, compare=False, default=())
    chosen_actions: Mapping[int, RowAction] = field(repr=False, compare=False, default_factory=dict)

    @property
    def blocking_problems(self) -> list[Problem]:
        """The errors the user has not resolved: while there is one, nothing is written."""
        found = [p for p in self.problems if p.severity is Severity.ERROR]
        for row in self.rows:
            if row.blocking:
                found.extend(row.errors)
        return found

    @property
    def can_apply(self) -> bool:
        return not self.blocking_problems

    @property
    def warnings(self) -> list[Problem]:
        found = [p for p in self.problems if p.severity is Severity.WARNING]
        for row in self.rows:
            found.extend(p for p in row.problems if p.severity is Severity.WARNING)
        return found

    @property
    def unknown_statuses(self) -> dict[str, tuple[int, ...]]:
        """Each status word nothing maps, with the rows (lines) that use it."""
        found: dict[str, list[int]] = {}
        for candidate in self.candidates:
            if candidate.unknown_status:
                found.setdefault(candidate.unknown_status, []).append(candidate.line)
        return {word: tuple(lines) for word, lines in found.items()}

    def skipping_invalid(self) -> ImportPlan:
        """The same plan with every row that has errors skipped, so the valid rows can be
        imported (``--skip-invalid``, the dialog's check box)."""
        return self.with_actions({row.line: RowAction.SKIP for row in self.rows if row.blocking})

    def rejected_rows(self) -> list[tuple[int, str]]:
        """(line, reasons) of each row skipped for its errors or an unknown status word:
        what a file of rejected rows lists."""
        rejected: list[tuple[int, str]] = []
        for row in self.rows:
            if row.action is not RowAction.SKIP:
                continue
            reasons = [p.message for p in row.problems if p.severity is Severity.ERROR]
            reasons += [p.message for p in row.problems if p.code == UNKNOWN_STATUS_LEFT_OUT]
            if reasons:
                rejected.append((row.line, " ".join(reasons)))
        return rejected

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)

    def preview(self, limit: int = 10) -> list[tuple[int, dict[str, str]]]:
        """The first rows as they would be stored: (line, field → text)."""
        return [(row.line, row.values.as_texts()) for row in self.rows[:limit]]

    def with_existing(self, existing: RowAction) -> ImportPlan:
        """The same plan with another choice for rows matching existing registrations."""
        return self._resolved(existing, self.chosen_actions)

    def with_actions(self, actions: Mapping[int, RowAction]) -> ImportPlan:
        """The same plan with the action of single rows (by line) chosen; a skipped row's
        errors no longer block."""
        lines = {row.line for row in self.rows}
        unknown = sorted(set(actions) - lines)
        if unknown:
            raise ValueError(f"The plan has no row {unknown[0]}.")
        return self._resolved(self.existing, {**self.chosen_actions, **actions})

    def _resolved(self, existing: RowAction, actions: Mapping[int, RowAction]) -> ImportPlan:
        return replace(
            self,
            existing=existing,
            chosen_actions=dict(actions),
            rows=resolve_rows(self.candidates, existing, actions),
        )


def resolve_rows(
    candidates: tuple[CandidateRow, ...], existing: RowAction, actions: Mapping[int, RowAction]
) -> tuple[PlannedRow, ...]:
    """Each candidate with its action and the problems that action brings."""
    updated_by: dict[int, int] = {}
    rows: list[PlannedRow] = []
    for candidate in candidates:
        action = actions.get(candidate.line)
        if action is None:
            if candidate.repeats_line or candidate.unknown_status:
                action = RowAction.SKIP
            elif candidate.matches:
                action = existing
            else:
                action = RowAction.ADD
        problems = list(candidate.problems)
        if candidate.unknown_status:
            problems.append(_unknown_status(candidate, action))
        if action is RowAction.UPDATE:
            problems.extend(_update_problems(candidate, updated_by))
        rows.append(
            PlannedRow(candidate.line, candidate.values, action, candidate.matches, tuple(problems))
        )
    return tuple(rows)


UNKNOWN_STATUS = "import_unknown_status"
UNKNOWN_STATUS_LEFT_OUT = "import_unknown_status_left_out"


def _unknown_status(candidate: CandidateRow, action: RowAction) -> Problem:
    """A notice while the row is left out; an error once the user wants it imported
    without saying what the word means (it would become "registered" unasked)."""
    word = candidate.unknown_status
    if action is RowAction.SKIP:
        return Problem(
            candidate.line,
            "",
            UNKNOWN_STATUS_LEFT_OUT,
            f"“{word}” is not a status confdesk knows; the row is left out until you say "
            "whether it means registered, waitlisted or cancelled.",
            Severity.WARNING,
            params={"value": word},
        )
    return Problem(
        candidate.line,
        "",
        UNKNOWN_STATUS,
        f"“{word}” is not a status confdesk knows; say whether it means registered, "
        "waitlisted or cancelled.",
        params={"value": word},
    )


def _update_problems(candidate: CandidateRow, updated_by: dict[int, int]) -> list[Problem]:
    line = candidate.line
    if not candidate.matches:
        return [
            Problem(
                line,
                "",
                "import_nothing_to_update",
                "There is no registration to update with this row; add or skip it.",
            )
        ]
    target = strongest_match(candidate.matches)
    if target is None:
        names = ", ".join(f"{m.name} (#{m.registration_id})" for m in candidate.matches)
        return [
            Problem(
                line,
                "",
                "import_ambiguous_match",
                f"This row matches several registrations ({names}); "
                "it cannot update one of them. Add or skip it.",
                params={"ids": [m.registration_id for m in candidate.matches]},
            )
        ]
    earlier = updated_by.setdefault(target.registration_id, line)
    if earlier != line:
        return [
            Problem(
                line,
                "",
                "import_update_twice",
                f"Row {earlier} already updates the registration of {target.name}; "
                "skip one of the two rows.",
                params={"other_line": earlier, "registration_id": target.registration_id},
            )
        ]
    return []
