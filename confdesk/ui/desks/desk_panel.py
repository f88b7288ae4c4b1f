"""The desk panel: this desk, the desks it has heard from, when, and what is still to reach
each (from :func:`~confdesk.domain.sync.status.sync_status`).

The rows are :class:`PeerRow` values, so a desk heard of another way (the LAN exchange,
which adds live entries) joins the same table through :meth:`DeskPanel.show_rows` without
the panel knowing how.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.domain.sync.status import SyncStatus
from confdesk.ui.shell.language.formatting import file_time, whole_number


@dataclass(frozen=True)
class PeerRow:
    desk_uuid: str
    desk_name: str
    last_contact_at: datetime  # naive UTC, as stored
    pending_to_peer: int
    waiting_from_peer: int


def peer_rows(status: SyncStatus) -> list[PeerRow]:
    """The desks this file has heard from, newest contact first."""
    return [
        PeerRow(
            peer.desk_uuid,
            peer.desk_name,
            peer.last_contact_at,
            peer.pending_to_peer,
            peer.waiting_from_peer,
        )
        for peer in status.peers
    ]


def moment_text(moment: datetime) -> str:
    """A stored moment (naive UTC) as short date and time on this computer's clock."""
    return file_time(moment.replace(tzinfo=UTC).timestamp())


class DeskPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.this_desk_label = QLabel()
        self.this_desk_label.setWordWrap(True)
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Desk"),
                self.tr("Last contact"),
                self.tr("Records still to reach it"),
                self.tr("Waiting here"),
            ]
        )
        self.table.setToolTip(
            self.tr(
                "Records still to reach it: what this desk recorded that the other desk had "
                "not received at the last contact, or recorded since.\nWaiting here: records "
                "the other desk sent that wait for something this desk does not hold yet."
            )
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(
            self.tr(
                "No other desk heard from yet. Make a desk copy for another desk "
                "(File → Desk copy for another desk…), or import a sync file from one."
            )
        )
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.this_desk_label)
        layout.addWidget(self.export_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def show_status(self, status: SyncStatus, desk_name: str) -> None:
        self.this_desk_label.setText(
            self.tr("This desk: {desk}").format(desk=desk_name or self.tr("not named yet"))
        )
        self.export_label.setText(
            self.tr("Last sync file written: {when}").format(
                when=moment_text(status.last_export_at)
            )
            if status.last_export_at is not None
            else self.tr("No sync file written at this desk yet.")
        )
        self.show_rows(peer_rows(status))

    def show_rows(self, rows: Sequence[PeerRow]) -> None:
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (
                row.desk_name or self.tr("Unnamed desk ({id})").format(id=row.desk_uuid[:8]),
                moment_text(row.last_contact_at),
                whole_number(row.pending_to_peer),
                whole_number(row.waiting_from_peer),
            )
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)

    def desk_names(self) -> list[str]:
        """The desks in the table, as shown (for tests and the LAN helper's checks)."""
        return [_text(self.table.item(row, 0)) for row in range(self.table.rowCount())]


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
