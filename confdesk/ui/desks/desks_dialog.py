"""Desks and double entries, in one window beside the main one: the desk panel and the
double-entry list on two tabs, with the sync file buttons. Not modal: the desk goes on
scanning while it is open, and it reads the file again after every change.

The desks listed come from the file (:func:`sync_status`: every desk a sync file or a desk
copy connected this one with). A live source — the LAN exchange — adds its own with
:meth:`DesksDialog.add_peer_source` and calls :meth:`DesksDialog.refresh` when they change;
its row for a desk replaces the file's row for the same desk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from confdesk import settings
from confdesk.db.database import Database
from confdesk.domain.changes import Changes
from confdesk.domain.events.service import EventData
from confdesk.domain.sync.double_entries import double_entries
from confdesk.domain.sync.status import sync_status
from confdesk.settings import Settings
from confdesk.ui.desks.desk_panel import DeskPanel, PeerRow, peer_rows
from confdesk.ui.desks.double_entry_list import DoubleEntryList
from confdesk.ui.desks.sync_actions import SyncActions

DESKS_TAB, DOUBLE_ENTRIES_TAB = 0, 1
PeerSource = Callable[[], Sequence[PeerRow]]


class DesksDialog(QDialog):
    def __init__(
        self, user_settings: Settings, actions: SyncActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Desks and double entries"))
        self._settings = user_settings
        self._database: Database | None = None
        self._event: EventData | None = None
        self._peer_sources: list[PeerSource] = []
        self.desk_panel = DeskPanel()
        self.double_entry_list = DoubleEntryList()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.desk_panel, self.tr("Desks"))
        self.tabs.addTab(self.double_entry_list, self.tr("Double entries"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export sync file…"))
        self.import_button = QPushButton(self.tr("&Import sync file…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(actions.export_sync_file)
        self.import_button.clicked.connect(actions.import_sync_file)
        actions.written.connect(self.refresh)
        actions.imported.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def set_event(self, database: Database | None, event: EventData | None) -> None:
        self._database = database
        self._event = event
        if database is None or event is None:
            self.hide()
        elif self.isVisible():
            self.refresh()

    def add_peer_source(self, source: PeerSource) -> None:
        """Desks known some other way than through the file (the LAN exchange)."""
        self._peer_sources.append(source)

    def show_tab(self, tab: int) -> None:
        self.refresh()
        self.tabs.setCurrentIndex(tab)
        self.show()
        self.raise_()
        self.activateWindow()

    def on_changes(self, changes: Changes, _source: QObject | None) -> None:
        if self.isVisible() and (changes.checkins or changes.registrations or changes.desk):
            self.refresh()

    def refresh(self) -> None:
        if self._database is None or self._event is None:
            return
        status = sync_status(self._database)
        self.desk_panel.show_status(status, self._settings.get(settings.DESK_NAME))
        if self._peer_sources:
            rows = {row.desk_uuid: row for row in peer_rows(status)}
            for source in self._peer_sources:
                rows.update((row.desk_uuid, row) for row in source())
            self.desk_panel.show_rows(
                sorted(rows.values(), key=lambda row: row.last_contact_at, reverse=True)
            )
        entries = double_entries(self._database, self._event.id)
        self.double_entry_list.show_entries(entries, _zone(self._event.timezone))
        self.tabs.setTabText(
            DOUBLE_ENTRIES_TAB,
            self.tr("Double entries ({count})").format(count=len(entries))
            if entries
            else self.tr("Double entries"),
        )


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
