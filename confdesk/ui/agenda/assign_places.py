"""Workshop places from wishes: the preview an organiser reads before applying.

Per round: how many people with wishes get their 1st, 2nd, 3rd choice, how many are newly
placed or moved, and who gets no place (with the waiting list they join). Nothing is
written until *Apply*; the page then enters the result in the agenda's undo history.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.db.database import Database
from confdesk.domain.agenda.signups import SignupService
from confdesk.domain.networking.workshop_places import (
    AppliedPlaces,
    RoundPlaces,
    WorkshopPlacesPlan,
    apply_workshop_places,
    plan_workshop_places,
)
from confdesk.errors import UserError
from confdesk.ui.shell.language.messages import describe_error

# The rank columns shown; better ranks than these are counted under "other".
_RANK_COLUMNS = 3


class AssignPlacesDialog(QDialog):
    def __init__(self, database: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign workshop places"))
        self._database = database
        self._event_id = event_id
        self.plan: WorkshopPlacesPlan | None = None
        self.applied: AppliedPlaces | None = None

        self.round_combo = QComboBox()
        self.round_combo.addItem(self.tr("All rounds"), None)
        for each in SignupService(database).rounds(event_id):
            self.round_combo.addItem(
                self.tr("Round {number}").format(number=each.number), each.number
            )
        self.move_check = QCheckBox(
            self.tr("People already seated may move to another of their wishes")
        )
        self.explanation = QLabel(
            self.tr(
                "Places go first to as many people as possible, then so that the worst "
                "choice anyone gets is as good as possible, then to as many good choices as "
                "possible. Whoever gets no place joins the waiting list of their first choice."
            )
        )
        self.explanation.setWordWrap(True)
        self.preview = QTreeWidget()
        self.preview.setHeaderLabels([
            self.tr("Round / person"), self.tr("1st choice"), self.tr("2nd choice"),
            self.tr("3rd choice"), self.tr("No place"),
        ])  # fmt: skip
        header = self.preview.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, _RANK_COLUMNS + 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )

        form = QFormLayout()
        form.addRow(self.tr("Round:"), self.round_combo)
        form.addRow(self.move_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

        self.round_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.move_check.toggled.connect(lambda _checked: self.refresh())
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.refresh()

    def refresh(self) -> None:
        """Plan again with the options chosen and show the preview."""
        try:
            self.plan = plan_workshop_places(
                self._database,
                self._event_id,
                self.round_combo.currentData(),
                allow_moving=self.move_check.isChecked(),
            )
        except UserError as error:
            self.plan = None
            self.preview.clear()
            self.summary.setText(describe_error(error))
            self.apply_button.setEnabled(False)
            return
        self.preview.clear()
        for each in self.plan.rounds:
            self._add_round(each)
        if not self.plan.rounds:
            self.summary.setText(self.tr("There are no workshop rounds yet."))
        elif self.plan.changes_anything:
            placed = sum(len(each.placed) for each in self.plan.rounds)
            waiting = sum(len(each.unplaced) for each in self.plan.rounds)
            self.summary.setText(
                self.tr(
                    "Applying gives {placed} new places and puts {waiting} people on waiting lists."
                ).format(placed=placed, waiting=waiting)
            )
        else:
            self.summary.setText(
                self.tr("Nothing to change: everyone with wishes is placed or waiting.")
            )
        self.apply_button.setEnabled(self.plan.changes_anything)

    def _add_round(self, each: RoundPlaces) -> None:
        moved = sum(person.moved for person in each.placed)
        head = QTreeWidgetItem([
            self.tr("Round {number}: {wishing} with wishes").format(
                number=each.number, wishing=each.wishing
            ),
            *(str(each.ranks.get(rank, 0)) for rank in range(1, _RANK_COLUMNS + 1)),
            str(len(each.unplaced)),
        ])  # fmt: skip
        for column in range(1, _RANK_COLUMNS + 2):
            head.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self.preview.addTopLevelItem(head)
        details = QTreeWidgetItem([
            self.tr("{placed} newly placed ({moved} moved), {kept} keep their seat").format(
                placed=len(each.placed), moved=moved, kept=each.kept
            )
        ])  # fmt: skip
        details.setFlags(Qt.ItemFlag.ItemIsEnabled)
        head.addChild(details)
        details.setFirstColumnSpanned(True)
        for person in each.unplaced:
            item = QTreeWidgetItem([
                self.tr("{name} — no place, waits for “{title}”").format(
                    name=person.name, title=person.session_title
                )
            ])  # fmt: skip
            item.setToolTip(0, item.text(0))
            head.addChild(item)
            item.setFirstColumnSpanned(True)
        head.setExpanded(True)

    def apply(self) -> None:
        if self.plan is None:
            return
        try:
            self.applied = apply_workshop_places(self._database, self.plan)
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), describe_error(error))
            self.refresh()
            return
        self.accept()
