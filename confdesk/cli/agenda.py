"""confdesk agenda: the programme as PDF or iCalendar, door signs, participant lists."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.cli.common import (
    EXIT_OK,
    ProgressLine,
    current_event,
)
from confdesk.errors import UserError

if TYPE_CHECKING:
    pass


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    agenda.add_argument("--attendee-list", metavar="OUT.pdf",
                        help="the list of participants for the attendees: name and "
                        "organisation of those who agreed to be listed")  # fmt: skip


def run(args: argparse.Namespace) -> int:

    from confdesk.output.agenda.outputs import (
        write_attendee_list,
        write_door_signs,
        write_participant_lists,
        write_programme,
    )

    if args.participants and not args.participants.lower().endswith(".pdf"):
        raise UserError(f"--participants {args.participants}: the lists are written as a .pdf.")
    with current_event(args.db) as (database, event):
        run = write_programme(database, event.id, Path(args.out))
        pages = f" ({run.programme_pages} pages)" if run.programme_pages else ""
        print(f"Wrote the programme with {run.sessions} sessions{pages} to {args.out}.")
        if args.door_signs:
            files = write_door_signs(database, event.id, Path(args.door_signs))
            where = args.door_signs if files == 1 else f"{files} files in {args.door_signs}"
            print(f"Wrote the door signs to {where}.")
        if args.participants:
            with ProgressLine("writing participant lists") as progress:
                lists, list_pages = write_participant_lists(
                    database, event.id, Path(args.participants), progress=progress
                )
            print(f"Wrote {lists} participant lists ({list_pages} pages) to {args.participants}; "
                  "they name only those who agreed to be listed and count the others.")  # fmt: skip
        if args.attendee_list:
            named, unnamed, list_pages = write_attendee_list(
                database, event.id, Path(args.attendee_list)
            )
            print(f"Wrote the list of participants ({list_pages} pages) to {args.attendee_list}: "
                  f"{named} named (they agreed to be listed), {unnamed} more counted but not "
                  "named. It holds names and organisations: personal data.")  # fmt: skip
    return EXIT_OK
