"""The dashboard alone, full screen, for a second monitor or a projector in the foyer:
large type to be read from a few metres, no controls; Esc (or F11) leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from confdesk.domain.reports.figures import EventReport
from confdesk.ui.dashboard.view import DashboardView

# The window's screen height this view is laid out for at scale 1; a projector at 1080
# lines gets type about twice the size of the window's, readable from 3 m.
_BASE_HEIGHT = 540


def _scale_for(screen: QScreen | None) -> float:
    height = screen.availableGeometry().height() if screen is not None else 768
    return max(1.4, height / _BASE_HEIGHT)


def other_screen(beside: QWidget) -> QScreen | None:
    """A screen the window is not on (the projector), else the window's own."""
    own = beside.screen()
    others = [screen for screen in QGuiApplication.screens() if screen is not own]
    return others[0] if others else own


class DashboardWindow(QWidget):
    closed = Signal()

    def __init__(self, title: str, screen: QScreen | None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.title_label = QLabel(title)
        scale = _scale_for(screen)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6 * scale)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.view = DashboardView(scale)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view, 1)
        self.setWindowTitle(title)

    def show_report(self, report: EventReport) -> None:
        self.view.show_report(report)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
