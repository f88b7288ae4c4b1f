"""confdesk backups: list a database's backups, restore one in its place."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.cli.common import (
    EXIT_OK,
)
from confdesk.errors import UserError
from confdesk.paths import resolve_database_path

if TYPE_CHECKING:
    pass


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backups = commands.add_parser(
        "backups", help="list the database's backups, or restore one in its place"
    )
    backups.add_argument(
        "--restore",
        nargs="?",
        const="newest",
        metavar="BACKUP",
        help="put the newest good backup (or the file BACKUP) in the database's place; "
        "the file it replaces is kept beside it",
    )


def run(args: argparse.Namespace) -> int:

    from confdesk.db import file_lock
    from confdesk.db.backups import backups_of, is_intact, newest_good_backup, restore_backup

    path = resolve_database_path(args.db)
    if args.restore is None:
        found = backups_of(path)
        if not found:
            print(f"There are no backups of {path}.")
        for listed in found:
            state = "good" if is_intact(listed) else "DAMAGED"
            print(f"{listed}  {listed.stat().st_size // 1024:,} KB  {state}")
        return EXIT_OK
    backup = newest_good_backup(path) if args.restore == "newest" else Path(args.restore)
    if backup is None:
        raise UserError(f"There is no good backup of {path}.", code="no_backup", path=path)
    if not is_intact(backup):
        raise UserError(
            f"{backup} is not a whole database; choose another backup.",
            code="backup_damaged",
            path=backup,
        )
    file_lock.acquire(path)  # nobody else may have the file while it is replaced
    try:
        aside = restore_backup(path, backup)
    finally:
        file_lock.release(path)
    print(f"Restored {path} from {backup}; the file it replaced is kept as {aside}.")
    return EXIT_OK
