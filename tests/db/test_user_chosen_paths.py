"""A file a person picks (an export, a logo, a PDF to save) that is the open database, or its
WAL, is refused before anything opens it: reading it would cancel SQLite's locks, writing
it would destroy the database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.domain.events.logo import read_logo_file
from confdesk.domain.exporting.registrations import export_registrations
from confdesk.errors import UserError
from confdesk.files import replace_atomically


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_the_open_database_is_never_taken_for_a_users_file(
    demo_copy: Callable[..., Path], suffix: str
) -> None:
    path = demo_copy(20, 1)
    database = open_database(path)
    try:
        chosen = Path(str(path) + suffix)
        attempts: list[Callable[[], object]] = [
            lambda: export_registrations(database, 1, chosen),
            lambda: read_logo_file(chosen),
            lambda: replace_atomically(chosen, b"%PDF-1.4"),
        ]
        for attempt in attempts:
            with pytest.raises(UserError) as raised:
                attempt()
            assert raised.value.code == "is_open_database"
    finally:
        database.close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM registrations").fetchone()[0] > 0


def test_the_same_name_in_another_folder_is_not_refused(
    demo_copy: Callable[..., Path], tmp_path: Path
) -> None:
    database = open_database(demo_copy(20, 1))
    try:
        elsewhere = tmp_path / "other" / database.path.name
        elsewhere.parent.mkdir()
        assert replace_atomically(elsewhere, b"not a database") == elsewhere
    finally:
        database.close()


def test_the_open_database_is_not_read_as_an_import(demo_copy: Callable[..., Path]) -> None:
    from confdesk.domain.importing import read_source

    database = open_database(demo_copy(20, 1))
    try:
        with pytest.raises(UserError) as raised:
            read_source(database.path)
        assert raised.value.code == "is_open_database"
    finally:
        database.close()
