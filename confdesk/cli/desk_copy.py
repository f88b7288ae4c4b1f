"""confdesk desk-copy: the organiser's file, copied for another desk of the event."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.cli.common import EXIT_OK, current_event


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    desk_copy = commands.add_parser(
        "desk-copy",
        help="copy the database for another desk of the event (a desk of its own; "
        "desks exchange check-ins with 'confdesk sync')",
    )
    desk_copy.add_argument("out", metavar="OUT.sqlite", help="the new file; must not exist")
    desk_copy.add_argument(
        "--desk", metavar="NAME", help="this desk's name, as the copy will know it"
    )


def run(args: argparse.Namespace) -> int:
    from confdesk.domain.sync.desk_copy import make_desk_copy
    from confdesk.settings import DESK_NAME, Settings

    desk_name = args.desk if args.desk is not None else Settings().get(DESK_NAME)
    with current_event(args.db) as (database, event):
        copy = make_desk_copy(database, Path(args.out), desk_name=desk_name)
    print(
        f"Wrote a desk copy of “{event.title}” to {copy.path} (desk {copy.desk_uuid}). "
        "Open it on the other desk's laptop; exchange check-ins with 'confdesk sync'."
    )
    return EXIT_OK
