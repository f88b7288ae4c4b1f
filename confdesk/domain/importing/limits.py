"""How much an import reads before it refuses, stated once.

An attendee list of a conference has hundreds of rows, a registration tool's export of a
big congress some tens of thousands. Anything far beyond is a mistake (the wrong file, a
sheet formatted down to row 1,048,576) or a file made to exhaust the machine (an XLSX
"zip bomb" that unpacks to gigabytes). Each limit is checked before the work it guards:
the file size before reading, an XLSX's unpacked size from its zip directory before the
workbook is parsed, the rows while they stream in.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024
MAX_FILE_BYTES = 50 * MB
MAX_ROWS = 100_000
MAX_XLSX_UNPACKED_BYTES = 200 * MB


@dataclass(frozen=True)
class ReadLimits:
    """The limits of one import; tests pass small ones instead of writing huge files."""

    file_bytes: int = MAX_FILE_BYTES
    rows: int = MAX_ROWS
    xlsx_unpacked_bytes: int = MAX_XLSX_UNPACKED_BYTES


DEFAULT_LIMITS = ReadLimits()


def megabytes(size: int) -> str:
    """A size for people: "50 MB", "0.1 MB"."""
    value = size / MB
    return f"{value:.0f} MB" if value >= 10 else f"{value:.1f} MB".replace(".0 MB", " MB")
