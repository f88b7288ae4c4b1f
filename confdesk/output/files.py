"""Where the PDFs and calendars confdesk makes are written."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from confdesk.errors import UserError
from confdesk.files import replace_atomically
from confdesk.normalize import nfc


def write_file_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` all at once (see :func:`confdesk.files.replace_atomically`);
    a place that cannot be written becomes one clear :class:`UserError`."""
    try:
        return replace_atomically(path, data)
    except OSError as error:
        raise UserError(
            f"Cannot write {path}: {error.strerror or error}.",
            code="cannot_write_file",
            path=str(path),
        ) from None


def write_files_into(folder: Path, files: Iterable[tuple[str, bytes]]) -> tuple[Path, ...]:
    """Write each (file name, data) into ``folder``, made if need be. A folder that cannot
    be made or written is found before the first file is written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            raise NotADirectoryError(str(folder))
        tempfile.TemporaryFile(dir=folder).close()  # writable at all?
    except OSError as error:
        raise UserError(
            f"Cannot write into the folder {folder}: {error.strerror or error}.",
            code="cannot_write_file",
            path=str(folder),
        ) from None
    return tuple(write_file_atomically(folder / name, data) for name, data in files)


# What Windows refuses in a file name (and "/" everywhere), control characters included.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def file_name_part(text: str, limit: int = 80) -> str:
    """``text`` (an event's title) as part of a file name every system accepts: letters of
    any script kept, forbidden characters and white space runs turned into one hyphen, no
    leading or trailing dots or hyphens, at most ``limit`` characters."""
    words = _NOT_IN_FILE_NAMES.sub(" ", nfc(text)).split()
    return "-".join(words)[:limit].strip(".- ")


def unique_file_names(stems: Iterable[str], suffix: str = ".pdf") -> list[str]:
    """``stem.pdf`` for each stem, with "-2", "-3"… added where a stem comes again, so that
    no file of a batch overwrites another."""
    names: list[str] = []
    taken: set[str] = set()
    for stem in stems:
        name = f"{stem}{suffix}"
        number = 2
        while name in taken:
            name = f"{stem}-{number}{suffix}"
            number += 1
        taken.add(name)
        names.append(name)
    return names
