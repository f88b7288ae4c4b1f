"""The command line: the same core services as the GUI, without Qt.

Contract (DESIGN.md): every command works on ``--db PATH`` (or ``CONFDESK_DB``, or the
default file); a user mistake is one line on stderr and a non-zero exit, never a
traceback. Qt is imported only when the GUI starts.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

from confdesk import __version__
from confdesk.errors import UserError
from confdesk.logs import log_unexpected, log_user_error, setup_logging
from confdesk.paths import DATABASE_ENV, resolve_database_path
from confdesk.print.stocks import DEFAULT_STOCK

if TYPE_CHECKING:
    from confdesk.core.checkin import Attendee, ScanResult
    from confdesk.core.events import EventData
    from confdesk.core.importing import ImportPlan
    from confdesk.db.database import Database
    from confdesk.db.storage_faults import StorageError

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
# A scan that was read and logged but not accepted (already checked in, cancelled, invalid…).
EXIT_NOT_ACCEPTED = 3
_EXISTING_CHOICES = ("skip", "update", "add")
# The fields of confdesk.core.importing.ImportField, spelled out so that the parser does
# not import the database layer (a test keeps the two equal).
IMPORT_FIELDS = (
    "title", "salutation", "given_name", "family_name", "full_name", "email", "phone",
    "organization", "position", "category", "status", "dietary_needs",
    "accessibility_needs", "photo_consent", "attendee_list_consent", "notes", "topics",
    "ignore",
)  # fmt: skip
# Rows matching existing registrations listed by a dry run.
_SHOWN_MATCHES = 20
log = logging.getLogger(__name__)
_MATCH_REASONS = {
    "email": "same e-mail",
    "name": "same name and organisation",
    "email_and_name": "same e-mail and name",
}


class _Parser(argparse.ArgumentParser):
    """argparse prints the whole usage on a mistake; the contract is one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"confdesk: {message} (see 'confdesk --help')\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def _offset(text: str) -> tuple[float, float]:
    try:
        x, y = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an offset like 1.5,-0.5 (millimetres right, down)"
        ) from None
    return x, y


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="confdesk", description="The on-site conference desk.")
    parser.add_argument("--version", action="version", version=f"confdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=f"database file (default: ${DATABASE_ENV} or your data folder)"
    )
    parser.add_argument(
        "--quit-after",
        metavar="SECONDS",
        type=_non_negative_float,
        help="GUI only: quit by itself this many seconds after the window is shown",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("gui", help="open the application (the default)")

    demo = commands.add_parser("demo", help="create the demo conference in the database")
    demo.add_argument("--attendees", type=_positive_int, default=180, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing when the database already holds an event",
    )

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

    export = commands.add_parser(
        "export", help="export the event's registrations (personal data) to CSV or XLSX"
    )
    export.add_argument("file", metavar="FILE.csv|FILE.xlsx")

    checkin = commands.add_parser(
        "checkin",
        help="check in the person a scanned code names (exit 0 only when accepted)",
        description="Check in by code. The result is printed once the check-in is on disk. "
        "Exit status: 0 accepted, 3 read but not accepted (already checked in, cancelled, "
        "waitlisted, unknown, invalid, revoked, wrong_event), 1 an error or a scan not "
        "stored (storage_error), 2 a usage mistake.",
    )
    source = checkin.add_mutually_exclusive_group(required=True)
    source.add_argument("code", nargs="?", metavar="CODE", help="the code as the QR holds it")
    source.add_argument(
        "--stdin",
        action="store_true",
        help="read one code per line (a scanner pipe) and answer each with one line",
    )
    checkin.add_argument(
        "--session", type=_positive_int, metavar="ID", help="check in at this agenda session's door"
    )
    checkin.add_argument("--json", action="store_true", help="one JSON object per result")
    checkin.add_argument("--desk", metavar="NAME", help="this desk's name (default: the setting)")
    checkin.add_argument("--operator", metavar="NAME", help="who scans (default: the setting)")

    badges = commands.add_parser(
        "badges",
        help="print the event's name badges into a PDF and record them as printed",
        description="Write the badges of everyone registered (by name) into OUT.pdf, print a "
        "summary (badges, pages, stock, which names had to shrink below a readable size) "
        "and record the badges as printed, so --only-unprinted skips them next time.",
    )
    badges.add_argument("out", nargs="?", metavar="OUT.pdf")
    badges.add_argument("--stock", default=DEFAULT_STOCK, metavar="NAME",
                        help="the paper or labels (see --list-stocks; "
                        f"default {DEFAULT_STOCK})")  # fmt: skip
    badges.add_argument("--list-stocks", action="store_true", help="list the stocks and exit")
    badges.add_argument("--only-unprinted", action="store_true",
                        help="only people whose badge was not printed yet")  # fmt: skip
    badges.add_argument("--start-at", type=_positive_int, default=1, metavar="N",
                        help="leave the first N-1 labels of a used sheet empty")  # fmt: skip
    badges.add_argument("--back", action="store_true",
                        help="add a back page per sheet: each person's own programme")  # fmt: skip
    badges.add_argument("--offset", type=_offset, default=(0.0, 0.0), metavar="X,Y",
                        help="move everything by X mm right and Y mm down "
                        "(measured with the calibration page)")  # fmt: skip
    badges.add_argument("--calibration", action="store_true",
                        help="write the stock's calibration page to OUT.pdf instead")  # fmt: skip

    certificates = commands.add_parser(
        "certificates",
        help="certificates of attendance for everyone checked in",
        description="One merged PDF when OUT ends in .pdf, otherwise a folder with one PDF "
        "per person. Lists the sessions each person was checked in at, with total hours.",
    )
    certificates.add_argument("out", metavar="OUT.pdf|DIR", nargs="?")
    certificates.add_argument(
        "--verify", metavar="CODE",
        help="instead of writing: say whose certificate carries this verification code "
        "(exit 0), or that none of this event does (exit 3)",
    )  # fmt: skip
    certificates.add_argument("--language", choices=("de", "en"), default=None,
                              help="default: the event's language")  # fmt: skip

    agenda = commands.add_parser(
        "agenda",
        help="the programme as a PDF or an iCalendar file",
        description="OUT.pdf: the printed programme, by day, parallel sessions side by side. "
        "OUT.ics: an iCalendar file with every session. Door signs and participant lists "
        "on request.",
    )
    agenda.add_argument("out", metavar="OUT.pdf|OUT.ics")
    agenda.add_argument(
        "--door-signs",
        metavar="OUT.pdf|DIR",
        help="a door sign per room and day: one PDF, or one file each in DIR",
    )
    agenda.add_argument("--participants", metavar="OUT.pdf",
                        help="a participant list per session that takes sign-ups")  # fmt: skip

    backups = commands.add_parser(
        "backups", help="list the database's backups, or restore one in its place"
    )
    backups.add_argument(
        "--restore",
        nargs="?",
        const="newest",
        metavar="BACKUP",
        help="put the newest good backup (or the file BACKUP) in the database's place; "
        "the file it replaces is kept beside it",
    )

    bench = commands.add_parser("bench", help="measure performance against plain floors")
    bench.add_argument("--only", metavar="NAME,...", help="run only these scenarios")
    bench.add_argument("--scale", type=_positive_int, default=50_000, metavar="N")
    bench.add_argument("--json", metavar="FILE", dest="json_path")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    log_file = setup_logging()
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    handler = _HANDLERS[command]
    log.info("confdesk %s: %s", __version__, command)
    if command != "gui":
        from confdesk.db.file_lock import set_program

        set_program(command)
    try:
        return handler(args)
    except UserError as error:
        log_user_error(error, command)
        _fail(str(error))
    except KeyboardInterrupt:
        log.info("%s interrupted", command)
        _fail("interrupted.")
    except Exception as error:
        # A bug: the traceback goes to the log, the person at the desk gets one line.
        log_unexpected(error, f"the command {command}")
        what = type(error).__name__
        message = str(error).strip().splitlines()
        if message:  # its first line: a database error's next lines quote the statement
            what += f": {message[0][:200]}"
        where = f"; the details are in {log_file}" if log_file else ""
        _fail(f"an unexpected error stopped {command} ({what}){where}.")
    return EXIT_USER_ERROR


def _fail(message: str) -> NoReturn:
    print(f"confdesk: {message}", file=sys.stderr)
    raise SystemExit(EXIT_USER_ERROR)


def _run_gui(args: argparse.Namespace) -> int:
    from confdesk.ui.app import run_gui

    return run_gui(database_arg=args.db, quit_after=args.quit_after)


def _run_demo(args: argparse.Namespace) -> int:
    from confdesk.core.demo import create_demo_event
    from confdesk.core.events import EventService
    from confdesk.db.database import open_database

    database = open_database(resolve_database_path(args.db))
    try:
        if args.if_empty and EventService(database).list_events():
            print(f"{database.path} already holds an event; nothing to do.")
            return EXIT_OK
        summary = create_demo_event(database, attendees=args.attendees, seed=args.seed)
    finally:
        database.close()
    print(
        f"Created “{summary.title}” in {database.path}: {summary.registrations} registrations, "
        f"{summary.organizations} organizations, {summary.sessions} sessions, "
        f"{summary.signups} workshop sign-ups."
    )
    return EXIT_OK


@contextmanager
def _current_event(database_arg: str | None) -> Iterator[tuple[Database, EventData]]:
    """The database and the event the desk works on (the one the GUI shows, else the
    newest), the database closed when the block ends. A missing database file is not
    created just to say it holds no event."""
    from confdesk.core.events import EventService
    from confdesk.db.database import open_database
    from confdesk.settings import CURRENT_EVENT_UUID, Settings

    path = resolve_database_path(database_arg)
    if not path.exists():
        raise UserError(
            f"There is no confdesk database at {path}; create an event in the app or run "
            "'confdesk demo' first.",
            code="no_database",
            path=str(path),
        )
    database = open_database(path)
    try:
        event = EventService(database).current(Settings().get(CURRENT_EVENT_UUID))
        if event is None:
            raise UserError(
                f"{path} holds no event; create one in the app or run 'confdesk demo' first.",
                code="no_event",
                path=str(path),
            )
        yield database, event
    finally:
        database.close()


def _run_import(args: argparse.Namespace) -> int:
    from confdesk.core.importing import (
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
    with _current_event(args.db) as (database, event):
        with _ProgressLine("checking") as progress:
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
            _fail(
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
        with _ProgressLine("importing") as progress:
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
    from confdesk.core.importing.plan import UNKNOWN_STATUS_LEFT_OUT

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
    from confdesk.core.importing import RowAction

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


def _run_export(args: argparse.Namespace) -> int:
    from confdesk.core.exporting import ExportFormat, export_format_for, export_registrations

    export_format = export_format_for(args.file)
    with _current_event(args.db) as (database, event), _ProgressLine("exporting") as progress:
        summary = export_registrations(database, event.id, args.file, progress=progress)
    kind = "CSV, UTF-8, ';'" if export_format is ExportFormat.CSV else "Excel workbook"
    print(f"Exported {summary.rows} registrations of “{event.title}” to {summary.path} ({kind}).")
    print(f"Columns: {', '.join(summary.columns)}.")
    print("The file holds personal data: share it only as the attendees agreed, delete it after.")
    return EXIT_OK


class _ProgressLine:
    """A percentage on stderr while long work runs, only when a person watches it (a
    terminal); pipes and logs get nothing."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._shown = False
        self._enabled = sys.stderr.isatty()

    def __enter__(self) -> Callable[[int, int], None]:
        return self._report

    def __exit__(self, *_exc: object) -> None:
        if self._shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)

    def _report(self, done: int, total: int) -> None:
        if self._enabled:
            shown = f"{100 * done // total}%" if total else "…"
            print(f"\rconfdesk: {self._label} {shown}", end="", file=sys.stderr, flush=True)
            self._shown = True


def _run_checkin(args: argparse.Namespace) -> int:
    """Every code read gets one answer line, a storage failure too (``storage_error`` with
    its kind: nothing of that scan was recorded). The run carries on with the next line,
    since a lock or a full disk may pass; a damaged or vanished file answers every
    following line the same way. Exit 1 when any scan could not be stored."""
    from confdesk.core.checkin import CheckinDesk, DeskIdentity
    from confdesk.db.models import CheckinSource
    from confdesk.db.storage_faults import StorageError
    from confdesk.settings import DESK_NAME, OPERATOR_NAME, Settings

    settings = Settings()
    identity = DeskIdentity(
        desk=args.desk if args.desk is not None else settings.get(DESK_NAME),
        operator=args.operator if args.operator is not None else settings.get(OPERATOR_NAME),
    )
    codes = _stdin_lines() if args.stdin else iter((args.code,))
    try:
        with (
            _current_event(args.db) as (database, event),
            CheckinDesk(database, event.id, identity) as desk,
        ):
            all_accepted = True
            not_stored = False
            for code in codes:
                try:
                    result = desk.check_in(
                        code, CheckinSource.COMMAND_LINE, session_id=args.session
                    )
                except StorageError as error:
                    print(_describe_not_stored(error, _who(desk, code), args.json), flush=True)
                    not_stored = True
                    continue
                # Written only now: check_in returns once the record is on disk.
                print(_describe_scan(result, args.json), flush=True)
                all_accepted = all_accepted and result.accepted
    except UserError as error:
        kind = _OPEN_FAULTS.get(error.code)
        if kind is None:
            raise
        # The file cannot be used at all: still one answer per code read.
        if args.stdin:
            print(f"confdesk: {error}", file=sys.stderr, flush=True)
        for _code in codes:
            print(_describe_failure(kind, str(error), None, args.json), flush=True)
        return EXIT_USER_ERROR
    if not_stored:
        return EXIT_USER_ERROR
    return EXIT_OK if all_accepted else EXIT_NOT_ACCEPTED


# Why a file could not be opened, as a storage fault kind (DatabaseError codes).
_OPEN_FAULTS = {
    "locked": "locked",
    "read_only": "read_only",
    "disk_full": "disk_full",
    "io_error": "io_error",
    "damaged": "damaged",
    "no_version": "damaged",
    "cannot_open": "file_gone",
    "storage_locked": "locked",
    "storage_read_only": "read_only",
    "storage_disk_full": "disk_full",
    "storage_io_error": "io_error",
    "storage_damaged": "damaged",
    "storage_file_gone": "file_gone",
}


def _who(desk: object, code: str) -> Attendee | None:
    """The person a code names, read without writing (None when that fails too)."""
    from confdesk.core.checkin import CheckinDesk

    assert isinstance(desk, CheckinDesk)
    try:
        return desk.who(code)
    except UserError:
        return None


def _describe_not_stored(error: StorageError, attendee: Attendee | None, as_json: bool) -> str:
    return _describe_failure(error.fault.value, str(error), attendee, as_json)


def _describe_failure(kind: str, message: str, attendee: Attendee | None, as_json: bool) -> str:
    import json

    if as_json:
        data: dict[str, object] = {"status": "storage_error", "kind": kind, "message": message}
        if attendee is not None:
            data["registration"] = {
                "id": attendee.registration_id,
                "uuid": attendee.uuid,
                "name": attendee.full_name,
                "organization": attendee.organization,
                "category": attendee.category,
            }
        return json.dumps(data, ensure_ascii=False)
    who = f"{attendee.full_name}: " if attendee is not None else ""
    return f"storage_error ({kind}): {who}{message}"


def _stdin_lines() -> Iterator[str]:
    """Codes from a scanner pipe: one per line, blank lines skipped. Bytes that are not
    UTF-8 become replacement characters, which no code contains, so they read as invalid."""
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", errors="replace").strip()
        if line:
            yield line


def _describe_scan(result: ScanResult, as_json: bool) -> str:
    import json

    if as_json:
        return json.dumps(result.as_json(), ensure_ascii=False)
    status = result.status.value
    attendee = result.attendee
    if attendee is None:
        return status
    details = attendee.full_name
    if attendee.organization:
        details += f", {attendee.organization}"
    details += f" ({attendee.category})"
    if result.previous is not None:
        details += f"; since {result.previous.occurred_at:%Y-%m-%d %H:%M} UTC" + (
            f" at {result.previous.desk}" if result.previous.desk else ""
        )
    if result.load is not None:
        capacity = result.load.session.capacity
        details += f"; {result.load.present} present" + (f" of {capacity}" if capacity else "")
        if result.load.over_capacity:
            details += ", over capacity"
        if not result.signed_up:
            details += ", not signed up"
    return f"{status}: {details}"


def _run_badges(args: argparse.Namespace) -> int:
    from pathlib import Path

    from confdesk.core.print_records import record_prints
    from confdesk.db.models import PrintKind
    from confdesk.print.badges import calibration_page, render_badges
    from confdesk.print.stocks import STOCKS, get_stock
    from confdesk.settings import DESK_NAME, Settings

    if args.list_stocks:
        for stock in STOCKS.values():
            print(f"{stock.name:15} {stock.describe()}")
        return EXIT_OK
    if not args.out:
        _fail("name the PDF to write, e.g. 'confdesk badges badges.pdf'.")
    stock = get_stock(args.stock)
    if args.calibration:
        calibration_page(Path(args.out), stock=stock.name, offset_mm=args.offset)
        print(f"Wrote the calibration page for {stock.name} to {args.out}.")
        return EXIT_OK
    with _current_event(args.db) as (database, event):
        with _ProgressLine("drawing badges") as progress:
            run = render_badges(
                database,
                event.id,
                Path(args.out),
                stock=stock.name,
                only_unprinted=args.only_unprinted,
                start_at=args.start_at,
                offset_mm=args.offset,
                back_side=args.back,
                progress=progress,
            )
        record_prints(database, run.registration_ids, PrintKind.BADGE, stock=stock.name,
                      desk=Settings().get(DESK_NAME))  # fmt: skip
    print(
        f"Wrote {run.badges} badge{'s' if run.badges != 1 else ''} on {run.pages} "
        f"page{'s' if run.pages != 1 else ''} ({stock.name}: {stock.title}) to {args.out}; "
        "recorded as printed."
    )
    if run.shrunk:
        print(f"{len(run.shrunk)} text{'s' if len(run.shrunk) != 1 else ''} had to shrink "
              "below a readable size or be shortened:")  # fmt: skip
        for item in run.shrunk:
            shortened = ", shortened" if item.shortened else ""
            print(f"  #{item.registration_id} {item.name}: {item.field} at "
                  f"{item.font_size_pt:.1f} pt{shortened}")  # fmt: skip
    return EXIT_OK


def _run_certificates(args: argparse.Namespace) -> int:
    from pathlib import Path

    from confdesk.print.certificates import render_certificates

    if (args.out is None) == (args.verify is None):
        print("confdesk: certificates needs either OUT.pdf|DIR or --verify CODE (see 'confdesk "
              "certificates --help')", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    if args.verify is not None:
        return _verify_certificate(args)
    with (
        _current_event(args.db) as (database, event),
        _ProgressLine("drawing certificates") as progress,
    ):
        run = render_certificates(
            database, event.id, Path(args.out),
            language=args.language or event.language, progress=progress,
        )  # fmt: skip
    where = args.out if len(run.paths) == 1 and args.out.lower().endswith(".pdf") else (
        f"{len(run.paths)} files in {args.out}"
    )  # fmt: skip
    plural = "s" if run.certificates != 1 else ""
    print(f"Wrote {run.certificates} certificate{plural} of attendance ({run.pages} pages) "
          f"to {where}.")  # fmt: skip
    return EXIT_OK


def _verify_certificate(args: argparse.Namespace) -> int:
    from confdesk.print.certificate_codes import read_certificate_code, written_code
    from confdesk.print.certificate_data import find_certificate
    from confdesk.print.certificate_texts import TEXTS

    with _current_event(args.db) as (database, event):
        certificate = find_certificate(database, event.id, args.verify)
    if certificate is None:
        digest = read_certificate_code(args.verify)
        assert digest is not None  # find_certificate refuses what cannot be a code
        print(f"No certificate of {event.title} carries the code {written_code(digest)}: it "
              "was not issued from this database, or the person's attendance has changed "
              "since.")  # fmt: skip
        return EXIT_NOT_ACCEPTED
    organization = f" ({certificate.organization})" if certificate.organization else ""
    sessions = len(certificate.sessions)
    print(f"Genuine: {certificate.code} is the certificate of {certificate.full_name}"
          f"{organization} for {event.title}, {sessions} session{'s' if sessions != 1 else ''}, "
          f"{TEXTS['en'].hours(certificate.total)} hours.")  # fmt: skip
    return EXIT_OK


def _run_agenda(args: argparse.Namespace) -> int:
    from pathlib import Path

    from confdesk.print.agenda_outputs import (
        write_door_signs,
        write_participant_lists,
        write_programme,
    )

    if args.participants and not args.participants.lower().endswith(".pdf"):
        raise UserError(f"--participants {args.participants}: the lists are written as a .pdf.")
    with _current_event(args.db) as (database, event):
        run = write_programme(database, event.id, Path(args.out))
        pages = f" ({run.programme_pages} pages)" if run.programme_pages else ""
        print(f"Wrote the programme with {run.sessions} sessions{pages} to {args.out}.")
        if args.door_signs:
            files = write_door_signs(database, event.id, Path(args.door_signs))
            where = args.door_signs if files == 1 else f"{files} files in {args.door_signs}"
            print(f"Wrote the door signs to {where}.")
        if args.participants:
            with _ProgressLine("writing participant lists") as progress:
                lists, list_pages = write_participant_lists(
                    database, event.id, Path(args.participants), progress=progress
                )
            print(f"Wrote {lists} participant lists ({list_pages} pages) to {args.participants}.")
    return EXIT_OK


def _run_bench(args: argparse.Namespace) -> int:
    from confdesk.bench.runner import run_bench

    only = [name.strip() for name in args.only.split(",") if name.strip()] if args.only else None
    return run_bench(only=only, scale=args.scale, json_path=args.json_path)


def _run_backups(args: argparse.Namespace) -> int:
    from pathlib import Path

    from confdesk.db import file_lock
    from confdesk.db.backups import backups_of, is_intact, newest_good_backup, restore_backup

    path = resolve_database_path(args.db)
    if args.restore is None:
        found = backups_of(path)
        if not found:
            print(f"There are no backups of {path}.")
        for backup in found:
            state = "good" if is_intact(backup) else "DAMAGED"
            print(f"{backup}  {backup.stat().st_size // 1024:,} KB  {state}")
        return EXIT_OK
    backup = newest_good_backup(path) if args.restore == "newest" else Path(args.restore)
    if backup is None:
        raise UserError(f"There is no good backup of {path}.", code="no_backup", path=path)
    if not is_intact(backup):
        raise UserError(
            f"{backup} is not a whole database; choose another backup.",
            code="backup_damaged",
            path=backup,
        )
    file_lock.acquire(path)  # nobody else may have the file while it is replaced
    try:
        aside = restore_backup(path, backup)
    finally:
        file_lock.release(path)
    print(f"Restored {path} from {backup}; the file it replaced is kept as {aside}.")
    return EXIT_OK


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _run_gui,
    "demo": _run_demo,
    "backups": _run_backups,
    "import": _run_import,
    "export": _run_export,
    "checkin": _run_checkin,
    "badges": _run_badges,
    "certificates": _run_certificates,
    "agenda": _run_agenda,
    "bench": _run_bench,
}
