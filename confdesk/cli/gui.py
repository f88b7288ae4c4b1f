"""confdesk gui: open the window (the default command)."""

from __future__ import annotations

import argparse

from confdesk.cli.common import say
from confdesk.words.command_line import Said


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser("gui", help=say(Said.HELP_GUI))


def run(args: argparse.Namespace) -> int:
    # The database layer (SQLAlchemy and our models) is imported before Qt on purpose:
    # once PySide6 is imported, its import hook reads the source of every module
    # imported after it (shibokensupport feature_imported → inspect.getsource), which
    # made SQLAlchemy's import cost a second of a cold start (cProfile, issue 20).
    import confdesk.db.database  # noqa: F401
    from confdesk.ui.shell.app import run_gui

    return run_gui(database_arg=args.db, quit_after=args.quit_after)
