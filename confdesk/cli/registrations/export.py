"""confdesk export: the registrations to CSV or XLSX."""

from __future__ import annotations

import argparse

from confdesk.cli.common import EXIT_OK, ProgressLine, count, current_event, say
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help=say(Said.HELP_EXPORT))
    export.add_argument("file", metavar="FILE.csv|FILE.xlsx")


def run(args: argparse.Namespace) -> int:
    from confdesk.domain.exporting.registrations import (
        ExportFormat,
        export_format_for,
        export_registrations,
    )

    export_format = export_format_for(args.file)
    with (
        current_event(args.db) as (database, event),
        ProgressLine(Said.PROGRESS_EXPORTING) as progress,
    ):
        summary = export_registrations(database, event.id, args.file, progress=progress)
    kind = Said.EXPORT_KIND_CSV if export_format is ExportFormat.CSV else Said.EXPORT_KIND_XLSX
    registrations = count(summary.rows, Noun.REGISTRATION)
    print(
        say(Said.EXPORTED, registrations=registrations, title=event.title, path=summary.path,
            kind=say(kind))
    )  # fmt: skip
    print(say(Said.EXPORT_COLUMNS, columns=summary.columns))
    print(say(Said.EXPORT_PERSONAL_DATA))
    return EXIT_OK
