"""A combo box that shows its whole current text, wrapped at word boundaries.

The event selector sits in the narrow sidebar, and an event's title with its date
("Regionalkonferenz Modellprojekte Smart Cities (18.03.27)") is wider than the sidebar on
a 1366-pixel laptop. Cut short, two events of the same series look alike; widening the
sidebar costs every screen its width. So the closed combo grows downwards instead, one
line per line of text, and its list opens as wide as its longest entry.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

_TEXT_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


class WrappingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.currentTextChanged.connect(lambda _text: self.refresh_text())

    def refresh_text(self) -> None:
        """Take the height the current text needs (called by itself, and by whoever
        changed the items with the combo's signals blocked)."""
        self.setToolTip(self.currentText())
        self.updateGeometry()
        self.update()

    def _options(self, width: int) -> tuple[QStyleOptionComboBox, QRect]:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, self.fontMetrics().height())
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return option, field

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = super().sizeHint().height()
        _option, field = self._options(width)
        text_height = (
            self.fontMetrics()
            .boundingRect(
                QRect(0, 0, max(field.width(), 1), 10_000), _TEXT_FLAGS, self.currentText()
            )
            .height()
        )
        extra = max(text_height - self.fontMetrics().height(), 0)
        return one_line + extra

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def showPopup(self) -> None:
        # The list shows every entry whole, even where it is wider than the combo.
        view = self.view()
        widest = view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24  # and a scroll bar
        view.setMinimumWidth(max(self.width(), widest))
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = option.currentText
        option.currentText = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        painter.drawItemText(
            field,
            int(_TEXT_FLAGS),
            self.palette(),
            self.isEnabled(),
            text,
            QPalette.ColorRole.ButtonText,
        )
