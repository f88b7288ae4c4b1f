"""The list of double entries: people admitted at two desks while the desks were apart,
each named with both desks and times ("checked in at Desk 1 at 09:41 and at Desk 2 at
09:43"), in the UI language and the event's time zone. Counts already count them once;
the list is for the organiser to know, not to repair."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.domain.sync.double_entries import DoubleEntry
from confdesk.ui.shell.language.i18n import ui_language


class DoubleEntryList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = QLabel(
            self.tr(
                "People checked in at two desks while the desks could not reach each other. "
                "Both records stay; every count counts the person once."
            )
        )
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Checked in")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No double entries."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def show_entries(self, entries: Sequence[DoubleEntry], zone: tzinfo | None) -> None:
        language = ui_language()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(entry.full_name))
            self.table.setItem(row, 1, QTableWidgetItem(entry.describe(zone, language)))
        self.table.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)

    def lines(self) -> list[str]:
        """ "Name — checked in at …" per entry, as shown."""
        return [
            f"{_text(self.table.item(row, 0))} — {_text(self.table.item(row, 1))}"
            for row in range(self.table.rowCount())
        ]


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
