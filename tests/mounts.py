"""Real storage faults for tests: a small tmpfs that fills up, remounted read-only.

Mounting needs root (CI runs as root); elsewhere the tests that need it skip and say why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def mount_unavailable() -> str | None:
    """Why a tmpfs cannot be mounted here, or None."""
    if os.name != "posix" or os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    if shutil.which("mount") is None:
        return "needs mount(8)"
    return None


needs_mount = pytest.mark.skipif(mount_unavailable() is not None, reason=mount_unavailable() or "")


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=60)


@contextmanager
def small_tmpfs(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` at ``folder``, unmounted afterwards (lazily, in case a test left
    a file open on it)."""
    folder.mkdir(parents=True, exist_ok=True)
    _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=60)


def remount(folder: Path, *, read_only: bool) -> None:
    _run("mount", "-o", f"remount,{'ro' if read_only else 'rw'}", str(folder))


def fill(folder: Path) -> Path:
    """Fill the file system at ``folder`` to the last byte; the filler file's path."""
    filler = folder / "filler"
    # Unbuffered: every byte that fits is written, and closing has nothing left to fail on.
    with filler.open("wb", buffering=0) as file:
        for size in (65536, 4096, 1):
            try:
                while True:
                    file.write(b"\0" * size)
            except OSError:
                pass
    return filler
