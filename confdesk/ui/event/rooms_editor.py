"""The event's rooms as an editable table: name, capacity, where to find it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.domain.events.service import RoomData, ValidationError

_NAME, _CAPACITY, _LOCATION = range(3)
_ROOM_ID_ROLE = Qt.ItemDataRole.UserRole


class RoomsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Room"), self.tr("Capacity"), self.tr("Location")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_CAPACITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_LOCATION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_button = QPushButton(self.tr("&Add room"))
        self.add_button.setToolTip(self.tr("Add a room (Ctrl+Shift+A)"))
        self.remove_button = QPushButton(self.tr("&Remove room"))
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.add_room)
        self.add_button.clicked.connect(self.add_room)
        self.remove_button.clicked.connect(self.remove_selected_rooms)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._loading = False

    def set_rooms(self, rooms: tuple[RoomData, ...] | list[RoomData]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for room in rooms:
                self._append_row(room)
        finally:
            self._loading = False
        self._update_buttons()

    def commit_open_edit(self) -> None:
        """A cell still being typed in counts as entered: its text goes into the table
        (and marks the page changed) before anyone asks whether there is something to
        save."""
        editor = QApplication.focusWidget()
        # Only while a cell is open: an editor just closed by Enter may hold the focus
        # until it is deleted, and is no longer the view's.
        editing = self.table.state() == QAbstractItemView.State.EditingState
        if editing and editor is not None and self.table.viewport().isAncestorOf(editor):
            self.table.commitData(editor)

    def rooms(self) -> list[RoomData]:
        """The rooms as entered; a capacity that is not a whole number is refused."""
        result = []
        for row in range(self.table.rowCount()):
            name = self._text(row, _NAME)
            capacity_text = self._text(row, _CAPACITY)
            capacity: int | None = None
            if capacity_text:
                try:
                    capacity = int(capacity_text)
                except ValueError:
                    raise ValidationError(
                        "rooms",
                        f"The capacity of “{name}” must be a whole number.",
                        code="room_capacity_not_number",
                        room=name,
                    ) from None
            name_item = self.table.item(row, _NAME)
            room_id = name_item.data(_ROOM_ID_ROLE) if name_item is not None else None
            result.append(
                RoomData(
                    id=room_id,
                    name=name,
                    capacity=capacity,
                    location=self._text(row, _LOCATION),
                )
            )
        return result

    def add_room(self) -> None:
        name_item = self._append_row(RoomData(name=""))
        self.table.setCurrentItem(name_item)
        self.table.editItem(name_item)
        self.changed.emit()

    def remove_selected_rooms(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def selected_room_ids(self) -> list[int]:
        ids = []
        for row in {index.row() for index in self.table.selectedIndexes()}:
            item = self.table.item(row, _NAME)
            if item is not None and item.data(_ROOM_ID_ROLE) is not None:
                ids.append(item.data(_ROOM_ID_ROLE))
        return ids

    def _append_row(self, room: RoomData) -> QTableWidgetItem:
        """Add a row for ``room``; its name cell is returned."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_item = QTableWidgetItem(room.name)
        name_item.setData(_ROOM_ID_ROLE, room.id)
        capacity_item = QTableWidgetItem("" if room.capacity is None else str(room.capacity))
        capacity_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, _NAME, name_item)
        self.table.setItem(row, _CAPACITY, capacity_item)
        self.table.setItem(row, _LOCATION, QTableWidgetItem(room.location))
        return name_item

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _on_item_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))
