"""The sidebar's list of screens: each with its icon, its name and the keys that open it,
so a new volunteer learns Ctrl+3 (or the one key for the check-in) by looking.

The icons are small SVGs drawn for confdesk (``resources/icons/screens/<key>.svg``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from confdesk.paths import resources_dir

_SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1
_KEY_ROLE = Qt.ItemDataRole.UserRole
_GAP = 12  # between a screen's name and its keys
_ROW_HEIGHT = 32  # a comfortable target for a mouse or a finger on a touch pad
_Index = QModelIndex | QPersistentModelIndex


def screen_icon(key: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "screens" / f"{key}.svg"))


def shortcut_text(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


class _ScreenDelegate(QStyledItemDelegate):
    """Draws the keys right-aligned in a quieter colour beside the screen's name."""

    def _keys_width(self, option: QStyleOptionViewItem, index: _Index) -> int:
        keys = str(index.data(_SHORTCUT_ROLE) or "")
        return option.fontMetrics.horizontalAdvance(keys) if keys else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        keys = self._keys_width(option, index)
        return QSize(hint.width() + (keys + _GAP if keys else 0), max(hint.height(), _ROW_HEIGHT))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        keys = str(index.data(_SHORTCUT_ROLE) or "")
        keys_width = self._keys_width(option, index)
        style = item.widget.style() if item.widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 4
        keys_rect = item.rect.adjusted(0, 0, -margin, 0)
        # The name never runs under the keys: it is shortened first (only in a window
        # made narrower than the sidebar was sized for).
        room = item.rect.width() - item.decorationSize.width() - keys_width - _GAP - 3 * margin
        item.text = item.fontMetrics.elidedText(item.text, Qt.TextElideMode.ElideRight, room)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        if not keys:
            return
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(item.palette.color(role))
        painter.drawText(
            keys_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), keys
        )
        painter.restore()


class ScreenList(QListWidget):
    """One row per screen; ``currentRowChanged`` says which one was chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setIconSize(QSize(22, 22))
        self.setItemDelegate(_ScreenDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def add_screen(self, key: str, title: str, shortcuts: list[QKeySequence]) -> None:
        item = QListWidgetItem(screen_icon(key), title)
        item.setData(_KEY_ROLE, key)
        keys = shortcut_text(shortcuts)
        item.setData(_SHORTCUT_ROLE, keys)
        item.setToolTip(f"{title} ({keys})" if keys else title)
        self.addItem(item)

    def shortcut_shown(self, row: int) -> str:
        item = self.item(row)
        return str(item.data(_SHORTCUT_ROLE) or "") if item is not None else ""

    def width_needed(self) -> int:
        """The width at which every row shows its name and keys whole."""
        return self.sizeHintForColumn(0) + 2 * self.frameWidth()
