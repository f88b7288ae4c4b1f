"""A breakdown drawn as bars with its words whole: one row per group, its name, a bar of
those checked in (filled) within those registered (outlined), and "42 / 50" in digits.

Qt Charts shortens a bar chart's axis labels to "…" when a tile is narrow, and a name cut
to "…" tells nothing; here the name keeps the room it needs (up to 55 % of the width) and
the figures are always whole. Filled and outlined differ in form, not only in colour."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from confdesk.ui.shell.language.formatting import whole_number

CAME = QColor("#2f855a")
EXPECTED = QColor("#edf2f7")
EDGE = QColor("#4a5568")
_GAP = 6


@dataclass(frozen=True)
class Group:
    """One row: the group's name in words, checked in, and registered."""

    name: str
    checked_in: int
    registered: int

    @property
    def figures(self) -> str:
        return f"{whole_number(self.checked_in)} / {whole_number(self.registered)}"


class GroupBars(QWidget):
    def __init__(
        self, title: str, came: str, expected: str, scale: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.came_word, self.expected_word = came, expected
        self.groups: list[Group] = []
        self._font = QFont(self.font())
        self._font.setPointSizeF(self._font.pointSizeF() * scale)
        self._title_font = QFont(self._font)
        self._title_font.setPointSizeF(self._font.pointSizeF() * 1.2)
        self._title_font.setBold(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    @property
    def lines(self) -> list[str]:
        """The rows in words, top to bottom: "Kommune 42 / 50"."""
        return [f"{group.name} {group.figures}" for group in self.groups]

    def show_groups(self, groups: Sequence[Group]) -> None:
        self.groups = list(groups)
        self.setToolTip("\n".join([self.title, *self.lines]))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, 240)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(self.foregroundRole())
        painter.setPen(text_color)
        painter.setFont(self._title_font)
        title_height = painter.fontMetrics().height() + _GAP
        painter.drawText(
            QRect(0, 0, self.width(), title_height),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            painter.fontMetrics().elidedText(self.title, Qt.TextElideMode.ElideRight, self.width()),
        )
        painter.setFont(self._font)
        metrics = painter.fontMetrics()
        legend_height = metrics.height() + _GAP
        self._paint_legend(painter, self.height() - legend_height + _GAP, metrics.height())
        if not self.groups:
            return
        area_top = title_height
        area_height = self.height() - title_height - legend_height
        row = min(area_height / len(self.groups), metrics.height() * 1.8)
        name_width = min(
            # The pixel of slack keeps the widest name from being elided by rounding.
            max(metrics.horizontalAdvance(group.name) for group in self.groups) + 2,
            int(self.width() * 0.55),
        )
        figures_width = max(metrics.horizontalAdvance(group.figures) for group in self.groups)
        bar_left = name_width + _GAP
        bar_room = max(self.width() - bar_left - figures_width - 2 * _GAP, 10)
        top_value = max(max(g.registered, g.checked_in) for g in self.groups) or 1
        for index, group in enumerate(self.groups):
            y = area_top + index * row
            line = QRectF(0, y, self.width(), row)
            painter.setPen(text_color)
            name = metrics.elidedText(group.name, Qt.TextElideMode.ElideRight, name_width)
            painter.drawText(
                QRectF(0, y, name_width, row),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            bar_height = max(min(row * 0.7, metrics.height() * 1.2), 2)
            bar_top = line.center().y() - bar_height / 2
            total = max(group.registered, group.checked_in)
            outline = QRectF(bar_left, bar_top, bar_room * total / top_value, bar_height)
            painter.setPen(QPen(EDGE, 1))
            painter.setBrush(EXPECTED)
            painter.drawRect(outline)
            filled = QRectF(outline)
            filled.setWidth(bar_room * group.checked_in / top_value)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CAME)
            painter.drawRect(filled)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(outline.right() + _GAP, y, figures_width + _GAP, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                group.figures,
            )
        painter.end()

    def _paint_legend(self, painter: QPainter, top: float, height: int) -> None:
        text_color = self.palette().color(self.foregroundRole())
        metrics = painter.fontMetrics()
        x = 0.0
        box = height * 0.7
        for word, fill, edge in (
            (self.came_word, CAME, CAME),
            (self.expected_word, EXPECTED, EDGE),
        ):
            painter.setPen(QPen(edge, 1))
            painter.setBrush(fill)
            painter.drawRect(QRectF(x, top + (height - box) / 2, box, box))
            x += box + _GAP / 2
            painter.setPen(text_color)
            painter.drawText(
                QRectF(x, top, metrics.horizontalAdvance(word) + 2, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                word,
            )
            x += metrics.horizontalAdvance(word) + 2 * _GAP
        painter.setBrush(Qt.BrushStyle.NoBrush)
