"""Each session's load against its seats: one row per session, the figures in words and a
bar behind them; the sessions running now marked ▶ and scrolled into view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from confdesk.domain.reports.figures import EventReport, SessionFigures
from confdesk.ui.shell.language.formatting import percentage, short_time, whole_number

_SHARE_ROLE = Qt.ItemDataRole.UserRole + 1
FULL = QColor("#c53030")
FILLING = QColor("#9ae6b4")


class _LoadDelegate(QStyledItemDelegate):
    """A bar as long as the share of seats taken, under the words that say it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        share = index.data(_SHARE_ROLE)
        if isinstance(share, float):
            rect = QRectF(option.rect).adjusted(2, 3, -2, -3)
            rect.setWidth(rect.width() * min(share, 1.0))
            painter.save()
            painter.fillRect(rect, FULL if share >= 1.0 else FILLING)
            painter.restore()
        super().paint(painter, option, index)


class SessionLoads(QTableWidget):
    COLUMNS = 4  # time, session, room, checked in of seats

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Session"), self.tr("Room"), self.tr("Checked in / seats")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.setItemDelegateForColumn(3, _LoadDelegate(self))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        self.setFont(font)
        self.horizontalHeader().setFont(font)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def show_sessions(self, report: EventReport) -> None:
        now = report.made_at
        self.setRowCount(len(report.sessions))
        first_current = -1
        for row, figures in enumerate(report.sessions):
            running = figures.starts_at <= now < figures.ends_at
            if first_current < 0 and figures.ends_at > now:
                first_current = row
            time_text = f"{short_time(figures.starts_at)}–{short_time(figures.ends_at)}"
            cells = [
                ("▶ " if running else "") + time_text,
                figures.title,
                figures.room,
                self.load_text(figures),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and figures.seats:
                    item.setData(_SHARE_ROLE, figures.checked_in / figures.seats)
                item.setToolTip(text)
                if running:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        self.horizontalHeader().resizeSection(2, max(self.width() // 6, 60))
        first = self.item(first_current, 0) if first_current >= 0 else None
        if first is not None:
            self.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)

    def load_text(self, figures: SessionFigures) -> str:
        """ "23 / 30 (77 %)"; "23 (no limit)"."""
        if figures.seats is None:
            return self.tr("{checked_in} (no limit)").format(
                checked_in=whole_number(figures.checked_in)
            )
        share = figures.checked_in / figures.seats if figures.seats else 0.0
        return self.tr("{checked_in} / {seats} ({share})").format(
            checked_in=whole_number(figures.checked_in),
            seats=whole_number(figures.seats),
            share=percentage(share),
        )
