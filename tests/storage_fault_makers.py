"""Real storage faults for tests: a small disk that fills up, another program holding the
write lock, a damaged table page, a file deleted under an open database. No stand-ins:
SQLite meets each fault the way it would at a desk."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from tests.database_guard import stray_database_opens_allowed


@contextmanager
def small_disk(folder: Path, size: str = "8m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``folder``: a disk that can really fill up. Needs
    root (and a kernel that lets this process mount); skips with the reason otherwise."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        # Lazy: a connection the test leaked must not leave the mount behind.
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill_disk(folder: Path) -> Path:
    """Write a file into ``folder`` until the disk is full; delete it to free the space."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with filler.open("wb", buffering=0) as file:
        while True:
            try:
                file.write(block)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
                break
        # The last partial block: fill to the very last byte.
        for size in (4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    file.write(b"\0" * size)
    return filler


_HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    connection.close()
    """
)


@contextmanager
def write_lock_held(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program holds the write lock (``BEGIN IMMEDIATE``) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        release_lock(holder)


def release_lock(holder: subprocess.Popen[str]) -> None:
    """Let the other program roll back and end (idempotent)."""
    if holder.poll() is None:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    for pipe in (holder.stdin, holder.stdout):
        if pipe is not None and not pipe.closed:
            pipe.close()


def damage_table(path: Path, table: str = "registrations") -> None:
    """Overwrite the root page of ``table`` with garbage: what a bad sector or a half-written
    page after a power cut leaves. Works on a closed file and on one an open database is
    using (the page is written with Python's open(), on purpose, past the test suite's
    guard against exactly that)."""
    with closing(sqlite3.connect(path)) as connection:
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        # The page as the file holds it, not a newer copy in the WAL.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with stray_database_opens_allowed(), path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)
        file.flush()
        os.fsync(file.fileno())
    # A write elsewhere in the file: every connection drops its page cache (which may still
    # hold the page as it was) and reads the damage from disk, as after a restart.
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE alembic_version SET version_num = version_num")
        connection.execute("COMMIT")


def remount(folder: Path, *, read_only: bool) -> None:
    """Make a :func:`small_disk` read-only, or writable again."""
    subprocess.run(
        ["mount", "-o", f"remount,{'ro' if read_only else 'rw'}", str(folder)],
        check=True,
        capture_output=True,
        timeout=60,
    )
