"""confdesk report: the post-event report (only totals, no names) as PDF or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.cli.common import EXIT_OK, current_event


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help="the post-event report: only totals, no names (PDF or XLSX)",
        description="Registrations, attendance and no-shows; by category, kind of "
        "organisation, federal state and funding; each session's sign-ups, seats, "
        "check-ins and waiting list; arrivals per 5 minutes; certificates issued. The file "
        "holds counts only, no personal data, so it can be passed on.",
    )
    report.add_argument("out", metavar="OUT.pdf|OUT.xlsx")


def run(args: argparse.Namespace) -> int:
    from confdesk.output.reports.writer import write_report
    from confdesk.words.formatting import percent

    with current_event(args.db) as (database, event):
        written = write_report(database, event.id, Path(args.out))
    report = written.report
    plural = "s" if written.pages != 1 else ""
    pages = f", {written.pages} page{plural}" if written.pages else ""
    rate = report.no_show_rate
    rate_text = f" ({percent(rate, 'en')})" if rate is not None else ""
    print(f"Wrote the report on “{event.title}” to {written.path}{pages}.")
    print(
        f"Registered {report.registered}, checked in {report.checked_in}, "
        f"no-shows {report.no_shows}{rate_text}; {report.certificates} certificates issued."
    )
    print("The file holds only totals (counts per group and session), no names or other "
          "personal data.")  # fmt: skip
    return EXIT_OK
