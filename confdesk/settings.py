"""Every option confdesk remembers, declared once, typed, with its default.

The rest of the code reads and writes options only through these declarations; nobody
invents a key inline. The store is a small JSON file in the platform's config folder
(``CONFDESK_CONFIG_DIR`` overrides it), shared by the command line and the GUI, so it
works without Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from confdesk.files import replace_atomically
from confdesk.paths import config_dir

T = TypeVar("T", str, int, bool, float)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    description: str

    @property
    def value_type(self) -> type[T]:
        return type(self.default)


# -- The declarations ---------------------------------------------------------------------
LANGUAGE = Option("ui/language", "", "UI language: 'de', 'en' or '' for the system's")
LAST_DATABASE = Option("database/last", "", "The database file opened last in the GUI")
CURRENT_EVENT_UUID = Option("event/current", "", "UUID of the event the desk works on")
WINDOW_GEOMETRY = Option("window/geometry", "", "Main window geometry (base64)")
WINDOW_STATE = Option("window/state", "", "Main window tool bar and dock state (base64)")
LAST_SCREEN = Option("window/screen", "event", "The screen shown when the window closed")
# Empty until the desk is named: the check-in screen asks the first time it opens. Never the
# host name ("vm", "DESKTOP-4F7Q2"): it means nothing to a volunteer reading a record.
DESK_NAME = Option("desk/name", "", "This desk's name in check-in records")
OPERATOR_NAME = Option("desk/operator", "", "Who works the desk, for check-in records")
CHECKIN_SOUND = Option("checkin/sound", True, "Play a sound for each check-in result")
# A keyboard-mode scanner types a code faster than any person: keys closer together than
# this (milliseconds) are read as one scan.
SCANNER_KEY_GAP_MS = Option(
    "checkin/scanner_key_gap_ms", 40, "Longest gap between a scanner's keys"
)
PRINT_STOCK = Option("print/stock", "a6-4up", "The badge stock chosen last")
# Where this desk's printer puts a page relative to where the PDF says (from a calibration
# page), added to every badge.
PRINT_OFFSET_X_MM = Option("print/offset_x_mm", 0.0, "Printer offset to the right, in mm")
PRINT_OFFSET_Y_MM = Option("print/offset_y_mm", 0.0, "Printer offset downwards, in mm")
# Many German events agree a mark for photographers: here a dot in the badge's band, green
# for "may be photographed", red and struck through for "no photos".
PRINT_PHOTO_MARK = Option("print/photo_mark", False, "Show photo consent on badges")
PDF_FOLDER = Option("print/pdf_folder", "", "The folder a PDF was saved into last")
# Badge station: the desk prints each person's badge the moment they are checked in at the
# venue, on a label printer of its own (its system name) and the stock loaded in it.
BADGE_STATION = Option("checkin/print_badges", False, "Print a badge at each check-in")
BADGE_STATION_PRINTER = Option("checkin/badge_printer", "", "The desk's badge printer")
# One badge per page, as a label printer or a single A6 card takes it.
BADGE_STATION_STOCK = Option("checkin/badge_stock", "a6", "The stock in the badge printer")
# The LAN exchange between an event's desks (issue 17): where this desk answers (any
# address, a free port: the other desks find it by discovery, nothing to type in), and
# whether it announces itself and looks for the others on the network.
LAN_BIND = Option("sync/lan_bind", "0.0.0.0:0", "Where this desk answers its peers (HOST:PORT)")
LAN_DISCOVERY = Option("sync/lan_discovery", True, "Find the event's other desks on the LAN")

ALL_OPTIONS: tuple[Option[Any], ...] = (
    LANGUAGE,
    LAST_DATABASE,
    CURRENT_EVENT_UUID,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_SCREEN,
    DESK_NAME,
    OPERATOR_NAME,
    CHECKIN_SOUND,
    SCANNER_KEY_GAP_MS,
    PRINT_STOCK,
    PRINT_OFFSET_X_MM,
    PRINT_OFFSET_Y_MM,
    PRINT_PHOTO_MARK,
    PDF_FOLDER,
    BADGE_STATION,
    BADGE_STATION_PRINTER,
    BADGE_STATION_STOCK,
    LAN_BIND,
    LAN_DISCOVERY,
)


class Settings:
    """The option values of this user, backed by ``settings.json``."""

    FILE_NAME = "settings.json"

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or config_dir()) / self.FILE_NAME
        self._stamp: tuple[int, int] | None = None
        self._values: dict[str, Any] = self._load()

    def get(self, option: Option[T]) -> T:
        if self._file_stamp() != self._stamp:  # another Settings (or process) saved since
            self._values = self._load()
        value = self._values.get(option.key, option.default)
        # A hand-edited or older file with a wrong type falls back to the default.
        return value if isinstance(value, option.value_type) else option.default

    def set(self, option: Option[T], value: T) -> None:
        """Save one option, merged into what the file holds now: two Settings objects (the
        window and a dialog, or two processes) never undo each other's options."""
        if not isinstance(value, option.value_type):
            raise TypeError(f"{option.key} takes {option.value_type.__name__}, not {value!r}")
        self._values = self._load()
        self._values[option.key] = value
        self._save()

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            found = self.path.stat()
        except OSError:
            return None
        return (found.st_mtime_ns, found.st_ino)

    def _load(self) -> dict[str, Any]:
        self._stamp = self._file_stamp()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self._values, indent=2, sort_keys=True)
        replace_atomically(self.path, text.encode("utf-8"))
        self._stamp = self._file_stamp()
