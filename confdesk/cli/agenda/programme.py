"""confdesk agenda: the programme as PDF or iCalendar, door signs, participant lists."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.cli.common import EXIT_OK, ProgressLine, count, current_event, say
from confdesk.errors import UserError
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agenda = commands.add_parser(
        "agenda",
        help=say(Said.HELP_AGENDA),
        description=say(Said.DESCRIBE_AGENDA),
    )
    agenda.add_argument("out", metavar="OUT.pdf|OUT.ics")
    agenda.add_argument(
        "--door-signs",
        metavar="OUT.pdf|DIR",
        help=say(Said.HELP_AGENDA_DOOR_SIGNS),
    )
    agenda.add_argument("--participants", metavar="OUT.pdf",
                        help=say(Said.HELP_AGENDA_PARTICIPANTS))  # fmt: skip
    agenda.add_argument("--attendee-list", metavar="OUT.pdf",
                        help=say(Said.HELP_AGENDA_ATTENDEE_LIST))  # fmt: skip


def run(args: argparse.Namespace) -> int:

    from confdesk.output.agenda.outputs import (
        write_attendee_list,
        write_door_signs,
        write_participant_lists,
        write_programme,
    )

    if args.participants and not args.participants.lower().endswith(".pdf"):
        raise UserError(
            f"--participants {args.participants}: the lists are written as a .pdf.",
            code="participants_not_pdf",
            path=args.participants,
        )
    with current_event(args.db) as (database, event):
        run = write_programme(database, event.id, Path(args.out))
        pages = ""
        if run.programme_pages:
            pages = say(Said.IN_PARENTHESES, what=count(run.programme_pages, Noun.PAGE))
        sessions = count(run.sessions, Noun.SESSION)
        print(say(Said.PROGRAMME_WRITTEN, sessions=sessions, pages=pages, path=args.out))
        if args.door_signs:
            files = write_door_signs(database, event.id, Path(args.door_signs))
            where = args.door_signs
            if files != 1:
                where = say(Said.FILES_IN, files=count(files, Noun.FILE), folder=args.door_signs)
            print(say(Said.DOOR_SIGNS_WRITTEN, where=where))
        if args.participants:
            with ProgressLine(Said.PROGRESS_LISTS) as progress:
                lists, list_pages = write_participant_lists(
                    database, event.id, Path(args.participants), progress=progress
                )
            print(say(Said.LISTS_WRITTEN, lists=count(lists, Noun.LIST),
                      pages=count(list_pages, Noun.PAGE), path=args.participants))  # fmt: skip
        if args.attendee_list:
            named, unnamed, list_pages = write_attendee_list(
                database, event.id, Path(args.attendee_list)
            )
            print(say(Said.ATTENDEE_LIST_WRITTEN, pages=count(list_pages, Noun.PAGE),
                      path=args.attendee_list, named=named, unnamed=unnamed))  # fmt: skip
    return EXIT_OK
