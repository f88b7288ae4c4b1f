"""confdesk sync: exchange what the desks of an event recorded, by sync file.

``--export FILE`` writes what this desk has; ``--import FILE`` merges a file another desk
wrote; without either, where this desk stands with the desks it has heard from."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.cli.common import EXIT_OK, current_event

if TYPE_CHECKING:
    from confdesk.db.database import Database


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser(
        "sync", help="exchange check-ins and edits with the other desks of the event"
    )
    way = sync.add_mutually_exclusive_group()
    way.add_argument("--export", metavar="FILE", help="write what this desk has into a sync file")
    way.add_argument(
        "--import", dest="import_", metavar="FILE", help="merge a sync file of another desk"
    )
    sync.add_argument(
        "--desk", metavar="NAME", help="this desk's name in the file (default: the setting)"
    )


def run(args: argparse.Namespace) -> int:
    from confdesk.settings import DESK_NAME, Settings

    with current_event(args.db) as (database, event):
        if args.export is not None:
            from confdesk.domain.sync.exporting import export_sync_file

            desk_name = args.desk if args.desk is not None else Settings().get(DESK_NAME)
            written = export_sync_file(database, Path(args.export), event.id, desk_name=desk_name)
            print(
                f"Wrote {written.checkins} check-ins, {written.registrations} registrations, "
                f"{written.print_records} print records and {written.scans} scans of "
                f"“{event.title}” to {written.path}."
            )
        elif args.import_ is not None:
            from confdesk.domain.sync.importing import import_sync_file

            summary = import_sync_file(database, Path(args.import_))
            for line in summary.lines():
                print(line)
        else:
            _print_status(database)
    return EXIT_OK


def _print_status(database: Database) -> None:
    from confdesk.domain.sync.status import sync_status

    status = sync_status(database)
    exported = (
        f"last sync file written {status.last_export_at:%Y-%m-%d %H:%M} UTC"
        if status.last_export_at
        else "no sync file written yet"
    )
    print(f"This desk: {status.desk_uuid}; {exported}.")
    if not status.peers:
        print("No other desk heard from yet.")
    for peer in status.peers:
        name = peer.desk_name or peer.desk_uuid
        line = (
            f"{name}: last contact {peer.last_contact_at:%Y-%m-%d %H:%M} UTC, "
            f"{peer.pending_to_peer} records of this desk still to reach it"
        )
        if peer.waiting_from_peer:
            line += f", {peer.waiting_from_peer} of its records waiting to be merged"
        print(line + ".")
