"""The registrations as a Qt table model that stays smooth at 50,000 rows.

Like Anki's browser model it holds only the ids in display order; the rows themselves are
loaded a page at a time when the view first asks for one, and kept in a cache until the
next refresh. Searching, filtering and sorting are done by the database
(:mod:`confdesk.domain.registrations.search`) and only replace the id list.

When the file cannot be read (damaged, gone, a disk error) the model shows what it could
read — possibly nothing — and says why in :attr:`RegistrationTableModel.read_fault`
(announced by ``read_fault_changed``); a page that failed is not asked for again until the
next refresh, so a view painting its rows does not repeat the failure hundreds of times.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from confdesk.db.database import Database
from confdesk.db.storage_faults import StorageError, StorageFault
from confdesk.domain.registrations.names import PersonName
from confdesk.domain.registrations.search import (
    RegistrationFilter,
    RegistrationRow,
    SortKey,
    load_rows,
    search_registration_ids,
)
from confdesk.ui.shell.language.labels import (
    category_label,
    category_labels,
    status_label,
    status_labels,
)
from confdesk.ui.shell.widgets.table_columns import ColumnFitter

PAGE_SIZE = 100
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    POSITION = 2
    CATEGORY = 3
    STATUS = 4
    CHECKED_IN = 5
    BADGE = 6
    EMAIL = 7


_SORT_KEYS = {
    Column.NAME: SortKey.NAME,
    Column.ORGANIZATION: SortKey.ORGANIZATION,
    Column.POSITION: SortKey.POSITION,
    Column.CATEGORY: SortKey.CATEGORY,
    Column.STATUS: SortKey.STATUS,
    Column.EMAIL: SortKey.EMAIL,
}


# Free text that a narrow column may cut short: the whole text is its tooltip.
_LONG_TEXT_COLUMNS = frozenset({Column.ORGANIZATION, Column.POSITION, Column.EMAIL})


def _header(column: Column) -> str:
    titles = {
        Column.NAME: QCoreApplication.translate("RegistrationTableModel", "Name"),
        Column.ORGANIZATION: QCoreApplication.translate("RegistrationTableModel", "Organization"),
        Column.POSITION: QCoreApplication.translate("RegistrationTableModel", "Position"),
        Column.CATEGORY: QCoreApplication.translate("RegistrationTableModel", "Category"),
        Column.STATUS: QCoreApplication.translate("RegistrationTableModel", "Status"),
        Column.CHECKED_IN: QCoreApplication.translate("RegistrationTableModel", "Checked in"),
        Column.BADGE: QCoreApplication.translate("RegistrationTableModel", "Badge"),
        Column.EMAIL: QCoreApplication.translate("RegistrationTableModel", "E-mail"),
    }
    return titles[column]


def registration_columns(view: QTableView, weights: Mapping[Column, int]) -> ColumnFitter:
    """Fit ``view``'s columns: the short words (category, status, yes) whole, the free-text
    columns in ``weights`` sharing the rest."""
    yes = [QCoreApplication.translate("RegistrationTableModel", "yes")]
    short_columns: dict[int, list[str]] = {
        Column.CATEGORY: list(category_labels().values()),
        Column.STATUS: list(status_labels().values()),
        Column.CHECKED_IN: yes,
        Column.BADGE: yes,
    }
    text_columns = {int(column): weight for column, weight in weights.items()}
    return ColumnFitter(view, short_columns, text_columns, sortable=_SORT_KEYS)


def display_name(row: RegistrationRow) -> str:
    """Family name first, so the column sorts and scans the way desk lists are read."""
    return PersonName.of(row).family_first


class RegistrationTableModel(QAbstractTableModel):
    # The file could (again) be read, or not: read_fault says why.
    read_fault_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.read_fault: StorageFault | None = None
        self._unreadable_pages: set[int] = set()
        self._database: Database | None = None
        self._event_id: int | None = None
        self._filter = RegistrationFilter()
        self._sort = SortKey.NAME
        self._descending = False
        self._ids: list[int] = []
        self._rows: dict[int, RegistrationRow] = {}

    # -- What to show -----------------------------------------------------------------------
    def set_event(self, database: Database | None, event_id: int | None) -> None:
        self._database = database
        self._event_id = event_id
        self.refresh()

    def set_filter(self, registration_filter: RegistrationFilter) -> None:
        if registration_filter != self._filter:
            self._filter = registration_filter
            self.refresh()

    @property
    def registration_filter(self) -> RegistrationFilter:
        return self._filter

    def refresh(self) -> None:
        """Query the ids again and forget the cached rows (after any change)."""
        self.beginResetModel()
        self._rows.clear()
        self._unreadable_pages.clear()
        fault: StorageFault | None = None
        if self._database is None or self._event_id is None:
            self._ids = []
        else:
            try:
                self._ids = search_registration_ids(
                    self._database, self._event_id, self._filter, self._sort, self._descending
                )
            except StorageError as error:
                self._ids = []
                fault = error.fault
        self.endResetModel()
        self._set_read_fault(fault)

    def forget_rows(self, registration_ids: list[int]) -> None:
        """One registration changed: reload just its row, keep order and selection."""
        for registration_id in registration_ids:
            self._rows.pop(registration_id, None)
            if registration_id in self._ids:
                row = self._ids.index(registration_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, registration_id: int) -> int | None:
        try:
            return self._ids.index(registration_id)
        except ValueError:
            return None

    def registration_at(self, row: int) -> RegistrationRow | None:
        registration_id = self.id_at(row)
        if registration_id is None:
            return None
        if registration_id not in self._rows:
            self._load_page_around(row)
        return self._rows.get(registration_id)

    # -- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return _header(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        registration = self.registration_at(index.row())
        if registration is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(registration, column)
        if role == Qt.ItemDataRole.UserRole:
            return registration.id
        if role == Qt.ItemDataRole.ForegroundRole and registration.status == "cancelled":
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return registration.email or None
        if role == Qt.ItemDataRole.ToolTipRole and column in _LONG_TEXT_COLUMNS:
            # What a narrow column cut short ("Koordinierungs- und Transferst…").
            return self._display(registration, column) or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        if self._database is not None and self._event_id is not None:
            try:
                self._ids = search_registration_ids(
                    self._database, self._event_id, self._filter, self._sort, self._descending
                )
            except StorageError as error:
                self._set_read_fault(error.fault)
        self.layoutChanged.emit()

    # -- Internals --------------------------------------------------------------------------
    def _display(self, registration: RegistrationRow, column: Column) -> str:
        yes = QCoreApplication.translate("RegistrationTableModel", "yes")
        if column == Column.NAME:
            return display_name(registration)
        if column == Column.ORGANIZATION:
            return registration.organization
        if column == Column.POSITION:
            return registration.position
        if column == Column.CATEGORY:
            return category_label(registration.category)
        if column == Column.STATUS:
            return status_label(registration.status)
        if column == Column.CHECKED_IN:
            return yes if registration.checked_in else ""
        if column == Column.BADGE:
            return yes if registration.badge_printed else ""
        return registration.email

    def _load_page_around(self, row: int) -> None:
        if self._database is None:
            return
        start = (row // PAGE_SIZE) * PAGE_SIZE
        if start in self._unreadable_pages:
            return
        page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._rows]
        try:
            self._rows.update(load_rows(self._database, page))
        except StorageError as error:
            self._unreadable_pages.add(start)
            self._set_read_fault(error.fault)

    def _set_read_fault(self, fault: StorageFault | None) -> None:
        if fault != self.read_fault:
            self.read_fault = fault
            self.read_fault_changed.emit()
