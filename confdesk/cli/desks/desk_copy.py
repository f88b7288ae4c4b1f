"""confdesk desk-copy: the organiser's file, copied for another desk of the event."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.cli.common import EXIT_OK, current_event, say
from confdesk.words.command_line import Said


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    desk_copy = commands.add_parser("desk-copy", help=say(Said.HELP_DESK_COPY))
    desk_copy.add_argument("out", metavar="OUT.sqlite", help=say(Said.HELP_DESK_COPY_OUT))
    desk_copy.add_argument("--desk", metavar="NAME", help=say(Said.HELP_DESK_COPY_DESK))


def run(args: argparse.Namespace) -> int:
    from confdesk.domain.sync.desk_copy import make_desk_copy
    from confdesk.settings import DESK_NAME, Settings

    desk_name = args.desk if args.desk is not None else Settings().get(DESK_NAME)
    with current_event(args.db) as (database, event):
        copy = make_desk_copy(database, Path(args.out), desk_name=desk_name)
    print(say(Said.DESK_COPY_WRITTEN, title=event.title, path=copy.path, desk=copy.desk_uuid))
    return EXIT_OK
