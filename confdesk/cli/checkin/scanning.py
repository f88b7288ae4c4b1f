"""confdesk checkin: check in by code, one code or a scanner pipe, each answer once on disk."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from confdesk.cli.common import (
    EXIT_NOT_ACCEPTED,
    EXIT_OK,
    EXIT_USER_ERROR,
    current_event,
    explain,
    positive_int,
    say,
)
from confdesk.errors import UserError
from confdesk.words.command_line import Said

if TYPE_CHECKING:
    from confdesk.db.storage_faults import StorageError
    from confdesk.domain.checkin.desk import Attendee, ScanResult

# Why a file could not be opened, as a storage fault kind (DatabaseError codes).
_OPEN_FAULTS = {
    "locked": "locked",
    "read_only": "read_only",
    "disk_full": "disk_full",
    "io_error": "io_error",
    "damaged": "damaged",
    "no_version": "damaged",
    "cannot_open": "file_gone",
    "storage_locked": "locked",
    "storage_read_only": "read_only",
    "storage_disk_full": "disk_full",
    "storage_io_error": "io_error",
    "storage_damaged": "damaged",
    "storage_file_gone": "file_gone",
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checkin = commands.add_parser(
        "checkin",
        help=say(Said.HELP_CHECKIN),
        description=say(Said.DESCRIBE_CHECKIN),
    )
    source = checkin.add_mutually_exclusive_group(required=True)
    source.add_argument("code", nargs="?", metavar="CODE", help=say(Said.HELP_CHECKIN_CODE))
    source.add_argument(
        "--stdin",
        action="store_true",
        help=say(Said.HELP_CHECKIN_STDIN),
    )
    checkin.add_argument(
        "--session", type=positive_int, metavar="ID", help=say(Said.HELP_CHECKIN_SESSION)
    )
    checkin.add_argument("--json", action="store_true", help=say(Said.HELP_CHECKIN_JSON))
    checkin.add_argument("--desk", metavar="NAME", help=say(Said.HELP_CHECKIN_DESK))
    checkin.add_argument("--operator", metavar="NAME", help=say(Said.HELP_CHECKIN_OPERATOR))


def run(args: argparse.Namespace) -> int:
    """Every code read gets one answer line, a storage failure too (``storage_error`` with
    its kind: nothing of that scan was recorded). The run carries on with the next line,
    since a lock or a full disk may pass; a damaged or vanished file answers every
    following line the same way. Exit 1 when any scan could not be stored."""
    from confdesk.db.models import CheckinSource
    from confdesk.db.storage_faults import StorageError
    from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity
    from confdesk.settings import DESK_NAME, OPERATOR_NAME, Settings

    settings = Settings()
    identity = DeskIdentity(
        desk=args.desk if args.desk is not None else settings.get(DESK_NAME),
        operator=args.operator if args.operator is not None else settings.get(OPERATOR_NAME),
    )
    codes = _stdin_lines() if args.stdin else iter((args.code,))
    try:
        with (
            current_event(args.db) as (database, event),
            CheckinDesk(database, event.id, identity) as desk,
        ):
            all_accepted = True
            not_stored = False
            for code in codes:
                try:
                    result = desk.check_in(
                        code, CheckinSource.COMMAND_LINE, session_id=args.session
                    )
                except StorageError as error:
                    print(_describe_not_stored(error, _who(desk, code), args.json), flush=True)
                    not_stored = True
                    continue
                # Written only now: check_in returns once the record is on disk.
                print(_describe_scan(result, args.json), flush=True)
                all_accepted = all_accepted and result.accepted
    except UserError as error:
        kind = _OPEN_FAULTS.get(error.code)
        if kind is None:
            raise
        # The file cannot be used at all: still one answer per code read.
        if args.stdin:
            print(f"confdesk: {explain(error)}", file=sys.stderr, flush=True)
        for _code in codes:
            print(_describe_failure(kind, explain(error), None, args.json), flush=True)
        return EXIT_USER_ERROR
    if not_stored:
        return EXIT_USER_ERROR
    return EXIT_OK if all_accepted else EXIT_NOT_ACCEPTED


def _who(desk: object, code: str) -> Attendee | None:
    """The person a code names, read without writing (None when that fails too)."""
    from confdesk.domain.checkin.desk import CheckinDesk

    assert isinstance(desk, CheckinDesk)
    try:
        return desk.who(code)
    except UserError:
        return None


def _describe_not_stored(error: StorageError, attendee: Attendee | None, as_json: bool) -> str:
    return _describe_failure(error.fault.value, explain(error), attendee, as_json)


def _describe_failure(kind: str, message: str, attendee: Attendee | None, as_json: bool) -> str:

    if as_json:
        data: dict[str, object] = {"status": "storage_error", "kind": kind, "message": message}
        if attendee is not None:
            data["registration"] = {
                "id": attendee.registration_id,
                "uuid": attendee.uuid,
                "name": attendee.full_name,
                "organization": attendee.organization,
                "category": attendee.category,
            }
        return json.dumps(data, ensure_ascii=False)
    who = f"{attendee.full_name}: " if attendee is not None else ""
    return f"storage_error ({kind}): {who}{message}"


def _stdin_lines() -> Iterator[str]:
    """Codes from a scanner pipe: one per line, blank lines skipped. Bytes that are not
    UTF-8 become replacement characters, which no code contains, so they read as invalid."""
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", errors="replace").strip()
        if line:
            yield line


def _describe_scan(result: ScanResult, as_json: bool) -> str:

    if as_json:
        return json.dumps(result.as_json(), ensure_ascii=False)
    status = result.status.value
    attendee = result.attendee
    if attendee is None:
        return status
    details = attendee.full_name
    if attendee.organization:
        details += f", {attendee.organization}"
    details += f" ({attendee.category})"
    if result.previous is not None:
        details += say(Said.CHECKIN_SINCE, when=f"{result.previous.occurred_at:%Y-%m-%d %H:%M}")
        if result.previous.desk:
            details += say(Said.CHECKIN_AT_DESK, desk=result.previous.desk)
    if result.load is not None:
        capacity = result.load.session.capacity
        details += say(Said.CHECKIN_PRESENT, present=result.load.present)
        if capacity:
            details += say(Said.CHECKIN_OF_CAPACITY, capacity=capacity)
        if result.load.over_capacity:
            details += say(Said.CHECKIN_OVER_CAPACITY)
        if not result.signed_up:
            details += say(Said.CHECKIN_NOT_SIGNED_UP)
    return f"{status}: {details}"
