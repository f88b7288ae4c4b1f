"""confdesk import: registrations from CSV or XLSX, all rows or none."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from confdesk.cli.common import (
    EXIT_OK,
    ProgressLine,
    count,
    current_event,
    explain_code,
    fail,
    language,
    say,
)
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun

if TYPE_CHECKING:
    from confdesk.domain.importing import ImportPlan
    from confdesk.domain.importing.plan import Problem

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
    "email": Said.MATCH_EMAIL,
    "name": Said.MATCH_NAME,
    "email_and_name": Said.MATCH_EMAIL_AND_NAME,
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import_ = commands.add_parser("import", help=say(Said.HELP_IMPORT))
    import_.add_argument("file", metavar="FILE", help=say(Said.HELP_IMPORT_FILE))
    import_.add_argument("--dry-run", action="store_true", help=say(Said.HELP_IMPORT_DRY_RUN))
    import_.add_argument(
        "--map",
        action="append",
        default=[],
        dest="mappings",
        metavar="HEADER=field",
        help=say(Said.HELP_IMPORT_MAP, fields=IMPORT_FIELDS),
    )
    import_.add_argument(
        "--existing",
        choices=_EXISTING_CHOICES,
        default="skip",
        help=say(Said.HELP_IMPORT_EXISTING),
    )
    import_.add_argument(
        "--sheet",
        metavar="NAME",
        help=say(Said.HELP_IMPORT_SHEET),
    )
    import_.add_argument(
        "--status",
        action="append",
        default=[],
        dest="status_words",
        metavar="WORD=status",
        help=say(Said.HELP_IMPORT_STATUS),
    )
    import_.add_argument(
        "--skip-invalid",
        action="store_true",
        help=say(Said.HELP_IMPORT_SKIP_INVALID),
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
        with ProgressLine(Said.PROGRESS_CHECKING) as progress:
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
                print(f"confdesk: {_describe(problem)}", file=sys.stderr)
            rows = len({problem.line for problem in blocking if problem.line})
            fail(
                say(
                    Said.IMPORT_WOULD_BE_BLOCKED if args.dry_run else Said.IMPORT_BLOCKED,
                    problems=count(len(blocking), Noun.PROBLEM),
                    rows=count(rows, Noun.ROW),
                    file=args.file,
                    mapping=say(Said.IMPORT_BLOCKED_MAPPING) if plan.problems else "",
                    skip_invalid=say(Said.IMPORT_BLOCKED_SKIP_INVALID) if rows else "",
                )
            )
        rejected = plan.rejected_rows() if args.skip_invalid else []
        if args.dry_run:
            if rejected:
                print(
                    say(
                        Said.IMPORT_WOULD_LEAVE_OUT,
                        rows=count(len(rejected), Noun.INVALID_ROW),
                        path=rejected_rows_path(plan.source.path),
                    )
                )
            return EXIT_OK
        with ProgressLine(Said.PROGRESS_IMPORTING) as progress:
            result = apply_import(database, plan, progress=progress)
        written = write_rejected_rows(plan) if rejected else None
    print(
        say(
            Said.IMPORTED,
            file=args.file,
            title=event.title,
            added=result.added,
            updated=result.updated,
            skipped=result.skipped,
            created=_created(result.organizations_created, result.topics_created),
        )
    )
    if written is not None:
        print(say(Said.IMPORT_LEFT_OUT, rows=count(len(rejected), Noun.INVALID_ROW), path=written))
    return EXIT_OK


def _print_import_warnings(plan: ImportPlan) -> None:
    """The plan's warnings, one line each; rows left out for an unknown status word as
    one line per word rather than per row."""
    from confdesk.domain.importing.plan import UNKNOWN_STATUS_LEFT_OUT

    for warning in plan.warnings:
        if warning.code != UNKNOWN_STATUS_LEFT_OUT:
            print(say(Said.WARNING, message=_describe(warning)))
    for word, lines in plan.unknown_statuses.items():
        shown = ", ".join(str(line) for line in lines[:5]) + (", …" if len(lines) > 5 else "")
        rows = count(len(lines), Noun.ROW)
        where = say(Said.PROBLEM_IN_ROW if len(lines) == 1 else Said.IN_ROWS, line=shown,
                    lines=shown)  # fmt: skip
        message = say(Said.IMPORT_UNKNOWN_STATUS, word=word, where=where, rows=rows)
        print(say(Said.WARNING, message=message))


def _describe(problem: Problem) -> str:
    """ "row 4, column “E-Mail”: …" in the command line's language."""
    where = (
        say(Said.PROBLEM_IN_ROW, line=problem.line) if problem.line else say(Said.PROBLEM_IN_FILE)
    )
    if problem.column:
        where += say(Said.PROBLEM_IN_COLUMN, column=problem.column)
    message = explain_code(problem.code, problem.params, problem.message)
    return say(Said.PROBLEM, where=where, message=message)


def _print_dry_run(plan: ImportPlan, event_title: str) -> None:
    from confdesk.domain.importing import RowAction

    source = plan.source
    print(
        say(
            Said.DRY_RUN_SOURCE,
            path=source.path,
            description=source.describe(language()),
            header_line=source.header_line,
            rows=count(len(plan.rows), Noun.ROW),
            title=event_title,
        )
    )
    print(say(Said.DRY_RUN_COLUMNS))
    width = max(len(column.header) for column in plan.columns) + 2
    for column in plan.columns:
        print(f"  {('“' + column.header + '”').ljust(width)} → {column.describe(language())}")
    print(say(Said.DRY_RUN_PREVIEW))
    for line, texts in plan.preview(5):
        shown = ", ".join(f"{name}={value!r}" for name, value in texts.items() if value)
        print(say(Said.DRY_RUN_ROW, line=line, values=shown))
    matched = [row for row in plan.rows if row.matches]
    for row in matched[:_SHOWN_MATCHES]:
        names = ", ".join(
            f"{m.name} (#{m.registration_id}, {say(_MATCH_REASONS[m.reason])})" for m in row.matches
        )
        print(say(Said.DRY_RUN_MATCH, line=row.line, names=names, action=row.action))
    if len(matched) > _SHOWN_MATCHES:
        more = count(len(matched) - _SHOWN_MATCHES, Noun.ROW)
        print(say(Said.DRY_RUN_MORE_MATCHES, rows=more))
    print(
        say(
            Said.DRY_RUN_TOTALS,
            added=plan.count(RowAction.ADD),
            updated=plan.count(RowAction.UPDATE),
            skipped=plan.count(RowAction.SKIP),
            created=_created(
                len(plan.new_organizations), len(plan.new_topics), Said.IMPORT_WOULD_CREATE
            ),
        )
    )


def _created(organizations: int, topics: int, verb: Said = Said.IMPORT_CREATED) -> str:
    """ "; created 2 new organisations and 1 new topic", or nothing."""
    parts = [
        count(number, noun)
        for number, noun in ((organizations, Noun.NEW_ORGANISATION), (topics, Noun.NEW_TOPIC))
        if number
    ]
    if not parts:
        return ""
    what = parts[0] if len(parts) == 1 else say(Said.AND, first=parts[0], second=parts[1])
    return say(verb, what=what)
