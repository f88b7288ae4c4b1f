"""What the commands share: exit codes, argument types, the event they work on, a
progress line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

from confdesk.errors import UserError
from confdesk.paths import resolve_database_path
from confdesk.words.command_line import Said, language, say
from confdesk.words.counting import Noun, counted
from confdesk.words.errors import describe

if TYPE_CHECKING:
    from confdesk.db.database import Database
    from confdesk.domain.events.service import EventData

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
# A scan that was read and logged but not accepted (already checked in, cancelled, invalid…).
EXIT_NOT_ACCEPTED = 3


def count(number: int, noun: Noun) -> str:
    """ "3 pages" in the command line's language."""
    return counted(number, noun, language())


def explain(error: UserError) -> str:
    """A core error's sentence in the command line's language."""
    return explain_code(error.code, error.params, str(error))


def explain_code(code: str, params: Mapping[str, object], english: str) -> str:
    """The sentence of an error ``code`` in the command line's language: in English the
    core's own sentence ``english`` (which the catalogue repeats), in German the catalogue's
    (the English for a code it lacks)."""
    if language() == "en":
        return english
    return describe(code, params, language(), english)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say(Said.NOT_A_WHOLE_NUMBER, text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(say(Said.NOT_POSITIVE, value=value))
    return value


def non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say(Said.NOT_A_NUMBER, text=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(say(Said.NEGATIVE, value=value))
    return value


def offset(text: str) -> tuple[float, float]:
    try:
        x, y = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(say(Said.NOT_AN_OFFSET, text=text)) from None
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

    def __init__(self, label: Said) -> None:
        self._label = say(label)
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
            line = say(Said.PROGRESS, what=self._label, shown=shown)
            print(f"\rconfdesk: {line}", end="", file=sys.stderr, flush=True)
            self._shown = True


def fail(message: str) -> NoReturn:
    """One line on stderr, and the exit code of a user's mistake."""
    print(f"confdesk: {message}", file=sys.stderr)
    raise SystemExit(EXIT_USER_ERROR)
