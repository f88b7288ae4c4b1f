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

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
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
from confdesk.errors import UserError
from confdesk.settings import Settings
from confdesk.ui.desks.desk_panel import DeskPanel, PeerRow, peer_rows
from confdesk.ui.desks.double_entry_list import DoubleEntryList
from confdesk.ui.desks.lan_link import LanLink
from confdesk.ui.desks.sync_actions import SyncActions
from confdesk.ui.shell.language.messages import describe_error

DESKS_TAB, DOUBLE_ENTRIES_TAB = 0, 1
PeerSource = Callable[[], Sequence[PeerRow]]


class PairingRow(QWidget):
    """Where the network blocks discovery (many guest Wi-Fis): this desk's address to read
    out or scan, and a field for another desk's address (a scanner types it in too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._link: LanLink | None = None
        self.own_label = QLabel()
        self.own_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(
            self.tr("Another desk's address, e.g. 192.168.1.20:43127")
        )
        self.add_button = QPushButton(self.tr("&Connect"))
        self.add_button.clicked.connect(self.connect_typed)
        self.address_edit.returnPressed.connect(self.connect_typed)
        row = QHBoxLayout()
        row.addWidget(self.address_edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.own_label)
        layout.addLayout(row)
        self.refresh()

    def set_link(self, link: LanLink) -> None:
        self._link = link
        self.refresh()

    def refresh(self) -> None:
        addresses = self._link.own_addresses() if self._link is not None else []
        running = bool(addresses)
        self.own_label.setText(
            self.tr("This desk answers other desks at: {addresses}").format(
                addresses=", ".join(addresses)
            )
            if running
            else self.tr("No exchange on the network: this event has no other desks yet.")
        )
        self.address_edit.setEnabled(running)
        self.add_button.setEnabled(running)

    def connect_typed(self) -> None:
        address = self.address_edit.text().strip()
        if not address or self._link is None:
            return
        try:
            self._link.add_peer(address)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Desks"), describe_error(error))
            return
        self.address_edit.clear()


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
        self.pairing = PairingRow()
        desks_tab = QWidget()
        desks_layout = QVBoxLayout(desks_tab)
        desks_layout.setContentsMargins(0, 0, 0, 0)
        desks_layout.addWidget(self.desk_panel, 1)
        desks_layout.addWidget(self.pairing)
        self.tabs.addTab(desks_tab, self.tr("Desks"))
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

    def set_lan_link(self, link: LanLink) -> None:
        """The network exchange: this desk's address shown, another desk's typed in."""
        self.pairing.set_link(link)

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
        self.pairing.refresh()
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
