"""confdesk report: the post-event report (only totals, no names) as PDF or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.cli.common import EXIT_OK, count, current_event, language, say
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report", help=say(Said.HELP_REPORT), description=say(Said.DESCRIBE_REPORT)
    )
    report.add_argument("out", metavar="OUT.pdf|OUT.xlsx")


def run(args: argparse.Namespace) -> int:
    from confdesk.output.reports.writer import write_report
    from confdesk.words.formatting import percent

    with current_event(args.db) as (database, event):
        written = write_report(database, event.id, Path(args.out))
    report = written.report
    pages = say(Said.COMMA_BEFORE, what=count(written.pages, Noun.PAGE)) if written.pages else ""
    rate = report.no_show_rate
    rate_text = say(Said.IN_PARENTHESES, what=percent(rate, language())) if rate is not None else ""
    print(say(Said.REPORT_WRITTEN, title=event.title, path=written.path, pages=pages))
    print(
        say(
            Said.REPORT_FIGURES,
            registered=report.registered,
            checked_in=report.checked_in,
            no_shows=report.no_shows,
            rate=rate_text,
            certificates=count(report.certificates, Noun.CERTIFICATE),
        )
    )
    print(say(Said.REPORT_ONLY_TOTALS))
    return EXIT_OK
