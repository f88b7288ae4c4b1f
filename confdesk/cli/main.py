"""The command line: the same core services as the GUI, without Qt; one module per command
in this package, each with ``add_parser`` and ``run``.

Contract (DESIGN.md): every command works on ``--db PATH`` (or ``CONFDESK_DB``, or the
default file); a user mistake is one line on stderr and a non-zero exit, never a
traceback. Qt is imported only when the GUI starts; each command imports the services it
runs only when it runs.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from confdesk import __version__
from confdesk.cli import (
    agenda,
    assign_workshops,
    backups,
    badges,
    bench,
    certificates,
    checkin,
    demo,
    export,
    gui,
)
from confdesk.cli import importing as import_
from confdesk.cli.common import EXIT_USAGE, EXIT_USER_ERROR, fail, non_negative_float
from confdesk.errors import UserError
from confdesk.logs import log_unexpected, log_user_error, setup_logging
from confdesk.paths import DATABASE_ENV

log = logging.getLogger(__name__)
# In the order `confdesk --help` lists them.
COMMANDS = {
    "gui": gui,
    "demo": demo,
    "import": import_,
    "export": export,
    "checkin": checkin,
    "badges": badges,
    "certificates": certificates,
    "agenda": agenda,
    "assign-workshops": assign_workshops,
    "backups": backups,
    "bench": bench,
}


class _Parser(argparse.ArgumentParser):
    """argparse prints the whole usage on a mistake; the contract is one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"confdesk: {message} (see 'confdesk --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="confdesk", description="The on-site conference desk.")
    parser.add_argument("--version", action="version", version=f"confdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=f"database file (default: ${DATABASE_ENV} or your data folder)"
    )
    parser.add_argument(
        "--quit-after",
        metavar="SECONDS",
        type=non_negative_float,
        help="GUI only: quit by itself this many seconds after the window is shown",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    for command in COMMANDS.values():
        command.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    log_file = setup_logging()
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    handler = COMMANDS[command].run
    log.info("confdesk %s: %s", __version__, command)
    if command != "gui":
        from confdesk.db.file_lock import set_program

        set_program(command)
    try:
        return handler(args)
    except UserError as error:
        log_user_error(error, command)
        fail(str(error))
    except KeyboardInterrupt:
        log.info("%s interrupted", command)
        fail("interrupted.")
    except BrokenPipeError:
        # The reader went away (`confdesk export x.csv | head -1`): nothing more to say to
        # it, and Python must not complain while flushing stdout at exit either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_USER_ERROR
    except Exception as error:
        # A bug: the traceback goes to the log, the person at the desk gets one line.
        log_unexpected(error, f"the command {command}")
        what = type(error).__name__
        message = str(error).strip().splitlines()
        if message:  # its first line: a database error's next lines quote the statement
            what += f": {message[0][:200]}"
        where = f"; the details are in {log_file}" if log_file else ""
        fail(f"an unexpected error stopped {command} ({what}){where}.")
