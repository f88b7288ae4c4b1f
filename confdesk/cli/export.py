"""confdesk export: the registrations to CSV or XLSX."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from confdesk.cli.common import (
    EXIT_OK,
    ProgressLine,
    current_event,
)

if TYPE_CHECKING:
    pass


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export", help="export the event's registrations (personal data) to CSV or XLSX"
    )
    export.add_argument("file", metavar="FILE.csv|FILE.xlsx")


def run(args: argparse.Namespace) -> int:
    from confdesk.domain.exporting.registrations import (
        ExportFormat,
        export_format_for,
        export_registrations,
    )

    export_format = export_format_for(args.file)
    with current_event(args.db) as (database, event), ProgressLine("exporting") as progress:
        summary = export_registrations(database, event.id, args.file, progress=progress)
    kind = "CSV, UTF-8, ';'" if export_format is ExportFormat.CSV else "Excel workbook"
    print(f"Exported {summary.rows} registrations of “{event.title}” to {summary.path} ({kind}).")
    print(f"Columns: {', '.join(summary.columns)}.")
    print("The file holds personal data: share it only as the attendees agreed, delete it after.")
    return EXIT_OK
