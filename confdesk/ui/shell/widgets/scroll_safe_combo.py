"""A combo box that the mouse wheel passes over.

Qt's combo box changes its choice on every wheel step while the pointer is over it, even
without the focus. In a list of combo boxes (the import's column mapping) a person
scrolling the list would change whichever mapping passed under the pointer, unseen. This
one takes the wheel only once it has the focus (clicked or tabbed to); otherwise the wheel
scrolls what it sits in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class ScrollSafeComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The default, WheelFocus, would hand it the focus on the first wheel step.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the scroll area around it
