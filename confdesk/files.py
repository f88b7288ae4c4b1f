"""Writing a file so that nobody ever reads half of it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from confdesk.db.file_lock import refuse_open_database


def replace_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` beside ``path`` and rename it into place: a reader (another desk, the
    print preview, a printer queue) sees the old file or the new one, and a crash leaves no
    half-written file. An OSError leaves no temporary file behind. A path naming a database
    this process has open is refused: replacing it would destroy the database."""
    refuse_open_database(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
