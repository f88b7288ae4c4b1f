"""confdesk demo: the demo conference into the database."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from confdesk.cli.common import (
    EXIT_OK,
    positive_int,
)
from confdesk.paths import resolve_database_path

if TYPE_CHECKING:
    pass


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="create the demo conference in the database")
    demo.add_argument("--attendees", type=positive_int, default=180, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing when the database already holds an event",
    )


def run(args: argparse.Namespace) -> int:
    from confdesk.db.database import open_database
    from confdesk.domain.demo.conference import create_demo_event
    from confdesk.domain.events.service import EventService

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
        f"{summary.signups} workshop sign-ups, {summary.wishes} workshop wishes."
    )
    return EXIT_OK
