"""The log file: what happened on this desk, for whoever has to find out why afterwards.

:func:`setup_logging` (called first thing by the command line and the GUI) sends the
``confdesk`` loggers to ``confdesk.log`` in the platform's log folder
(:func:`confdesk.paths.log_dir`), rotating at 1 MB and keeping five files; it points
``faulthandler`` at ``faults.log`` beside it and makes ``sys.excepthook`` and
``threading.excepthook`` log the traceback of anything nobody caught. The Windows build
has no console, so without this a crash there leaves no trace at all.

The log holds ids, counts, codes and file paths, never names or e-mail addresses: log
what a service did (``import file=… added=3``), not whom it did it to. Error messages of
:class:`~confdesk.errors.UserError` are not logged (they may name people), only their
``code`` and the parameters that cannot (:func:`log_user_error`).

A log folder that cannot be created or written (read-only, full disk) never stops the
program: the log then goes nowhere, and a line that cannot be written is dropped
silently. Nothing is ever logged to stderr, which belongs to the command line's
one-line messages. Lines are flushed to the operating system, not synced to the disk:
the check-in path pays for its own durable commit, not for the log's.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

from confdesk.errors import UserError
from confdesk.paths import log_dir

LOGGER_NAME = "confdesk"
LOG_FILE_NAME = "confdesk.log"
# Separate from the rotating log: faulthandler writes straight to a file descriptor, which
# the rotation would rename away under it (on Windows not at all: the open file cannot be
# renamed, and the rotation would fail for as long as the process runs).
FAULTS_FILE_NAME = "faults.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 4  # confdesk.log and confdesk.log.1 … .4: five files, 5 MB at most
LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"
# UserError parameters worth logging although they are text: none of them names a person.
_SAFE_TEXT_PARAMS = frozenset(
    {"path", "kind", "field", "language", "revision", "timezone", "role", "category", "choices"}
)

log = logging.getLogger(LOGGER_NAME)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


@dataclass
class _Setup:
    folder: Path
    log_file: Path | None
    handler: logging.Handler
    faults: TextIO | None


_setup: _Setup | None = None


class _DeskFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that never interrupts the desk: a line that cannot be written (full
    disk, file gone) is dropped instead of printing "--- Logging error ---" on stderr."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            # Another confdesk process has the file open, and Windows cannot rename an open
            # file: keep writing to it, and leave the rotation to the next start.
            self.maxBytes = 0
            if self.stream is None:
                self.stream = self._open()


def setup_logging() -> Path | None:
    """Send confdesk's logging to the log file; returns the file, or None when the log
    folder cannot be written (the program carries on without a log).

    Once per process: a second call for the same folder changes nothing. A different
    folder (``CONFDESK_LOG_DIR`` changed, as between tests) moves the log there.
    """
    global _setup
    folder = log_dir()
    if _setup is not None and _setup.folder == folder:
        return _setup.log_file
    shutdown_logging()
    handler, log_file = _file_handler(folder)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    faults = _enable_faulthandler(folder) if log_file is not None else None
    _setup = _Setup(folder=folder, log_file=log_file, handler=handler, faults=faults)
    install_exception_hooks()
    return log_file


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` writes to, or None (not set up, or not writable)."""
    return _setup.log_file if _setup is not None else None


def _file_handler(folder: Path) -> tuple[logging.Handler, Path | None]:
    path = folder / LOG_FILE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _DeskFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        # A NullHandler, so that Python's last-resort handler does not print to stderr.
        return logging.NullHandler(), None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    return handler, path


def _enable_faulthandler(folder: Path) -> TextIO | None:
    """Dump the Python stacks into faults.log on a hard crash (segfault, abort), unless
    someone chose where they go already (``python -X faulthandler``, pytest)."""
    if faulthandler.is_enabled():
        return None
    path = folder / FAULTS_FILE_NAME
    faults: TextIO | None = None
    try:
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_name(FAULTS_FILE_NAME + ".1"))
        # Kept open for the life of the process: faulthandler writes to its descriptor.
        faults = path.open("a", encoding="utf-8")
        # Tells the crashes of different runs apart and matches them to confdesk.log.
        started = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        faults.write(f"--- confdesk process {os.getpid()} started {started}\n")
        faults.flush()
        faulthandler.enable(faults)
    except OSError:
        if faults is not None:
            faults.close()
        return None
    return faults


def shutdown_logging() -> None:
    """Undo :func:`setup_logging`: close the log file and faults.log (tests, between runs)."""
    global _setup
    if _setup is None:
        return
    log.removeHandler(_setup.handler)
    _setup.handler.close()
    if _setup.faults is not None:
        faulthandler.disable()
        _setup.faults.close()
    _setup = None


# -- Exceptions nobody caught -----------------------------------------------------------------
def install_exception_hooks() -> None:
    """Log every uncaught exception, of the main thread and of other threads, then pass it
    on to the hook that was there before (Python's own prints it when there is a stderr).
    Installed by :func:`setup_logging`; idempotent."""
    if not getattr(sys.excepthook, "_confdesk_logs", False):
        sys.excepthook = _chained_excepthook(sys.excepthook)
    if not getattr(threading.excepthook, "_confdesk_logs", False):
        threading.excepthook = _chained_thread_excepthook(threading.excepthook)


def _chained_excepthook(previous: ExceptHook) -> ExceptHook:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        previous(exc_type, exc, tb)

    # A mark on the function object (functions take attributes; Callable does not say so).
    hook._confdesk_logs = True  # type: ignore[attr-defined]
    return hook


def _chained_thread_excepthook(
    previous: Callable[[threading.ExceptHookArgs], object],
) -> Callable[[threading.ExceptHookArgs], object]:
    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            name = args.thread.name if args.thread is not None else "?"
            log.critical(
                "Uncaught exception in thread %s",
                name,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous(args)

    # A mark on the function object (functions take attributes; Callable does not say so).
    hook._confdesk_logs = True  # type: ignore[attr-defined]
    return hook


def log_unexpected(error: BaseException, where: str) -> None:
    """Log a bug that was caught to keep the desk working (a worker's exception shown in a
    dialog, the command line's last resort), with its traceback."""
    log.error("Unexpected error in %s", where, exc_info=(type(error), error, error.__traceback__))


def format_exception(error: BaseException) -> str:
    """The traceback as the log holds it: for a "details" box the user can copy."""
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


# -- Events worth a line -----------------------------------------------------------------------
def log_user_error(error: UserError, where: str = "") -> None:
    """An error a user was shown: its code and the parameters that cannot name a person
    (numbers, paths, kinds); other parameters by name only. Never the message."""
    shown: list[str] = []
    withheld: list[str] = []
    for name, value in error.params.items():
        if isinstance(value, bool | int | float | Path) or name in _SAFE_TEXT_PARAMS:
            shown.append(f"{name}={value}")
        else:
            withheld.append(name)
    if withheld:
        shown.append(f"withheld: {', '.join(withheld)}")
    log.warning(
        "User error %s (%s)%s%s",
        error.code or "without code",
        type(error).__name__,
        f" in {where}" if where else "",
        f": {'; '.join(shown)}" if shown else "",
    )


STORAGE_LOGGER_NAME = "confdesk.storage"


def log_storage_failure(kind: str, detail: str, error: BaseException | None = None) -> None:
    """A write the desk could not make durable (a check-in not stored, a disk full, a
    database locked too long): ``kind`` a short word ("checkin", "disk_full", "locked"),
    ``detail`` ids and paths only. With ``error``, its traceback goes into the log too."""
    logging.getLogger(STORAGE_LOGGER_NAME).error(
        "Storage failure %s: %s",
        kind,
        detail,
        exc_info=(type(error), error, error.__traceback__) if error is not None else None,
    )
