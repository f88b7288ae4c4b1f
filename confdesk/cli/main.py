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
from confdesk.cli import backups, demo, gui
from confdesk.cli.agenda import assign_workshops, programme
from confdesk.cli.checkin import scanning
from confdesk.cli.common import (
    EXIT_USAGE,
    EXIT_USER_ERROR,
    explain,
    fail,
    non_negative_float,
    say,
)
from confdesk.cli.desks import desk_copy, sync
from confdesk.cli.printing import badges, certificates
from confdesk.cli.registrations import export
from confdesk.cli.registrations import importing as import_
from confdesk.cli.reports import bench, report
from confdesk.errors import UserError
from confdesk.logs import log_unexpected, log_user_error, setup_logging
from confdesk.paths import DATABASE_ENV
from confdesk.words.command_line import Said

log = logging.getLogger(__name__)
# In the order `confdesk --help` lists them.
COMMANDS = {
    "gui": gui,
    "demo": demo,
    "import": import_,
    "export": export,
    "checkin": scanning,
    "badges": badges,
    "certificates": certificates,
    "agenda": programme,
    "report": report,
    "assign-workshops": assign_workshops,
    "backups": backups,
    "desk-copy": desk_copy,
    "sync": sync,
    "bench": bench,
}


class _Parser(argparse.ArgumentParser):
    """argparse prints the whole usage on a mistake; the contract is one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"confdesk: {say(Said.USAGE_MISTAKE, message=message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="confdesk", description=say(Said.PROGRAM))
    parser.add_argument("--version", action="version", version=f"confdesk {__version__}")
    parser.add_argument("--db", metavar="PATH", help=say(Said.HELP_DB, variable=DATABASE_ENV))
    parser.add_argument(
        "--quit-after",
        metavar="SECONDS",
        type=non_negative_float,
        help=say(Said.HELP_QUIT_AFTER),
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
        fail(explain(error))
    except KeyboardInterrupt:
        log.info("%s interrupted", command)
        fail(say(Said.INTERRUPTED))
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
        where = say(Said.UNEXPECTED_LOG, path=log_file) if log_file else ""
        fail(say(Said.UNEXPECTED, command=command, what=what, where=where))
