"""UI fixtures: English by default, message boxes answered by the test (never blocking),
and a main window on a fresh database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from confdesk import settings
from confdesk.db.database import open_database
from confdesk.domain.events.service import EventDraft, EventService, RoomData
from confdesk.settings import Settings
from confdesk.ui.shell.language.i18n import LanguageInstaller
from confdesk.ui.shell.main_window import MainWindow
from tests.ui.opened_urls import OpenedUrls


@dataclass
class MessageBoxes:
    """Every message box a test triggered, and the answer the next question gets."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if kind in (None, shown_kind)]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: QWidget, title: str, text: str, *args: object, **kwargs: object):
            boxes.shown.append((kind, title, text))
            return boxes.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind)))
    return boxes


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> Iterator[LanguageInstaller]:
    installer = LanguageInstaller(qapp)
    installer.install("en")
    yield installer
    installer.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def lan_on_loopback_only(isolated_user_folders: Path) -> None:
    """A window on an event with desks starts the LAN exchange: in tests it serves on
    127.0.0.1 only and never announces itself (no multicast on a real interface)."""
    loopback = Settings()
    loopback.set(settings.LAN_BIND, "127.0.0.1:0")
    loopback.set(settings.LAN_DISCOVERY, False)


@pytest.fixture
def user_settings(isolated_user_folders: Path) -> Settings:
    """A desk that was named already: an unnamed one asks for its name (a modal dialog)
    the first time the check-in screen opens."""
    named = Settings()
    named.set(settings.DESK_NAME, "Desk 1")
    return named


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite"


@pytest.fixture
def event_database(database_path: Path) -> Path:
    """A database with one event and two rooms."""
    database = open_database(database_path)
    EventService(database).create(
        EventDraft(
            title="Regionalkonferenz Modellprojekte Smart Cities",
            start_date=date(2027, 3, 18),
            end_date=date(2027, 3, 18),
            venue_name="Kulturzentrum Bad Belzig",
        ),
        [RoomData("Großer Saal", 200), RoomData("Seminarraum 1", 30, "1. OG")],
    )
    database.close()
    return database_path


@pytest.fixture
def make_window(qtbot, user_settings: Settings) -> Iterator[Callable[[Path | None], MainWindow]]:
    windows: list[MainWindow] = []

    def make(path: Path | None) -> MainWindow:
        window = MainWindow(user_settings)
        qtbot.addWidget(window)
        if path is not None:
            window.open_database(path)
        with qtbot.waitExposed(window):
            window.show()
        # Window shortcuts (Ctrl+S, Ctrl+1) reach only the active window.
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.release()


@pytest.fixture
def answer_next_dialog() -> Callable[[Callable[[QWidget], None]], None]:
    """Act on the next modal dialog once its event loop runs (exec() blocks the test)."""

    def schedule(callback: Callable[[QWidget], None]) -> None:
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, act)
                return
            callback(dialog)

        QTimer.singleShot(0, act)

    return schedule


@pytest.fixture
def opened_urls() -> Iterator[OpenedUrls]:
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    yield opened
    QDesktopServices.unsetUrlHandler("file")
