"""Under the check-in answer: how the badge station's printing goes, and which badges did
not print. A failure stays said (in red) until that person's badge has printed, whatever is
scanned meanwhile: the desk must not lose a badge because the queue moved on."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from confdesk.ui.checkin.badge_station import BadgeNews, BadgeState, BadgeStation
from confdesk.ui.shell.language.formatting import whole_number


class BadgeStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.failed_label = QLabel()
        self.failed_label.setWordWrap(True)
        self.failed_label.setStyleSheet(
            "QLabel { background: #a3001b; color: white; padding: 4px; font-weight: bold; }"
        )
        self._failures: dict[int, tuple[str, str]] = {}  # registration: name, reason
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.failed_label)
        self.clear()

    def clear(self) -> None:
        """Another file or event: nothing said about the last one's badges."""
        self._failures.clear()
        self._say("")
        self._show_failures()

    def show_station(self, station: BadgeStation) -> None:
        """Idle: whether badges print at check-in here, and where."""
        if station.waiting:
            return
        if station.enabled:
            self._say(
                self.tr("Badges print at check-in on {printer}.").format(printer=station.printer)
            )
        else:
            self._say("")

    def show_no_printer(self) -> None:
        self._say(self.tr("No badge printer is chosen: choose one in the desk settings."))

    def show_news(self, news: BadgeNews) -> None:
        order = news.order
        if news.state is BadgeState.PRINTING:
            text = self.tr("Printing the badge for {name}…").format(name=order.name)
            if news.waiting:
                text += " " + self.tr("{count} more waiting.").format(
                    count=whole_number(news.waiting)
                )
        elif news.state is BadgeState.PRINTED:
            self._failures.pop(order.registration_id, None)
            text = self.tr("Badge printed for {name}.").format(name=order.name)
            if news.reason:
                text += " " + self.tr("It is not recorded as printed: {reason}").format(
                    reason=news.reason
                )
        elif news.state is BadgeState.FAILED:
            self._failures[order.registration_id] = (order.name, news.reason)
            text = ""  # the red line says it
        else:  # queued behind the one printing: the printing line counts it
            return
        self._say(text)
        self._show_failures()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _show_failures(self) -> None:
        if not self._failures:
            self.failed_label.hide()
            return
        lines = [
            self.tr("Badge NOT printed for {name}: {reason}").format(name=name, reason=reason)
            for name, reason in self._failures.values()
        ]
        lines.append(self.tr("Reprint from Recent scans: right-click, or select and Ctrl+Shift+P."))
        self.failed_label.setText("\n".join(lines))
        self.failed_label.show()
