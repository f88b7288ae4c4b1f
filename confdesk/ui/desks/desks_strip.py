"""The check-in screen's way to the other desks: a button for the desk panel and, once
there are any, one naming how many double entries the desks made while apart."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from confdesk.db.database import Database
from confdesk.domain.sync.double_entries import double_entries


class DesksStrip(QWidget):
    desks_requested = Signal()
    double_entries_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desks_button = QPushButton(self.tr("Desks…"))
        self.desks_button.setToolTip(
            self.tr("The other desks: when they were heard from, what is still to reach them")
        )
        self.double_entries_button = QPushButton()
        self.double_entries_button.setToolTip(
            self.tr("People checked in at two desks while the desks were apart")
        )
        self.double_entries_button.setStyleSheet("QPushButton { color: #8a4b00; }")
        self.double_entries_button.hide()
        self.desks_button.clicked.connect(self.desks_requested)
        self.double_entries_button.clicked.connect(self.double_entries_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.desks_button)
        layout.addWidget(self.double_entries_button, 1)
        self.double_entry_count = 0

    def refresh(self, database: Database | None, event_id: int | None) -> None:
        count = 0
        if database is not None and event_id is not None:
            count = len(double_entries(database, event_id))
        self.double_entry_count = count
        self.double_entries_button.setText(self.tr("%n double entries…", "", count))
        self.double_entries_button.setVisible(count > 0)
