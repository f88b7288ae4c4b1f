"""Importing attendees from CSV files and Excel workbooks.

In three steps, the first two without writing anything:

1. :func:`plan_import` reads the file (:mod:`.source`: encoding, delimiter, XLSX), finds
   the header row and maps the columns (:mod:`.mapping`, :mod:`.fields`), reads every row
   into the values it would store (:mod:`.values`) and checks it with the registration
   form's rules, and matches it against the event's registrations and the file's other
   rows (:mod:`.matching`).
   Files beyond the limits of :mod:`.limits` are refused before they are parsed; rows
   that are no people (sums below a table, empty rows) are left out with one notice;
   rows whose status word nothing maps are left out with a notice until the user says
   what the word means.
2. The returned :class:`ImportPlan` holds the mapping, a preview, the row-level report
   (:class:`Problem`: row, column, problem) and what would happen to each row
   (:class:`RowAction`). Choices give new plans without touching the database:
   :meth:`ImportPlan.with_existing` for rows matching existing registrations,
   :meth:`ImportPlan.with_actions` for single rows.
3. :func:`apply_import` writes the plan in one transaction, and refuses — writing
   nothing — while the plan has unresolved errors: all or nothing, unless the user
   chooses :meth:`ImportPlan.skipping_invalid`, whose left-out rows
   :func:`write_rejected_rows` lists in a file beside the source.
"""

from confdesk.domain.importing.applying import ImportResult, apply_import
from confdesk.domain.importing.fields import ImportField
from confdesk.domain.importing.limits import DEFAULT_LIMITS, ReadLimits
from confdesk.domain.importing.mapping import (
    ColumnMapping,
    MappingOrigin,
    parse_overrides,
    parse_status_words,
)
from confdesk.domain.importing.plan import (
    ImportPlan,
    Match,
    MatchReason,
    PlannedRow,
    Problem,
    RowAction,
    RowValues,
    Severity,
)
from confdesk.domain.importing.planning import plan_import, plan_sheet
from confdesk.domain.importing.rejected import rejected_rows_path, write_rejected_rows
from confdesk.domain.importing.sheet import SourceSheet
from confdesk.domain.importing.source import read_source

__all__ = [
    "DEFAULT_LIMITS",
    "ColumnMapping",
    "ImportField",
    "ImportPlan",
    "ImportResult",
    "MappingOrigin",
    "Match",
    "MatchReason",
    "PlannedRow",
    "Problem",
    "ReadLimits",
    "RowAction",
    "RowValues",
    "Severity",
    "SourceSheet",
    "apply_import",
    "parse_overrides",
    "parse_status_words",
    "plan_import",
    "plan_sheet",
    "read_source",
    "rejected_rows_path",
    "write_rejected_rows",
]
