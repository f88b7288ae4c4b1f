"""confdesk sync: exchange what the desks of an event recorded, by sync file.

``--export FILE`` writes what this desk has; ``--import FILE`` merges a file another desk
wrote; ``--serve`` answers the other desks on the network until interrupted, one line per
exchange; ``--peer HOST:PORT`` exchanges with one desk, both ways; without any, where this
desk stands with the desks it has heard from."""

from __future__ import annotations

import argparse
import signal
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.cli.common import EXIT_OK, count, current_event, language, say
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun

DEFAULT_BIND = "0.0.0.0:8765"

if TYPE_CHECKING:
    from confdesk.db.database import Database
    from confdesk.domain.sync.importing import SyncSummary


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser("sync", help=say(Said.HELP_SYNC))
    way = sync.add_mutually_exclusive_group()
    way.add_argument("--export", metavar="FILE", help=say(Said.HELP_SYNC_EXPORT))
    way.add_argument("--import", dest="import_", metavar="FILE", help=say(Said.HELP_SYNC_IMPORT))
    way.add_argument("--serve", action="store_true", help=say(Said.HELP_SYNC_SERVE))
    way.add_argument("--peer", metavar="HOST:PORT", help=say(Said.HELP_SYNC_PEER))
    sync.add_argument(
        "--bind", metavar="ADDR:PORT", default=DEFAULT_BIND, help=say(Said.HELP_SYNC_BIND)
    )
    sync.add_argument("--desk", metavar="NAME", help=say(Said.HELP_SYNC_DESK))


def run(args: argparse.Namespace) -> int:
    from confdesk.settings import DESK_NAME, Settings

    with current_event(args.db) as (database, event):
        desk_name = args.desk if args.desk is not None else Settings().get(DESK_NAME)
        if args.serve:
            _serve(database, event.id, event.title, desk_name, args.bind)
        elif args.peer is not None:
            from confdesk.domain.sync.lan.client import exchange_with
            from confdesk.domain.sync.lan.payload import event_keys

            done = exchange_with(database, event_keys(database, event.id), desk_name, args.peer)
            print(
                say(
                    Said.LAN_EXCHANGED, peer=done.peer, sent=count(done.checkins_sent, Noun.CHECKIN)
                )
            )
            _print_summary(done.received)
        elif args.export is not None:
            from confdesk.domain.sync.exporting import export_sync_file

            written = export_sync_file(database, Path(args.export), event.id, desk_name=desk_name)
            print(
                say(
                    Said.SYNC_EXPORTED,
                    checkins=count(written.checkins, Noun.CHECKIN),
                    registrations=count(written.registrations, Noun.REGISTRATION),
                    prints=count(written.print_records, Noun.PRINT_RECORD),
                    scans=count(written.scans, Noun.SCAN),
                    title=event.title,
                    path=written.path,
                )
            )
        elif args.import_ is not None:
            from confdesk.domain.sync.importing import import_sync_file

            _print_summary(import_sync_file(database, Path(args.import_)))
        else:
            _print_status(database)
    return EXIT_OK


def _serve(database: Database, event_id: int, title: str, desk_name: str, bind: str) -> None:
    from confdesk.domain.sync.lan.client import parse_peer
    from confdesk.domain.sync.lan.payload import event_keys
    from confdesk.domain.sync.lan.server import DeskServer, Exchange

    def tell(exchange: Exchange) -> None:
        peer = exchange.peer_address
        if exchange.refused:
            line = say(Said.LAN_REFUSED, peer=peer)
        elif exchange.summary is None:
            line = say(Said.LAN_SENT, peer=peer)
        else:
            desk = exchange.summary.from_desk or exchange.summary.from_desk_uuid
            checkins = count(exchange.summary.new_checkins, Noun.CHECKIN)
            line = say(Said.LAN_RECEIVED, peer=peer, desk=desk, checkins=checkins)
        print(line, flush=True)

    host, port = parse_peer(bind, any_port=True)
    server = DeskServer(database, event_keys(database, event_id), desk_name, host, port, tell)
    address = "{}:{}".format(*server.address)
    print(say(Said.LAN_SERVING, title=title, address=address), flush=True)
    # Ctrl+C or a polite kill ends serving: SIGINT may arrive ignored (a program started in
    # the background by a non-interactive shell inherits that), and SIGTERM is what service
    # managers and test harnesses send.
    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop_signal, _stop_serving)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def _stop_serving(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _print_summary(summary: SyncSummary) -> None:
    print(
        say(
            Said.SYNC_MERGED,
            desk=summary.from_desk or summary.from_desk_uuid,
            checkins=count(summary.new_checkins, Noun.CHECKIN),
            new_registrations=summary.new_registrations,
            updated=count(summary.updated_registrations, Noun.REGISTRATION),
            prints=count(summary.new_prints, Noun.PRINT_RECORD),
            scans=count(summary.new_scans, Noun.SCAN),
        )
    )
    if summary.removed_registrations:
        removed = count(summary.removed_registrations, Noun.REGISTRATION)
        print(say(Said.SYNC_REMOVED, registrations=removed))
    if summary.edits_kept_in_history:
        print(say(Said.SYNC_EDITS_KEPT, edits=count(summary.edits_kept_in_history, Noun.EDIT)))
    if summary.held_back:
        print(say(Said.SYNC_HELD_BACK, records=count(summary.held_back, Noun.RECORD)))
    for entry in summary.double_entries:
        what = entry.describe(summary.zone, language())
        print(say(Said.SYNC_DOUBLE_ENTRY, name=entry.full_name, what=what))


def _print_status(database: Database) -> None:
    from confdesk.domain.sync.status import sync_status

    status = sync_status(database)
    exported = (
        say(Said.SYNC_LAST_EXPORT, when=f"{status.last_export_at:%Y-%m-%d %H:%M}")
        if status.last_export_at
        else say(Said.SYNC_NO_EXPORT)
    )
    print(say(Said.SYNC_THIS_DESK, desk=status.desk_uuid, exported=exported))
    if not status.peers:
        print(say(Said.SYNC_NO_PEERS))
    for peer in status.peers:
        waiting = ""
        if peer.waiting_from_peer:
            waiting = say(
                Said.SYNC_PEER_WAITING, records=count(peer.waiting_from_peer, Noun.RECORD)
            )
        print(
            say(
                Said.SYNC_PEER,
                desk=peer.desk_name or peer.desk_uuid,
                when=f"{peer.last_contact_at:%Y-%m-%d %H:%M}",
                records=count(peer.pending_to_peer, Noun.RECORD),
                waiting=waiting,
            )
        )
