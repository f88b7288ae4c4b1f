"""Table columns that fit the table: short columns as wide as their longest word, the rest
sharing what is left.

Fixed pixel widths that suited a 1600-pixel screen pushed Category, Status and Checked-in
off the right edge of a 1366-pixel laptop and cut "Registered" to "Registere". Here a
column of short words (a category, a status, "yes") is exactly as wide as its header or
the longest word it can hold — known from the vocabulary, so no row is read to measure
it — and the columns of free text (names, organizations) divide the remaining width by
their weights whenever the table changes size. Nothing is ever wider than the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

# Below this a text column is not worth showing; the table scrolls instead.
MIN_TEXT_COLUMN = 60
# Beside the style's own cell margins: a word never touches the next column.
_BREATHING_ROOM = 4


class ColumnFitter(QObject):
    def __init__(
        self,
        view: QTableView,
        short_columns: Mapping[int, Iterable[str]],
        text_columns: Mapping[int, int],
        sortable: Iterable[int] = (),
    ) -> None:
        """``short_columns``: column → every text its cells can show; ``text_columns``:
        column → its share of the width left over (its weight); ``sortable``: the columns
        whose header may carry the sort arrow."""
        super().__init__(view)
        self._view = view
        self._sortable = set(sortable)
        self._short = {column: list(words) for column, words in short_columns.items()}
        self._weights = dict(text_columns)
        # A long organization is cut at the column's edge (with "…"), not after the last
        # word that fits: the column shows as much as it can.
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(min(header.minimumSectionSize(), MIN_TEXT_COLUMN))
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.fit()

    def header_width(self, column: int) -> int:
        """The header's text whole, laid out as the style lays out a header label: a
        margin either side, and room for the sort arrow where one may be drawn."""
        header = self._view.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
        width = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if column in self._sortable and self._view.isSortingEnabled():
            width += header.sizeHint().height() // 2 + 2 * margin
        return width

    def short_width(self, column: int) -> int:
        view = self._view
        padding = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        widest = max(
            (view.fontMetrics().horizontalAdvance(word) for word in self._short[column]),
            default=0,
        )
        return max(self.header_width(column), widest + padding) + _BREATHING_ROOM

    def fit(self) -> None:
        view = self._view
        shown = [column for column in self._short if not view.isColumnHidden(column)]
        for column in shown:
            view.setColumnWidth(column, self.short_width(column))
        texts = {c: w for c, w in self._weights.items() if not view.isColumnHidden(c)}
        if not texts:
            return
        used = sum(view.columnWidth(column) for column in shown)
        # Columns neither short nor weighted keep their width (and count as used).
        header = view.horizontalHeader()
        for column in range(header.count()):
            if (
                column not in self._short
                and column not in texts
                and not view.isColumnHidden(column)
            ):
                used += view.columnWidth(column)
        left = max(view.viewport().width() - used, 0)
        total = sum(texts.values())
        columns = list(texts)
        for column in columns[:-1]:
            width = max(left * texts[column] // total, MIN_TEXT_COLUMN)
            view.setColumnWidth(column, width)
        # The last takes the rounding, so the columns end exactly at the table's edge.
        rest = left - sum(view.columnWidth(column) for column in columns[:-1])
        view.setColumnWidth(columns[-1], max(rest, MIN_TEXT_COLUMN))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False
