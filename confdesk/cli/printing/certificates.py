"""confdesk certificates: certificates of attendance, and checking a verification code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confdesk.cli.common import (
    EXIT_NOT_ACCEPTED,
    EXIT_OK,
    EXIT_USAGE,
    ProgressLine,
    count,
    current_event,
    language,
    say,
)
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    certificates = commands.add_parser(
        "certificates",
        help=say(Said.HELP_CERTIFICATES),
        description=say(Said.DESCRIBE_CERTIFICATES),
    )
    certificates.add_argument("out", metavar="OUT.pdf|DIR", nargs="?")
    certificates.add_argument(
        "--verify", metavar="CODE",
        help=say(Said.HELP_CERTIFICATES_VERIFY),
    )  # fmt: skip
    certificates.add_argument("--language", choices=("de", "en"), default=None,
                              help=say(Said.HELP_CERTIFICATES_LANGUAGE))  # fmt: skip


def run(args: argparse.Namespace) -> int:

    from confdesk.output.certificates.writer import render_certificates

    if (args.out is None) == (args.verify is None):
        print(f"confdesk: {say(Said.CERTIFICATES_NEED_OUT)}", file=sys.stderr)
        return EXIT_USAGE
    if args.verify is not None:
        return _verify_certificate(args)
    with (
        current_event(args.db) as (database, event),
        ProgressLine(Said.PROGRESS_CERTIFICATES) as progress,
    ):
        run = render_certificates(
            database, event.id, Path(args.out),
            language=args.language or event.language, progress=progress,
        )  # fmt: skip
    where = args.out if len(run.paths) == 1 and args.out.lower().endswith(".pdf") else (
        say(Said.FILES_IN, files=count(len(run.paths), Noun.FILE), folder=args.out)
    )  # fmt: skip
    print(say(Said.CERTIFICATES_WRITTEN, certificates=count(run.certificates, Noun.CERTIFICATE),
              pages=count(run.pages, Noun.PAGE), where=where))  # fmt: skip
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
        print(say(Said.CERTIFICATE_UNKNOWN, title=event.title, code=written_code(digest)))
        return EXIT_NOT_ACCEPTED
    organization = f" ({certificate.organization})" if certificate.organization else ""
    print(say(Said.CERTIFICATE_GENUINE, code=certificate.code, name=certificate.full_name,
              organisation=organization, title=event.title,
              sessions=count(len(certificate.sessions), Noun.SESSION),
              hours=CERTIFICATE_TEXTS[language()].hours(certificate.total)))  # fmt: skip
    return EXIT_OK
