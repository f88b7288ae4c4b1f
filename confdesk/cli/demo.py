"""confdesk demo: the demo conference into the database."""

from __future__ import annotations

import argparse

from confdesk.cli.common import EXIT_OK, count, positive_int, say
from confdesk.paths import resolve_database_path
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help=say(Said.HELP_DEMO))
    demo.add_argument("--attendees", type=positive_int, default=180, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--arrivals",
        action="store_true",
        help=say(Said.HELP_DEMO_ARRIVALS),
    )
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help=say(Said.HELP_DEMO_IF_EMPTY),
    )


def run(args: argparse.Namespace) -> int:
    from confdesk.db.database import open_database
    from confdesk.domain.demo.conference import create_demo_event
    from confdesk.domain.events.service import EventService

    database = open_database(resolve_database_path(args.db))
    try:
        if args.if_empty and EventService(database).list_events():
            print(say(Said.DEMO_NOT_EMPTY, path=database.path))
            return EXIT_OK
        summary = create_demo_event(
            database, attendees=args.attendees, seed=args.seed, arrivals=args.arrivals
        )
    finally:
        database.close()
    print(
        say(
            Said.DEMO_ARRIVALS_CREATED if args.arrivals else Said.DEMO_CREATED,
            title=summary.title,
            path=database.path,
            registrations=count(summary.registrations, Noun.REGISTRATION),
            organisations=count(summary.organizations, Noun.ORGANISATION),
            sessions=count(summary.sessions, Noun.SESSION),
            signups=count(summary.signups, Noun.SIGNUP),
            checkins=count(summary.checkins, Noun.CHECKIN),
            wishes=count(summary.wishes, Noun.WISH),
        )
    )
    return EXIT_OK
