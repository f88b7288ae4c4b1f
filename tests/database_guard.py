"""A guard for the whole test run: any Python open() of a database file this process holds
through SQLite fails the test, because closing that descriptor cancels SQLite's locks on it
(SQLite's "How To Corrupt An SQLite Database File", section 2.2)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from confdesk.db import file_lock


class StrayDatabaseOpen(RuntimeError):
    """Python opened a database file this process holds through SQLite: closing that
    descriptor cancels SQLite's locks on it (SQLite's "How To Corrupt", section 2.2)."""


stray_opens: list[str] = []
_stray_opens_allowed = False


def _refuse_stray_database_opens(event: str, args: tuple[object, ...]) -> None:
    if event != "open" or _stray_opens_allowed or not args:
        return
    path = args[0]
    if isinstance(path, str | bytes | os.PathLike) and file_lock.names_open_database(path):
        stray_opens.append(os.fsdecode(path))
        raise StrayDatabaseOpen(f"open() of the open database file {os.fsdecode(path)}")


# Audit hooks cannot be removed: one for the whole run.
sys.addaudithook(_refuse_stray_database_opens)


@contextmanager
def stray_database_opens_allowed() -> Iterator[None]:
    """For the tests that make the fault on purpose (what a file dialog's type sniffing
    does), to show confdesk survives it."""
    global _stray_opens_allowed
    _stray_opens_allowed = True
    try:
        yield
    finally:
        _stray_opens_allowed = False
