"""What the commands share: exit codes, argument types, the event they work on, a
progress line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

from confdesk.errors import UserError
from confdesk.paths import resolve_database_path

if TYPE_CHECKING:
    from confdesk.db.database import Database
    from confdesk.domain.events.service import EventData

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
# A scan that was read and logged but not accepted (already checked in, cancelled, invalid…).
EXIT_NOT_ACCEPTED = 3


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def offset(text: str) -> tuple[float, float]:
    try:
        x, y = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an offset like 1.5,-0.5 (millimetres right, down)"
        ) from None
    return x, y


@contextmanager
def current_event(database_arg: str | None) -> Iterator[tuple[Database, EventData]]:
    """The database and the event the desk works on (the one the GUI shows, else the
    newest), the database closed when the block ends. A missing database file is not
    created just to say it holds no event."""
    from confdesk.db.database import open_database
    from confdesk.domain.events.service import EventService
    from confdesk.settings import CURRENT_EVENT_UUID, Settings

    path = resolve_database_path(database_arg)
    if not path.exists():
        raise UserError(
            f"There is no confdesk database at {path}; create an event in the app or run "
            "'confdesk demo' first.",
            code="no_database",
            path=str(path),
        )
    database = open_database(path)
    try:
        event = EventService(database).current(Settings().get(CURRENT_EVENT_UUID))
        if event is None:
            raise UserError(
                f"{path} holds no event; create one in the app or run 'confdesk demo' first.",
                code="no_event",
                path=str(path),
            )
        yield database, event
    finally:
        database.close()


class ProgressLine:
    """A percentage on stderr while long work runs, only when a person watches it (a
    terminal); pipes and logs get nothing."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._shown = False
        self._enabled = sys.stderr.isatty()

    def __enter__(self) -> Callable[[int, int], None]:
        return self._report

    def __exit__(self, *_exc: object) -> None:
        if self._shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)

    def _report(self, done: int, total: int) -> None:
        if self._enabled:
            shown = f"{100 * done // total}%" if total else "…"
            print(f"\rconfdesk: {self._label} {shown}", end="", file=sys.stderr, flush=True)
            self._shown = True


def fail(message: str) -> NoReturn:
    """One line on stderr, and the exit code of a user's mistake."""
    print(f"confdesk: {message}", file=sys.stderr)
    raise SystemExit(EXIT_USER_ERROR)
