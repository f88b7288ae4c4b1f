"""Review likely duplicates one group at a time, choose who stays, merge the others."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.db.database import Database
from confdesk.domain.registrations.duplicates import (
    DuplicateGroup,
    DuplicateReason,
    find_duplicates,
    merge,
)
from confdesk.errors import UserError
from confdesk.ui.shell.background import BackgroundTask
from confdesk.ui.shell.errors.unexpected_errors import report_unexpected
from confdesk.ui.shell.language.formatting import short_date
from confdesk.ui.shell.language.labels import category_label, status_label
from confdesk.ui.shell.language.messages import describe_error


class DuplicatesDialog(QDialog):
    merged = Signal(object)  # the registration that stayed, with what the merge changed

    def __init__(self, database: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.resize(900, 480)
        self._database = database
        self._event_id = event_id
        self._task: BackgroundTask | None = None
        self.groups: list[DuplicateGroup] = []
        self.group_list = QListWidget()
        self.group_list.setMaximumWidth(300)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.members_table = QTableWidget(0, 6)
        self.members_table.setHorizontalHeaderLabels(
            [
                self.tr("Keep"),
                self.tr("Name"),
                self.tr("E-mail"),
                self.tr("Organization"),
                self.tr("Category / status"),
                self.tr("Registered"),
            ]
        )
        self.members_table.verticalHeader().hide()
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.members_table.horizontalHeader().setStretchLastSection(True)
        self.merge_button = QPushButton(self.tr("&Merge into the kept one"))
        self.skip_button = QPushButton(self.tr("&Not duplicates, skip"))
        self.empty_label = QLabel(self.tr("No likely duplicates in this event."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        right = QVBoxLayout()
        right.addWidget(self.reason_label)
        right.addWidget(self.members_table, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch()
        buttons_row.addWidget(self.skip_button)
        buttons_row.addWidget(self.merge_button)
        right.addLayout(buttons_row)
        body = QHBoxLayout()
        body.addWidget(self.group_list)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        self.group_list.currentRowChanged.connect(self._show_group)
        self.merge_button.clicked.connect(self.merge_current)
        self.skip_button.clicked.connect(self._skip)
        self.members_table.itemChanged.connect(self._one_keeper)
        self.reload()

    def reload(self) -> None:
        """Look for the groups again, off the GUI thread: about 1.8 s at 50,000
        registrations. Until the answer is in, nothing can be merged or skipped."""
        if self._task is not None:
            return
        self.empty_label.hide()
        self._enable_review(False)
        database, event_id = self._database, self._event_id
        self._task = BackgroundTask(
            self,
            self.tr("Looking for likely duplicates…"),
            lambda _progress: find_duplicates(database, event_id),
            on_success=self._show_groups,
            on_error=self._show_error,
        )
        self._task.finished.connect(self._task_done)
        self._task.start()

    @property
    def busy(self) -> bool:
        """True while the groups are being looked for."""
        return self._task is not None

    def _task_done(self) -> None:
        assert self._task is not None
        cancelled = self._task.cancel_requested
        # Not deleteLater(): a task deleted while the dialog's exec() loop ends crashed Qt.
        self._task = None
        if cancelled:  # Cancel or Close while looking: the search cannot stop midway
            self.reject()

    def _show_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups = groups
        self.group_list.clear()
        for group in self.groups:
            first = group.members[0]
            item = QListWidgetItem(
                self.tr("{name} ({count})").format(
                    name=first.name.family_first, count=len(group.members)
                )
            )
            self.group_list.addItem(item)
        has_groups = bool(self.groups)
        self.empty_label.setVisible(not has_groups)
        self._enable_review(has_groups)
        if has_groups:
            self.group_list.setCurrentRow(0)
        else:
            self.members_table.setRowCount(0)
            self.reason_label.clear()

    def _show_error(self, error: BaseException) -> None:
        # What was listed may be merged away already: show nothing rather than stale groups.
        self.groups = []
        self.group_list.clear()
        self.members_table.setRowCount(0)
        self.reason_label.clear()
        if isinstance(error, UserError):
            QMessageBox.warning(self, self.tr("Likely duplicates"), describe_error(error))
        else:
            report_unexpected(error, "finding likely duplicates")

    def _enable_review(self, enabled: bool) -> None:
        for widget in (self.group_list, self.members_table, self.merge_button, self.skip_button):
            widget.setEnabled(enabled)

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()  # closes once the search has ended (see _task_done)
            return
        super().done(result)

    def _reason_text(self, reason: DuplicateReason) -> str:
        return {
            DuplicateReason.SAME_EMAIL: self.tr("the same e-mail address"),
            DuplicateReason.SAME_NAME_SAME_ORGANIZATION: self.tr(
                "the same name in the same organization"
            ),
            DuplicateReason.SAME_NAME_NO_ORGANIZATION: self.tr(
                "the same name, both without organization"
            ),
        }[reason]

    def _show_group(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            return
        group = self.groups[row]
        self.reason_label.setText(
            self.tr("These registrations have {reasons}. Choose the one to keep.").format(
                reasons=self.tr(" and ").join(self._reason_text(r) for r in group.reasons)
            )
        )
        self.members_table.blockSignals(True)
        self.members_table.setRowCount(len(group.members))
        for index, member in enumerate(group.members):
            keep = QTableWidgetItem()
            keep.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            keep.setCheckState(
                Qt.CheckState.Checked
                if member.id == group.suggested_keep_id
                else Qt.CheckState.Unchecked
            )
            keep.setData(Qt.ItemDataRole.UserRole, member.id)
            checked_in = self.tr(" · checked in") if member.has_checkins else ""
            cells = [
                member.name.family_first,
                member.email,
                member.organization_name,
                f"{category_label(member.category)} / {status_label(member.status)}{checked_in}",
                short_date(member.created_at.date()),
            ]
            self.members_table.setItem(index, 0, keep)
            for column, text in enumerate(cells, start=1):
                self.members_table.setItem(index, column, QTableWidgetItem(text))
        self.members_table.blockSignals(False)

    def _one_keeper(self, changed: QTableWidgetItem) -> None:
        """The Keep column behaves like radio buttons: exactly one is ticked."""
        if changed.column() != 0 or changed.checkState() != Qt.CheckState.Checked:
            return
        self.members_table.blockSignals(True)
        for row in range(self.members_table.rowCount()):
            item = self.members_table.item(row, 0)
            if item is not None and item is not changed:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.members_table.blockSignals(False)

    def keep_id(self) -> int | None:
        for row in range(self.members_table.rowCount()):
            item = self.members_table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                return item.data(Qt.ItemDataRole.UserRole)
        return None

    def merge_current(self) -> None:
        row = self.group_list.currentRow()
        keep_id = self.keep_id()
        if not 0 <= row < len(self.groups) or keep_id is None:
            return
        group = self.groups[row]
        others = [i for i in group.registration_ids if i != keep_id]
        kept = next(m for m in group.members if m.id == keep_id)
        answer = QMessageBox.question(
            self,
            self.tr("Merge registrations"),
            self.tr(
                "Merge {count} registration(s) into {name}? Their details fill gaps, their "
                "sign-ups and topics move over, and they are deleted. This cannot be undone."
            ).format(count=len(others), name=kept.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            stayed = merge(self._database, keep_id, others)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Merge registrations"), describe_error(error))
            return
        self.merged.emit(stayed)
        self.reload()

    def _skip(self) -> None:
        row = self.group_list.currentRow()
        if 0 <= row < len(self.groups):
            del self.groups[row]
            self.group_list.takeItem(row)
            if not self.groups:
                self.reload_empty()

    def reload_empty(self) -> None:
        self.empty_label.setVisible(True)
        self.members_table.setRowCount(0)
        self.reason_label.clear()
        for widget in (self.merge_button, self.skip_button):
            widget.setEnabled(False)
