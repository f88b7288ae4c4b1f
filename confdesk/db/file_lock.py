"""One confdesk process per database file, and no stray descriptor of it in ours.

SQLite guards a file with POSIX advisory locks, which belong to the process and the inode:
closing *any* descriptor of the file in this process, even one opened for a moment to read
its header or sniff its type, cancels all of them ("How To Corrupt An SQLite Database
File", §2.2). Another process then believes it is the file's last user, checkpoints and
deletes the WAL under our feet. Two defences live here:

- A lock beside the database (``NAME.lock``), taken when the file is opened and held until
  it is closed. It is an ``flock`` lock on POSIX and a byte-range lock on Windows, both tied
  to the one descriptor we keep, so a ``close()`` of another descriptor elsewhere in the
  process cannot cancel it. (SQLite's ``locking_mode=EXCLUSIVE`` was weighed and left: it
  still rests on the same cancellable POSIX locks, and it would shut out our own worker
  threads' connections.) A second confdesk process is refused with who holds the file.
- A registry of the files this process has open, so that code handing a user-chosen path
  to ``open()`` (an import, a logo, an export, a PDF) can refuse a path that names one of
  them, and the test suite can fail any such ``open()``.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from confdesk.errors import UserError

LOCK_SUFFIX = ".lock"
# The files SQLite keeps beside a database in WAL mode.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# Windows locks a byte range and refuses reads of it: lock a byte far past the holder's
# description, which stays readable for the process that is refused.
_WINDOWS_LOCK_OFFSET = 1 << 20

# What this process is, for the sentence another process shows: "window", or the name of a
# command-line command. The entry points set it.
_program = "window"


def set_program(program: str) -> None:
    global _program
    _program = program


@dataclass
class _Held:
    descriptor: int
    count: int


_held: dict[str, _Held] = {}
_guard = threading.Lock()
# Kept ready for cheap look-ups on every open(): the file names alone, then the full paths.
_open_names: frozenset[str] = frozenset()
_open_files: frozenset[str] = frozenset()


def _update_open_files() -> None:
    global _open_names, _open_files
    _open_files = frozenset(key + suffix for key in _held for suffix in ("", *SIDE_SUFFIXES))
    _open_names = frozenset(os.path.basename(name) for name in _open_files)


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def acquire(path: Path) -> None:
    """Take the file for this process.

    Opening the same file again in this process only counts: each :func:`release` gives
    one back, and the lock goes with the last.
    """
    key = _key(path)
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return
        lock_path = Path(str(path) + LOCK_SUFFIX)
        # An OSError here (a read-only folder, say) is the caller's to explain.
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise _in_use_error(path, lock_path)
        _describe_holder(descriptor)
        _held[key] = _Held(descriptor, 1)
        _update_open_files()


def release(path: Path) -> None:
    key = _key(path)
    with _guard:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
        _update_open_files()
        # Closing the one descriptor releases the lock. The file stays: deleting it would
        # race with a process that has just opened it and is about to lock it.
        with contextlib.suppress(OSError):
            os.ftruncate(held.descriptor, 0)
        os.close(held.descriptor)


def is_held(path: Path) -> bool:
    with _guard:
        return _key(path) in _held


def names_open_database(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> bool:
    """Whether ``path`` is a database this process has open, or its WAL or shared memory."""
    try:
        name = os.fsdecode(path)
    except TypeError:
        return False
    if os.path.normcase(os.path.basename(name)) not in _open_names:
        return False  # the common case, decided without touching the disk
    try:
        return _key(Path(name)) in _open_files
    except (OSError, ValueError):
        return False


def refuse_open_database(path: str | os.PathLike[str]) -> None:
    """Refuse a user-chosen file that is (a part of) a database open in this process:
    reading it would cancel SQLite's locks, writing it would destroy the database."""
    if names_open_database(path):
        raise UserError(
            f"{path} is the database confdesk has open; choose another file.",
            code="is_open_database",
            path=str(path),
        )


def _try_lock(descriptor: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _describe_holder(descriptor: int) -> None:
    holder = {
        "pid": os.getpid(),
        "program": _program,
        "host": socket.gethostname(),
        "since": datetime.now().isoformat(timespec="seconds"),
    }
    data = json.dumps(holder).encode()
    # The description is a courtesy for the refused process; the lock is what counts.
    with contextlib.suppress(OSError):
        os.ftruncate(descriptor, 0)
        if hasattr(os, "pwrite"):
            os.pwrite(descriptor, data, 0)
        else:  # Windows: write, then go back to where the lock is
            os.lseek(descriptor, 0, os.SEEK_SET)
            os.write(descriptor, data)
            os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)


def _in_use_error(path: Path, lock_path: Path) -> UserError:
    holder: dict[str, object] = {}
    with contextlib.suppress(OSError, ValueError):
        text = lock_path.read_text(encoding="utf-8", errors="replace").strip("\x00 \n")
        loaded = json.loads(text) if text else {}
        if isinstance(loaded, dict):
            holder = loaded
    program = str(holder.get("program") or "window")
    pid = str(holder.get("pid") or "?")
    host = str(holder.get("host") or "")
    if host and host != socket.gethostname():
        return UserError(
            f"{path} is open in confdesk on the computer {host}; close it there first.",
            code="open_on_other_computer",
            path=path,
            host=host,
        )
    if program == "window":
        return UserError(
            f"{path} is open in a confdesk window on this computer (process {pid}); "
            "close it there first.",
            code="open_in_window",
            path=path,
            pid=pid,
        )
    return UserError(
        f"{path} is in use by 'confdesk {program}' on this computer (process {pid}); "
        "wait for it to finish, or stop it.",
        code="open_in_command",
        path=path,
        pid=pid,
        command=program,
    )
