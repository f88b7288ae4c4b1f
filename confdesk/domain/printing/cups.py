"""Sending a PDF to a CUPS printer as it is, with ``lp``: the printer gets the vectors.

CUPS (Linux, macOS) takes PDF as its job format and turns it into what the printer speaks
itself, so the PDF confdesk made is the job: 95 KB of vectors instead of a 24 MB raster,
and no page is drawn by confdesk. The window's print dialog still chooses the printer,
copies, pages and duplex; :class:`PrintOptions` carries that choice here, and
:func:`lp_command` turns it into the one command line, so it can be read and tested
without Qt or a printer. Where there is no ``lp`` (Windows), the window renders the pages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from confdesk.errors import UserError

_MM_PER_POINT = 25.4 / 72
LP_TIMEOUT_S = 120.0


class Sides(StrEnum):
    """CUPS's ``sides`` option (IPP's words)."""

    ONE_SIDED = "one-sided"
    LONG_EDGE = "two-sided-long-edge"
    SHORT_EDGE = "two-sided-short-edge"


# Media CUPS and every PPD know by name, in mm (portrait); other sizes go as Custom.WxHmm.
_NAMED_MEDIA_MM = {
    "A3": (297, 420),
    "A4": (210, 297),
    "A5": (148, 210),
    "A6": (105, 148),
    "A7": (74, 105),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
}
_MEDIA_TOLERANCE_MM = 1.0


@dataclass(frozen=True)
class PrintOptions:
    """What the print dialog chose, in the printer's terms."""

    printer: str  # the CUPS queue name
    media: str  # a CUPS media name: "A4" or "Custom.62x100mm"
    copies: int = 1
    collate: bool = True
    sides: Sides = Sides.ONE_SIDED
    # The pages chosen, as 1-based (first, last) ranges; none for every page.
    page_ranges: tuple[tuple[int, int], ...] = ()
    title: str = ""


def media_for_page(width_pt: float, height_pt: float) -> str:
    """The CUPS media name of a PDF page size: the ISO (or US) name where it is one,
    else a custom size in whole tenths of a millimetre. Short side first, as media are
    named; CUPS turns a landscape page onto the medium by itself."""
    short, long = sorted((width_pt * _MM_PER_POINT, height_pt * _MM_PER_POINT))
    for name, (named_short, named_long) in _NAMED_MEDIA_MM.items():
        if (
            abs(short - named_short) <= _MEDIA_TOLERANCE_MM
            and abs(long - named_long) <= _MEDIA_TOLERANCE_MM
        ):
            return name
    return f"Custom.{_millimetres(short)}x{_millimetres(long)}mm"


def _millimetres(value: float) -> str:
    return f"{round(value, 1):g}"


def lp_command(pdf: Path, options: PrintOptions, lp: str = "lp") -> list[str]:
    """The ``lp`` command line that prints ``pdf`` as ``options`` say."""
    command = [lp, "-d", options.printer, "-n", str(max(options.copies, 1))]
    if options.title:
        command += ["-t", options.title]
    command += ["-o", f"media={options.media}", "-o", f"sides={options.sides.value}"]
    if options.copies > 1:
        command += ["-o", f"collate={'true' if options.collate else 'false'}"]
    if options.page_ranges:
        ranges = ",".join(f"{first}-{max(first, last)}" for first, last in options.page_ranges)
        command += ["-o", f"page-ranges={ranges}"]
    command += ["--", str(pdf)]
    return command


def pages_printed(options: PrintOptions, page_count: int) -> int:
    """How many of a document's pages the job prints (once, whatever the copies)."""
    if not options.page_ranges:
        return page_count
    chosen = {
        page
        for first, last in options.page_ranges
        for page in range(max(first, 1), min(last, page_count) + 1)
    }
    return len(chosen)


def lp_program() -> str | None:
    """The ``lp`` of CUPS, where the system prints through CUPS (not on Windows)."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


_REQUEST_ID = re.compile(r"request id is (\S+)")


def send_to_cups(pdf: Path, options: PrintOptions, lp: str = "lp") -> str:
    """Queue ``pdf`` on the printer; return the CUPS job id ("queue-42"). Returns once
    CUPS holds its own copy of the file, so ``pdf`` may then go."""
    command = lp_command(pdf, options, lp)
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=LP_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise _not_queued(options.printer, str(error)) from error
    if result.returncode != 0:
        raise _not_queued(options.printer, (result.stderr or result.stdout).strip())
    found = _REQUEST_ID.search(result.stdout)
    return found.group(1) if found else ""


def _not_queued(printer: str, reason: str) -> UserError:
    return UserError(
        f"The printer {printer} did not take the job ({reason}).",
        code="print_job_refused",
        printer=printer,
        reason=reason,
    )
