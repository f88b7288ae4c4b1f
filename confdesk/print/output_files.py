"""Where the PDFs and calendars confdesk makes are written."""

from __future__ import annotations

from pathlib import Path

from confdesk.errors import UserError
from confdesk.files import replace_atomically


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
