"""confdesk import: registrations from CSV or XLSX, all rows or none."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from confdesk.cli.common import (
    EXIT_OK,
    ProgressLine,
    current_event,
    fail,
)

if TYPE_CHECKING:
    from confdesk.domain.importing import ImportPlan

_EXISTING_CHOICES = ("skip", "update", "add")

# The fields of confdesk.domain.importing.ImportField, spelled out so that the parser does
# not import the database layer (a test keeps the two equal).
IMPORT_FIELDS = (
    "title", "salutation", "given_name", "family_name", "full_name", "email", "phone",
    "organization", "organization_kind", "federal_state", "cohort", "position", "category",
    "status", "dietary_needs", "accessibility_needs", "photo_consent",
    "attendee_list_consent", "notes", "topics", "challenges", "wishes", "ignore",
)  # fmt: skip

# Rows matching existing registrations listed by a dry run.
_SHOWN_MATCHES = 20

_MATCH_REASONS = {
    "email": "same e-mail",
    "name": "same name and organisation",
    "email_and_name": "same e-mail and name",
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import_ = commands.add_parser(
        "import", help="import attendees from a CSV file or Excel workbook into the event"
    )
    import_.add_argument(
        "file",
        metavar="FILE",
        help="a CSV file (';', ',' or tab; UTF-8, UTF-16 or Windows-1252) or an .xlsx workbook",
    )
    import_.add_argument(
        "--dry-run", action="store_true", help="show the mapping and what would happen only"
    )
    import_.add_argument(
        "--map",
        action="append",
        default=[],
        dest="mappings",
        metavar="HEADER=field",
        help="read the column HEADER into field, one of: "
        + ", ".join(IMPORT_FIELDS)
        + "; repeat for more columns",
    )
    import_.add_argument(
        "--existing",
        choices=_EXISTING_CHOICES,
        default="skip",
        help="rows matching a registration of the event: skip them (the default), "
        "update that registration, or add them anyway",
    )
    import_.add_argument(
        "--sheet",
        metavar="NAME",
        help="the sheet of an .xlsx workbook to read (default: the one holding the attendees)",
    )
    import_.add_argument(
        "--status",
        action="append",
        default=[],
        dest="status_words",
        metavar="WORD=status",
        help="what a status word confdesk does not know means: registered, waitlisted or "
        "cancelled (rows with an unknown word are left out otherwise); repeat for more words",
    )
    import_.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows and list the others, with the reason, in "
        "FILE.rejected.csv beside FILE (default: import all rows or none)",
    )


def run(args: argparse.Namespace) -> int:
    from confdesk.domain.importing import (
        RowAction,
        apply_import,
        parse_overrides,
        parse_status_words,
        plan_import,
        rejected_rows_path,
        write_rejected_rows,
    )

    overrides = parse_overrides(args.mappings)
    status_words = parse_status_words(args.status_words)
    with current_event(args.db) as (database, event):
        with ProgressLine("checking") as progress:
            plan = plan_import(
                database,
                event.id,
                args.file,
                mapping=overrides,
                existing=RowAction(args.existing),
                progress=progress,
                sheet=args.sheet,
                status_words=status_words,
            )
        if args.skip_invalid:
            plan = plan.skipping_invalid()
        if args.dry_run:
            _print_dry_run(plan, event.title)
        _print_import_warnings(plan)
        blocking = plan.blocking_problems
        if blocking:
            for problem in blocking:
                print(f"confdesk: {problem.describe()}", file=sys.stderr)
            rows = len({problem.line for problem in blocking if problem.line})
            fail(
                f"nothing {'would be ' if args.dry_run else ''}imported: {len(blocking)} "
                f"problem{'s' if len(blocking) != 1 else ''} in {rows} "
                f"row{'s' if rows != 1 else ''} of {args.file}; fix them in the file"
                f"{' or the mapping (--map)' if plan.problems else ''} and import again"
                f"{'' if rows == 0 else ', or import the valid rows with --skip-invalid'}."
            )
        rejected = plan.rejected_rows() if args.skip_invalid else []
        if args.dry_run:
            if rejected:
                print(
                    f"Would leave out {len(rejected)} invalid row"
                    f"{'s' if len(rejected) != 1 else ''} and list them in "
                    f"{rejected_rows_path(plan.source.path)}."
                )
            return EXIT_OK
        with ProgressLine("importing") as progress:
            result = apply_import(database, plan, progress=progress)
        written = write_rejected_rows(plan) if rejected else None
    print(
        f"Imported {args.file} into “{event.title}”: {result.added} added, "
        f"{result.updated} updated, {result.skipped} skipped"
        f"{_created(result.organizations_created, result.topics_created)}."
    )
    if written is not None:
        print(
            f"Left out {len(rejected)} invalid row{'s' if len(rejected) != 1 else ''}; "
            f"they are listed with the reason in {written}."
        )
    return EXIT_OK


def _print_import_warnings(plan: ImportPlan) -> None:
    """The plan's warnings, one line each; rows left out for an unknown status word as
    one line per word rather than per row."""
    from confdesk.domain.importing.plan import UNKNOWN_STATUS_LEFT_OUT

    for warning in plan.warnings:
        if warning.code != UNKNOWN_STATUS_LEFT_OUT:
            print(f"warning: {warning.describe()}")
    for word, lines in plan.unknown_statuses.items():
        shown = ", ".join(str(line) for line in lines[:5]) + (", …" if len(lines) > 5 else "")
        count = f"{len(lines)} row{'s' if len(lines) != 1 else ''}"
        print(
            f"warning: status “{word}” (row{'s' if len(lines) != 1 else ''} {shown}) is not "
            f'one confdesk knows; {count} left out — add --status "{word}=registered" '
            "(or waitlisted, cancelled) to import them."
        )


def _print_dry_run(plan: ImportPlan, event_title: str) -> None:
    from confdesk.domain.importing import RowAction

    source = plan.source
    print(
        f"{source.path}: {source.description}; header in row {source.header_line}; "
        f"{len(plan.rows)} rows for “{event_title}”."
    )
    print("Columns:")
    width = max(len(column.header) for column in plan.columns) + 2
    for column in plan.columns:
        print(f"  {('“' + column.header + '”').ljust(width)} → {column.describe()}")
    print("Preview:")
    for line, texts in plan.preview(5):
        shown = ", ".join(f"{name}={value!r}" for name, value in texts.items() if value)
        print(f"  row {line}: {shown}")
    matched = [row for row in plan.rows if row.matches]
    for row in matched[:_SHOWN_MATCHES]:
        names = ", ".join(
            f"{m.name} (#{m.registration_id}, {_MATCH_REASONS[m.reason]})" for m in row.matches
        )
        print(f"  row {row.line} matches {names}: {row.action}")
    if len(matched) > _SHOWN_MATCHES:
        print(f"  … and {len(matched) - _SHOWN_MATCHES} more rows matching registrations")
    print(
        f"Would add {plan.count(RowAction.ADD)}, update {plan.count(RowAction.UPDATE)}, "
        f"skip {plan.count(RowAction.SKIP)}"
        f"{_created(len(plan.new_organizations), len(plan.new_topics), 'would create')}."
    )


def _created(organizations: int, topics: int, verb: str = "created") -> str:
    parts = [
        f"{count} new {noun}{'s' if count != 1 else ''}"
        for count, noun in ((organizations, "organisation"), (topics, "topic"))
        if count
    ]
    return f"; {verb} {' and '.join(parts)}" if parts else ""
