"""Fixtures every test gets: a private settings folder, no inherited database choice, and a
guard that fails any Python open() of a database file this process has open."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from confdesk.db.database import Database, open_database
from confdesk.domain.demo.conference import create_demo_event
from confdesk.logs import shutdown_logging
from confdesk.paths import CONFIG_DIR_ENV, DATABASE_ENV, LOG_DIR_ENV
from tests import database_guard
from tests.cups_pdf_queue import CupsPdfQueue, NoQueue
from tests.cups_pdf_queue import cups_pdf_queue as find_or_add_cups_pdf_queue

# CI replays the same examples every run (a red run must mean a change broke something);
# developers' runs keep exploring new ones. Examples found by either are kept as @example.
# No deadlines anywhere: on a busy machine an example may take ten times as long, and a test
# must not depend on the machine's speed.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(autouse=True)
def no_stray_database_opens() -> Iterator[None]:
    """Caught even where the code under test swallowed the exception."""
    database_guard.stray_opens.clear()
    yield
    assert not database_guard.stray_opens, (
        f"Python opened an open database file: {database_guard.stray_opens}"
    )


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No test reads or writes the real user's settings, database or log."""
    config = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(config))
    # Inherited by the programs tests start, too.
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    # Qt keeps the file dialog's history there.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config-home"))
    # The check-in sounds are written to the cache folder.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    yield config
    # A test that ran the command line in-process set up logging into its own folder, and
    # named this process after its command.
    shutdown_logging()
    database_guard.file_lock.set_program("window")


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


# Whole folders whose tests start programs or build big data: `make check` leaves them out.
_SLOW_FOLDERS = ("e2e", "bench", "dist")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(__file__).parent
    for item in items:
        parts = item.path.relative_to(root).parts if item.path.is_relative_to(root) else ()
        if parts and parts[0] in _SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)


# The Windows build's smoke test runs under Wine for minutes and needs the setup that
# `make dist-windows` builds: only `make dist-windows-test` collects it (it sets this).
WINDOWS_TESTS_ENV = "CONFDESK_WINDOWS_TESTS"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path == Path(__file__).parent / "windows" and not os.environ.get(
        WINDOWS_TESTS_ENV
    ):
        return True
    return None


@pytest.fixture(scope="session")
def cups_pdf_queue() -> CupsPdfQueue:
    """A real CUPS queue printing into PDF files (cups-pdf), started and added as root;
    the test skips, saying why, where the machine cannot have one."""
    try:
        return find_or_add_cups_pdf_queue()
    except NoQueue as reason:
        pytest.skip(f"no CUPS PDF printer: {reason}")
