"""Opening a file says what is wrong with it and the way out: a damaged file (with the
newest good backup), a read-only mount, a full disk; and backups are made to offer."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from confdesk.db.backups import KEEP, backups_of, make_backup, restore_backup
from confdesk.db.database import DatabaseError, open_database
from tests.storage_fault_makers import damage_table, fill_disk, remount, small_disk


def _names(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT given_name, family_name FROM registrations ORDER BY id"
        ).fetchall()


def test_opening_makes_a_backup_and_a_damaged_file_offers_it(
    demo_copy: Callable[..., Path],
) -> None:
    path = demo_copy(30, 1)
    names = _names(path)
    open_database(path).close()
    (backup,) = backups_of(path)
    assert backup.name.endswith("-opened.sqlite")
    damage_table(path)

    with pytest.raises(DatabaseError) as raised:
        open_database(path)

    assert raised.value.code == "damaged"
    assert raised.value.params["backup"] == backup
    assert f"The newest good backup is {backup}" in str(raised.value)
    aside = restore_backup(path, backup)
    assert aside.name.startswith("desk.damaged-") and aside.exists()
    reopened = open_database(path)
    reopened.close()
    assert _names(path) == names


def test_a_damaged_backup_is_never_offered(demo_copy: Callable[..., Path]) -> None:
    path = demo_copy(30, 1)
    database = open_database(path)
    older = database.backup("working")
    newer = database.backup("working")
    database.close()
    assert older is not None and newer is not None and older != newer
    damage_table(newer)
    damage_table(path)
    with pytest.raises(DatabaseError) as raised:
        open_database(path)
    assert raised.value.params["backup"] in set(backups_of(path)) - {newer}


def test_backups_rotate_and_are_not_made_twice_within_the_interval(
    demo_copy: Callable[..., Path],
) -> None:
    path = demo_copy(30, 1)
    start = datetime(2027, 3, 18, 9, 0)
    with closing(sqlite3.connect(path)) as source:
        made = [
            make_backup(source, path, "working", now=start + timedelta(minutes=minute))
            for minute in range(KEEP + 3)
        ]
        skipped = make_backup(
            source,
            path,
            "working",
            not_within=timedelta(minutes=5),
            now=start + timedelta(minutes=KEEP + 4),
        )
    assert skipped is None
    assert backups_of(path) == sorted(made[-KEEP:], reverse=True)  # type: ignore[type-var]


@pytest.mark.slow
def test_a_read_only_mount_is_named_with_the_way_out(
    demo_copy: Callable[..., Path], tmp_path: Path
) -> None:
    with small_disk(tmp_path / "stick") as stick:
        path = stick / "desk.sqlite"
        shutil.copyfile(demo_copy(30, 1), path)
        remount(stick, read_only=True)
        with pytest.raises(DatabaseError) as raised:
            open_database(path)
        assert raised.value.code == "read_only"
        assert "Copy it to a writable folder" in str(raised.value)

        command = subprocess.run(
            [
                sys.executable,
                "-m",
                "confdesk",
                "--db",
                str(path),
                "export",
                str(tmp_path / "x.csv"),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert command.returncode == 1
        assert command.stderr.splitlines() == [f"confdesk: {raised.value}"]


def test_a_full_disk_is_named_on_opening(demo_copy: Callable[..., Path], tmp_path: Path) -> None:
    with small_disk(tmp_path / "full", size="2m") as folder:
        path = folder / "desk.sqlite"
        shutil.copyfile(demo_copy(30, 1), path)
        filler = fill_disk(folder)
        with pytest.raises(DatabaseError) as raised:
            open_database(path, backup_on_open=False)
        assert raised.value.code == "disk_full"
        filler.unlink()
        open_database(path, backup_on_open=False).close()


@pytest.mark.slow
def test_the_command_line_lists_and_restores_backups(demo_copy: Callable[..., Path]) -> None:
    path = demo_copy(30, 1)
    names = _names(path)
    open_database(path).close()
    (backup,) = backups_of(path)
    damage_table(path)

    def confdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "confdesk", "--db", str(path), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    refused = confdesk("export", str(path.with_name("x.csv")))
    assert refused.returncode == 1
    assert len(refused.stderr.splitlines()) == 1
    assert f"The newest good backup is {backup}" in refused.stderr
    listed = confdesk("backups")
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[0].startswith(f"{backup}  ")
    assert listed.stdout.splitlines()[0].endswith("  good")
    restored = confdesk("backups", "--restore")
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"Restored {path} from {backup}")
    assert _names(path) == names


def test_an_import_makes_a_backup_first(demo_copy: Callable[..., Path], tmp_path: Path) -> None:
    from confdesk.domain.importing import apply_import, plan_import

    listing = tmp_path / "people.csv"
    listing.write_text("Vorname;Nachname;E-Mail\nAnna;Weiß;anna@example.org\n", encoding="utf-8")
    database = open_database(demo_copy(30, 1), backup_on_open=False)
    try:
        assert backups_of(database.path) == []
        apply_import(database, plan_import(database, 1, listing))
        (backup,) = backups_of(database.path)
        assert backup.name.endswith("-import.sqlite")
    finally:
        database.close()
