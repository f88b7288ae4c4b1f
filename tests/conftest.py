"""Fixtures every test gets: a private settings folder, no inherited database choice, and a
guard that fails any Python open() of a database file this process has open."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from confdesk.core.demo import create_demo_event
from confdesk.db import file_lock
from confdesk.db.database import Database, open_database
from confdesk.paths import CONFIG_DIR_ENV, DATABASE_ENV

# CI replays the same examples every run (a red run must mean a change broke something);
# developers' runs keep exploring new ones. Examples found by either are kept as @example.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


class StrayDatabaseOpen(RuntimeError):
    """Python opened a database file this process holds through SQLite: closing that
    descriptor cancels SQLite's locks on it (SQLite's "How To Corrupt", section 2.2)."""


_stray_opens: list[str] = []
_stray_opens_allowed = False


def _refuse_stray_database_opens(event: str, args: tuple[object, ...]) -> None:
    if event != "open" or _stray_opens_allowed or not args:
        return
    path = args[0]
    if isinstance(path, str | bytes | os.PathLike) and file_lock.names_open_database(path):
        _stray_opens.append(os.fsdecode(path))
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


@pytest.fixture
def stray_opens_allowed() -> Callable[[], contextlib.AbstractContextManager[None]]:
    """:func:`stray_database_opens_allowed` for helpers outside this module (importing
    this conftest again would register a second audit hook)."""
    return stray_database_opens_allowed


@pytest.fixture(autouse=True)
def no_stray_database_opens() -> Iterator[None]:
    """Caught even where the code under test swallowed the exception."""
    _stray_opens.clear()
    yield
    assert not _stray_opens, f"Python opened an open database file: {_stray_opens}"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user's settings or database."""
    config = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(config))
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    # The check-in sounds are written to the cache folder.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    return config


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "desk.sqlite")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_database_template(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int, int], Path]:
    """A demo database per (attendees, seed), made once per test run: never written to."""
    made: dict[tuple[int, int], Path] = {}

    def template(attendees: int, seed: int) -> Path:
        if (attendees, seed) not in made:
            path = tmp_path_factory.mktemp("demo") / f"demo-{attendees}-{seed}.sqlite"
            database = open_database(path)
            create_demo_event(database, attendees=attendees, seed=seed)
            database.close()
            made[attendees, seed] = path
        return made[attendees, seed]

    return template


@pytest.fixture
def demo_copy(
    demo_database_template: Callable[[int, int], Path], tmp_path: Path
) -> Callable[..., Path]:
    """A fresh copy of a demo database, for a test that writes to it."""

    def copy(attendees: int, seed: int, name: str = "desk.sqlite") -> Path:
        target = tmp_path / name
        with (
            closing(sqlite3.connect(demo_database_template(attendees, seed))) as source,
            closing(sqlite3.connect(target)) as copied,
        ):
            source.backup(copied)
        return target

    return copy
