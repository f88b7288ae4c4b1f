"""What went wrong when a write did not reach the disk, named so a person can act on it.

A desk must never say "scan again" when scanning again cannot help. Every failure of a
write is one of a few kinds, each with its own way out: a full disk needs space freed, a
read-only file needs copying somewhere writable, a lock needs the other program closed, a
damaged file needs a backup, a file that was moved or deleted needs finding. The kinds come
from SQLite's primary result codes (Python 3.11 exposes them as ``sqlite_errorcode``) and
from the ``errno`` of plain file errors.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from enum import StrEnum
from pathlib import Path

from confdesk.errors import UserError
from confdesk.words.errors import ErrorCode


class StorageFault(StrEnum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    IO_ERROR = "io_error"
    DAMAGED = "damaged"
    FILE_GONE = "file_gone"

    @property
    def may_pass(self) -> bool:
        """Whether the same write can succeed later without anyone touching confdesk: a
        lock is released, space is freed, a mount is made writable again, a flaky disk
        answers. A damaged or vanished file stays so: retrying would only repeat the red."""
        return self not in (StorageFault.DAMAGED, StorageFault.FILE_GONE)


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

_BY_SQLITE_CODE = {
    _SQLITE_BUSY: StorageFault.LOCKED,
    _SQLITE_LOCKED: StorageFault.LOCKED,
    _SQLITE_READONLY: StorageFault.READ_ONLY,
    _SQLITE_IOERR: StorageFault.IO_ERROR,
    _SQLITE_CORRUPT: StorageFault.DAMAGED,
    _SQLITE_NOTADB: StorageFault.DAMAGED,
    _SQLITE_FULL: StorageFault.DISK_FULL,
    _SQLITE_CANTOPEN: StorageFault.FILE_GONE,
}
# Extended codes whose kind differs from their primary code's.
_SQLITE_IOERR_SHMSIZE = 10 | (19 << 8)  # the -shm file cannot grow: "may be out of space"
_SQLITE_READONLY_DBMOVED = 8 | (4 << 8)  # the file was renamed or deleted under SQLite
_BY_EXTENDED_CODE = {
    _SQLITE_IOERR_SHMSIZE: StorageFault.DISK_FULL,
    _SQLITE_READONLY_DBMOVED: StorageFault.FILE_GONE,
}
_BY_ERRNO = {
    errno.ENOSPC: StorageFault.DISK_FULL,
    errno.EDQUOT: StorageFault.DISK_FULL,
    errno.EROFS: StorageFault.READ_ONLY,
    errno.EACCES: StorageFault.READ_ONLY,
    errno.EPERM: StorageFault.READ_ONLY,
    errno.EIO: StorageFault.IO_ERROR,
    errno.ENOENT: StorageFault.FILE_GONE,
    errno.ESTALE: StorageFault.FILE_GONE,
}


class StorageError(UserError):
    """A write that did not reach the disk, with its kind. Nothing of it was recorded."""

    def __init__(self, fault: StorageFault, detail: str = "") -> None:
        # The English sentence is the catalogue's, which also holds the German one.
        super().__init__(
            ErrorCode[f"STORAGE_{fault.name}"].english,
            code=f"storage_{fault.value}",
            fault=fault.value,
            detail=detail,
        )
        self.fault = fault


# Below this much free space an I/O error is taken for a full disk: SQLite reports a
# shared-memory index it cannot grow, or a write cut short, as an I/O error.
_NEARLY_FULL_BYTES = 256 * 1024


def classify(error: BaseException, path: Path | None = None) -> StorageFault | None:
    """The kind of a storage failure, or None when ``error`` is not one (a bug, say).
    ``path``, the database file, lets an I/O error on a full disk be named as such."""
    fault = _classify(error)
    if fault is StorageFault.IO_ERROR and path is not None and _nearly_full(path):
        return StorageFault.DISK_FULL
    return fault


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def _classify(error: BaseException) -> StorageFault | None:
    orig = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's exception
    if isinstance(orig, BaseException):
        return _classify(orig)
    if isinstance(error, StorageError):
        return error.fault
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code in _BY_EXTENDED_CODE:
            return _BY_EXTENDED_CODE[code]
        if code is not None and (code & 0xFF) in _BY_SQLITE_CODE:
            return _BY_SQLITE_CODE[code & 0xFF]
        return _classify_message(str(error))
    if isinstance(error, OSError) and error.errno is not None:
        return _BY_ERRNO.get(error.errno, StorageFault.IO_ERROR)
    return None


def storage_error(error: BaseException, path: Path | None = None) -> StorageError | None:
    """``error`` as a :class:`StorageError` when it is a storage failure."""
    if isinstance(error, StorageError):
        return error
    fault = classify(error, path)
    return None if fault is None else StorageError(fault, detail=str(error))


def _classify_message(text: str) -> StorageFault | None:
    # Only for errors raised without a result code (older drivers, wrapped errors).
    text = text.lower()
    for words, fault in (
        (("disk is full", "database or disk is full"), StorageFault.DISK_FULL),
        (("readonly", "read-only"), StorageFault.READ_ONLY),
        (("locked", "busy"), StorageFault.LOCKED),
        (("malformed", "not a database", "corrupt"), StorageFault.DAMAGED),
        (("disk i/o error",), StorageFault.IO_ERROR),
        (("unable to open",), StorageFault.FILE_GONE),
    ):
        if any(word in text for word in words):
            return fault
    return None
