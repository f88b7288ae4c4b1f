"""One session on the agenda grid: a coloured block with its kind, time and title, drawn
in lines laid out by :mod:`confdesk.ui.agenda.block_text` (broken between words only)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from confdesk.domain.agenda.service import SessionData
from confdesk.ui.agenda.block_text import wrap_words

SHORT_BLOCK = 44.0  # px: blocks lower than this get a single line of text
RESIZE_EDGE = 7.0  # px above a block's bottom edge that grab the edge, not the block
TEXT_PADDING = 3.0  # px between the block's edge and its text
HEAD_POINTS = 8.0
TITLE_POINTS = (9.0, 8.0, 7.5)  # the title's sizes, tried in turn until its longest word fits
CONFLICT_COLOR = QColor("#C92A2A")
CONFLICT_TEXT = QColor("#7A1C1C")
SELECTED_COLOR = QColor("#1864AB")


@dataclass(frozen=True)
class TextLine:
    text: str
    font: QFont
    color: QColor


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class SessionBlock(QGraphicsRectItem):
    """Its kind in words, its time and title; a red outline and a warning sign when it is
    part of a conflict. The text goes into ``text_area`` — the whole block, unless the
    scene gives a block for all rooms the part no other block covers."""

    def __init__(
        self,
        session: SessionData,
        rect: QRectF,
        color: str,
        kind_word: str,
        conflicts: list[str],
    ) -> None:
        super().__init__(rect)
        self.session = session
        self.kind_word = kind_word
        self.has_conflict = bool(conflicts)
        self.setBrush(QBrush(QColor(color)))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2 if session.spans_all_rooms else 3)
        self.text_area = QRectF(rect)
        self.lines = self._layout()
        tooltip = f"{session.title}\n{kind_word} · {self.when}"
        if conflicts:
            tooltip += "\n\n" + "\n".join(f"⚠ {line}" for line in conflicts)
        self.setToolTip(tooltip)
        self._update_pen()

    @property
    def when(self) -> str:
        return f"{self.session.starts_at:%H:%M}–{self.session.ends_at:%H:%M}"

    def set_text_area(self, area: QRectF) -> None:
        self.text_area = QRectF(area)
        self.lines = self._layout()
        self.update()

    # -- Text ------------------------------------------------------------------------------
    def _inner(self) -> QRectF:
        return self.text_area.adjusted(TEXT_PADDING, 1, -TEXT_PADDING, -1)

    def _layout(self) -> list[TextLine]:
        session = self.session
        width = self._inner().width()
        color = CONFLICT_TEXT if self.has_conflict else QColor("#000000")
        warning = "⚠ " if self.has_conflict else ""
        if self.text_area.height() < SHORT_BLOCK:
            # Too short for the time as well: the title first (it is what a reader looks
            # for), then the kind, in the lines that fit; the time is in the tooltip.
            font = _font(HEAD_POINTS, bold=True)
            metrics = QFontMetricsF(font)
            count = max(int(self._inner().height() // metrics.lineSpacing()), 1)
            text = f"{warning}{session.title} · {self.kind_word}"
            return [TextLine(line, font, color) for line in wrap_words(text, metrics, width, count)]
        head_font = _font(HEAD_POINTS)
        head_metrics = QFontMetricsF(head_font)
        head = wrap_words(f"{warning}{self.kind_word} · {self.when}", head_metrics, width, 2)
        lines = [TextLine(text, head_font, color) for text in head]
        room_left = self._inner().height() - len(head) * head_metrics.lineSpacing()
        title_font = self._title_font(width)
        title_metrics = QFontMetricsF(title_font)
        count = int(room_left // title_metrics.lineSpacing())
        lines += [
            TextLine(text, title_font, QColor("#000000"))
            for text in wrap_words(session.title, title_metrics, width, count)
        ]
        return lines

    def _title_font(self, width: float) -> QFont:
        """The largest title size at which its longest word fits the block."""
        words = self.session.title.split()
        for points in TITLE_POINTS:
            font = _font(points, bold=True)
            metrics = QFontMetricsF(font)
            if all(metrics.horizontalAdvance(word) <= width for word in words):
                return font
        return _font(TITLE_POINTS[-1], bold=True)

    def title_rect(self) -> QRectF:
        """Where the text is drawn, in scene coordinates (before any position change)."""
        inner = self._inner()
        width = height = 0.0
        for line in self.lines:
            metrics = QFontMetricsF(line.font)
            width = max(width, metrics.horizontalAdvance(line.text))
            height += metrics.lineSpacing()
        return QRectF(inner.left(), inner.top(), min(width, inner.width()), height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        # The pen shows the selection; Qt's dashed selection frame would hide it.
        plain = QStyleOptionGraphicsItem(option)
        plain.state = option.state & ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, widget)
        painter.save()
        painter.setClipRect(self.rect())
        inner = self._inner()
        y = inner.top()
        for line in self.lines:
            metrics = QFontMetricsF(line.font)
            painter.setFont(line.font)
            painter.setPen(line.color)
            painter.drawText(QPointF(inner.left(), y + metrics.ascent()), line.text)
            y += metrics.lineSpacing()
        painter.restore()

    # -- Selection and the mouse -----------------------------------------------------------
    def _update_pen(self) -> None:
        if self.isSelected():
            pen = QPen(SELECTED_COLOR, 3)
        elif self.has_conflict:
            pen = QPen(CONFLICT_COLOR, 2.5, Qt.PenStyle.DashLine)
        else:
            pen = QPen(QColor("#555555"), 1)
        self.setPen(pen)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._update_pen()
        return super().itemChange(change, value)

    def near_bottom(self, y: float) -> bool:
        return self.rect().bottom() - RESIZE_EDGE <= y <= self.rect().bottom() + 2
