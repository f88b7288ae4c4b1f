"""confdesk backups: list a database's backups, restore one in its place."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.cli.common import EXIT_OK, say
from confdesk.errors import UserError
from confdesk.paths import resolve_database_path
from confdesk.words.command_line import Said
from confdesk.words.formatting import whole_number


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backups = commands.add_parser("backups", help=say(Said.HELP_BACKUPS))
    backups.add_argument(
        "--restore",
        nargs="?",
        const="newest",
        metavar="BACKUP",
        help=say(Said.HELP_BACKUPS_RESTORE),
    )


def run(args: argparse.Namespace) -> int:

    from confdesk.cli.common import language
    from confdesk.db import file_lock
    from confdesk.db.backups import backups_of, is_intact, newest_good_backup, restore_backup

    path = resolve_database_path(args.db)
    if args.restore is None:
        found = backups_of(path)
        if not found:
            print(say(Said.NO_BACKUPS, path=path))
        for listed in found:
            state = say(Said.BACKUP_GOOD if is_intact(listed) else Said.BACKUP_DAMAGED)
            size = whole_number(listed.stat().st_size // 1024, language())
            print(say(Said.BACKUP_LINE, path=listed, size=size, state=state))
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
    print(say(Said.RESTORED, path=path, backup=backup, aside=aside))
    return EXIT_OK
