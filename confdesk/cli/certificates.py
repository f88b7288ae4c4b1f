"""confdesk certificates: certificates of attendance, and checking a verification code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.cli.common import (
    EXIT_NOT_ACCEPTED,
    EXIT_OK,
    EXIT_USAGE,
    ProgressLine,
    current_event,
)

if TYPE_CHECKING:
    pass


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    certificates = commands.add_parser(
        "certificates",
        help="certificates of attendance for everyone checked in",
        description="One merged PDF when OUT ends in .pdf, otherwise a folder with one PDF "
        "per person. Lists the sessions each person was checked in at, with total hours.",
    )
    certificates.add_argument("out", metavar="OUT.pdf|DIR", nargs="?")
    certificates.add_argument(
        "--verify", metavar="CODE",
        help="instead of writing: say whose certificate carries this verification code "
        "(exit 0), or that none of this event does (exit 3)",
    )  # fmt: skip
    certificates.add_argument("--language", choices=("de", "en"), default=None,
                              help="default: the event's language")  # fmt: skip


def run(args: argparse.Namespace) -> int:

    from confdesk.output.certificates.writer import render_certificates

    if (args.out is None) == (args.verify is None):
        print("confdesk: certificates needs either OUT.pdf|DIR or --verify CODE (see 'confdesk "
              "certificates --help')", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    if args.verify is not None:
        return _verify_certificate(args)
    with (
        current_event(args.db) as (database, event),
        ProgressLine("drawing certificates") as progress,
    ):
        run = render_certificates(
            database, event.id, Path(args.out),
            language=args.language or event.language, progress=progress,
        )  # fmt: skip
    where = args.out if len(run.paths) == 1 and args.out.lower().endswith(".pdf") else (
        f"{len(run.paths)} files in {args.out}"
    )  # fmt: skip
    plural = "s" if run.certificates != 1 else ""
    print(f"Wrote {run.certificates} certificate{plural} of attendance ({run.pages} pages) "
          f"to {where}.")  # fmt: skip
    return EXIT_OK


def _verify_certificate(args: argparse.Namespace) -> int:
    from confdesk.output.certificates.codes import read_certificate_code, written_code
    from confdesk.output.certificates.data import find_certificate
    from confdesk.words.printed import CERTIFICATE_TEXTS

    with current_event(args.db) as (database, event):
        certificate = find_certificate(database, event.id, args.verify)
    if certificate is None:
        digest = read_certificate_code(args.verify)
        assert digest is not None  # find_certificate refuses what cannot be a code
        print(f"No certificate of {event.title} carries the code {written_code(digest)}: it "
              "was not issued from this database, or the person's attendance has changed "
              "since.")  # fmt: skip
        return EXIT_NOT_ACCEPTED
    organization = f" ({certificate.organization})" if certificate.organization else ""
    sessions = len(certificate.sessions)
    print(f"Genuine: {certificate.code} is the certificate of {certificate.full_name}"
          f"{organization} for {event.title}, {sessions} session{'s' if sessions != 1 else ''}, "
          f"{CERTIFICATE_TEXTS['en'].hours(certificate.total)} hours.")  # fmt: skip
    return EXIT_OK
