"""Damaged database files for tests, made the way a power cut or a bad sector makes them."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def damage_registrations(path: Path) -> None:
    """Overwrite the registrations table's root page with garbage, the file closed."""
    with closing(sqlite3.connect(path)) as connection:
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'registrations'"
        ).fetchone()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)
