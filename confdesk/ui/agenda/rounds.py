"""The workshop rounds at a glance: per round, its parallel sessions with seats taken of
the capacity and how many wait, so an organiser sees where people crowd and where seats
are left; a click selects the session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from confdesk.domain.agenda.signups import WorkshopRound
from confdesk.ui.shell.language.formatting import weekday_date

FULL_COLOR = QColor("#C92A2A")


class RoundsOverview(QTreeWidget):
    session_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(
            [self.tr("Round / session"), self.tr("Room"), self.tr("Seats"), self.tr("Waiting")]
        )
        # The titles take the room left; the figures stay as narrow as they are.
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def show_rounds(self, rounds: list[WorkshopRound]) -> None:
        self.clear()
        for workshop_round in rounds:
            when = weekday_date(workshop_round.starts_at.date())
            head = QTreeWidgetItem([
                self.tr("Round {number}").format(number=workshop_round.number)
                + f" · {when} {workshop_round.starts_at:%H:%M}–{workshop_round.ends_at:%H:%M}",
            ])  # fmt: skip
            self.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # only takes effect once in the tree
            for session in workshop_round.sessions:
                seats = (
                    str(session.seated)
                    if session.capacity is None
                    else f"{session.seated} / {session.capacity}"
                )
                item = QTreeWidgetItem(
                    [session.title, session.room, seats, str(session.waiting or "")]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, session.session_id)
                item.setToolTip(0, session.title)
                if session.capacity is not None and session.seated >= session.capacity:
                    item.setForeground(2, FULL_COLOR)
                for column in (2, 3):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                head.addChild(item)
            head.setExpanded(True)
        if not rounds:
            empty = QTreeWidgetItem([self.tr("No workshop rounds yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)

    def _chosen(self, item: QTreeWidgetItem) -> None:
        session_id = item.data(0, Qt.ItemDataRole.UserRole)
        if session_id:
            self.session_chosen.emit(session_id)
