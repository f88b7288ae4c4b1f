"""The command line: the same core services as the GUI, without Qt.

Contract (DESIGN.md): every command works on ``--db PATH`` (or ``CONFDESK_DB``, or the
default file); a user mistake is one line on stderr and a non-zero exit, never a
traceback. Qt is imported only when the GUI starts.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from confdesk import __version__
from confdesk.errors import UserError
from confdesk.paths import DATABASE_ENV, resolve_database_path

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2


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

    bench = commands.add_parser("bench", help="measure performance against plain floors")
    bench.add_argument("--only", metavar="NAME,...", help="run only these scenarios")
    bench.add_argument("--scale", type=_positive_int, default=50_000, metavar="N")
    bench.add_argument("--json", metavar="FILE", dest="json_path")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    handler = _HANDLERS[command]
    try:
        return handler(args)
    except UserError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        _fail("interrupted.")
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


def _run_bench(args: argparse.Namespace) -> int:
    from confdesk.bench.runner import run_bench

    only = [name.strip() for name in args.only.split(",") if name.strip()] if args.only else None
    return run_bench(only=only, scale=args.scale, json_path=args.json_path)


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _run_gui,
    "demo": _run_demo,
    "bench": _run_bench,
}
