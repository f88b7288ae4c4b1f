"""A person's ranked workshop wishes in the registration form: one line that names the
first choices, and a small dialog with up to three choices per round to change them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.domain.agenda.signups import WorkshopRound
from confdesk.domain.registrations.service import WishList

CHOICES_PER_ROUND = 3


class WishesField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rounds: list[WorkshopRound] = []
        self._wishes: dict[int, tuple[int, ...]] = {}
        # Nothing edited here yet: the form's draft leaves the stored wishes alone.
        self._edited = False
        self._full_text = ""
        self.dialog: WishesDialog | None = None
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # Elided to the width it gets: a long list of titles never widens the form.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.edit_button = QToolButton()
        self.edit_button.setText(self.tr("Choose…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.edit_button)
        self.setFocusProxy(self.edit_button)
        self.edit_button.clicked.connect(self.choose)

    def set_rounds(self, rounds: list[WorkshopRound]) -> None:
        self._rounds = rounds
        self._show()

    def set_wishes(self, wishes: WishList | None) -> None:
        self._wishes = dict(wishes or ())
        self._edited = False
        self._show()

    def wishes(self) -> WishList | None:
        """What the form saves: None until the wishes were changed here."""
        if not self._edited:
            return None
        return tuple(sorted((number, ids) for number, ids in self._wishes.items() if ids))

    def choose(self) -> None:
        self.dialog = WishesDialog(self._rounds, self._wishes, self)
        self.dialog.accepted.connect(self._chosen)
        self.dialog.open()

    def _chosen(self) -> None:
        if self.dialog is None:
            return
        chosen = self.dialog.wishes()
        if chosen != {n: ids for n, ids in self._wishes.items() if ids}:
            self._wishes = chosen
            self._edited = True
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        titles = {s.session_id: s.title for each in self._rounds for s in each.sessions}
        parts = [
            self.tr("Round {number}: {titles}").format(
                number=number, titles=" › ".join(titles.get(sid, "?") for sid in ids)
            )
            for number, ids in sorted(self._wishes.items())
            if ids
        ]
        full = "; ".join(parts) if parts else self.tr("No wishes")
        self.summary.setToolTip("\n".join(parts))
        self._full_text = full
        self._elide()

    def _elide(self) -> None:
        width = max(self.summary.width(), 40)
        metrics = self.summary.fontMetrics()
        self.summary.setText(
            metrics.elidedText(self._full_text, Qt.TextElideMode.ElideRight, width)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class WishesDialog(QDialog):
    """Up to three workshops per round, first choice first."""

    def __init__(
        self,
        rounds: list[WorkshopRound],
        wishes: dict[int, tuple[int, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop wishes"))
        self.combos: dict[int, list[QComboBox]] = {}
        rows = QWidget()
        form = QFormLayout(rows)
        for each in rounds:
            line = QHBoxLayout()
            chosen = wishes.get(each.number, ())
            self.combos[each.number] = []
            for rank in range(CHOICES_PER_ROUND):
                combo = QComboBox()
                # Titles are long: three choices side by side, each shortened to fit.
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(12)
                combo.addItem(self.tr("—"), None)
                for session in each.sessions:
                    combo.addItem(session.title, session.session_id)
                if rank < len(chosen):
                    combo.setCurrentIndex(max(combo.findData(chosen[rank]), 0))
                combo.currentIndexChanged.connect(
                    lambda _index, box=combo: box.setToolTip(box.currentText())
                )
                line.addWidget(combo, 1)
                self.combos[each.number].append(combo)
            form.addRow(self.tr("Round {number}:").format(number=each.number), line)
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("First choice on the left.")))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(760, min(140 + 40 * len(rounds), 560))

    def wishes(self) -> dict[int, tuple[int, ...]]:
        """Per round the workshops chosen, in order, each once."""
        chosen: dict[int, tuple[int, ...]] = {}
        for number, combos in self.combos.items():
            ids = tuple(dict.fromkeys(c.currentData() for c in combos if c.currentData()))
            if ids:
                chosen[number] = ids
        return chosen
