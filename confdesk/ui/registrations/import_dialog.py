"""Importing a registration list: see how the columns were understood and correct them,
choose the sheet of a workbook, say what unknown status words mean, look at the rows as
they will be stored, read every problem with its row and column, decide what happens to
people already registered — then import all of it, or nothing (or, when chosen, the valid
rows, with the others listed in a file beside the source)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from confdesk.db.database import Database
from confdesk.db.models import RegistrationStatus
from confdesk.domain.importing.applying import ImportResult, apply_import
from confdesk.domain.importing.fields import ImportField
from confdesk.domain.importing.plan import ImportPlan, RowAction, Severity
from confdesk.domain.importing.planning import plan_import
from confdesk.domain.importing.rejected import write_rejected_rows
from confdesk.domain.progress import Progress
from confdesk.ui.shell.background import BackgroundTask
from confdesk.ui.shell.language.formatting import whole_number
from confdesk.ui.shell.language.i18n import ui_language
from confdesk.ui.shell.language.labels import category_label, status_label
from confdesk.ui.shell.language.messages import describe_error, describe_problem
from confdesk.ui.shell.widgets.form_error import FormErrorLabel
from confdesk.ui.shell.widgets.scroll_safe_combo import ScrollSafeComboBox

T = TypeVar("T")

_PREVIEW_ROWS = 20
_PREVIEW_FIELDS = (
    "title",
    "given_name",
    "family_name",
    "email",
    "organization",
    "position",
    "category",
    "status",
)


class ImportDialog(QDialog):
    def __init__(
        self, database: Database, event_id: int, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import registrations — {file}").format(file=path.name))
        self.resize(1000, 640)
        self._database = database
        self._event_id = event_id
        self._path = path
        self.plan: ImportPlan | None = None
        # Not "result": that would hide QDialog.result().
        self.import_result: ImportResult | None = None
        self._task: BackgroundTask | None = None

        self.error_label = FormErrorLabel()
        self.source_label = QLabel(self.tr("Reading the file…"))
        self.source_label.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Imported as")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.existing_combo = QComboBox()
        self.existing_combo.addItem(self.tr("Skip them (keep what is stored)"), RowAction.SKIP)
        self.existing_combo.addItem(self.tr("Update them from the file"), RowAction.UPDATE)
        self.existing_combo.addItem(self.tr("Add them as new registrations"), RowAction.ADD)
        self.sheet_combo = QComboBox()
        self.sheet_label = QLabel(self.tr("Sheet with the attendees:"))
        self.status_words_form = QFormLayout()
        self.status_words_box = QWidget()
        self.status_words_box.setLayout(self.status_words_form)
        self.status_combos: dict[str, QComboBox] = {}
        self.skip_invalid_check = QCheckBox(
            self.tr("Import the valid rows and list the others in a file")
        )
        self.skip_invalid_check.setToolTip(
            self.tr(
                "Without this, the file is imported completely or not at all. With it, rows "
                "with errors are left out and listed with the reason in a file beside the "
                "imported one."
            )
        )
        self.preview_table = QTableWidget(0, len(_PREVIEW_FIELDS) + 2)
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Action"), *(self._field_label(f) for f in _PREVIEW_FIELDS)]
        )
        self.problems_table = QTableWidget(0, 4)
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Severity"), self.tr("Problem")]
        )
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        for table in (self.preview_table, self.problems_table):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.skip_errors_button = QPushButton(self.tr("Skip the rows with errors"))
        problems_page = QWidget()
        problems_layout = QVBoxLayout(problems_page)
        problems_layout.addWidget(self.problems_table)
        problems_layout.addWidget(self.skip_errors_button, 0, Qt.AlignmentFlag.AlignRight)
        # The preview holds the first rows only; this says so, with how many there are.
        self.preview_note = QLabel()
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_table)
        preview_layout.addWidget(self.preview_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(preview_page, self.tr("Preview"))
        self.tabs.addTab(problems_page, self.tr("Problems"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._start_apply)
        self.buttons.rejected.connect(self.reject)

        options = QFormLayout()
        options.addRow(self.sheet_label, self.sheet_combo)
        options.addRow(self.tr("People already registered:"), self.existing_combo)
        options.addRow(self.status_words_box)
        options.addRow(self.skip_invalid_check)
        self.sheet_label.hide()
        self.sheet_combo.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.source_label)
        layout.addWidget(self.mapping_table, 2)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)

        self.existing_combo.currentIndexChanged.connect(self._existing_chosen)
        self.skip_errors_button.clicked.connect(self._skip_rows_with_errors)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.skip_invalid_check.toggled.connect(self._skip_invalid_toggled)
        self._overrides: dict[str, ImportField] = {}
        self._sheet: str | None = None
        self._status_words: dict[str, RegistrationStatus] = {}
        self._full_plan: ImportPlan | None = None
        self.rejected_path: Path | None = None

    # -- Planning ---------------------------------------------------------------------------
    def _existing_choice(self) -> RowAction:
        # Qt hands the enum back as its text; the plan tells actions apart by identity.
        return RowAction(self.existing_combo.currentData())

    def start(self) -> None:
        """Read and check the file off the GUI thread."""
        overrides = dict(self._overrides)
        existing = self._existing_choice()
        sheet, status_words = self._sheet, dict(self._status_words)
        database, event_id, path = self._database, self._event_id, self._path
        self._run(
            self.tr("Reading {file}…").format(file=path.name),
            lambda progress: plan_import(
                database,
                event_id,
                path,
                mapping=overrides,
                existing=existing,
                progress=progress,
                sheet=sheet,
                status_words=status_words,
            ),
            self._planned,
        )

    def _planned(self, plan: ImportPlan) -> None:
        self._full_plan = plan
        self._fill_sheets(plan)
        self._fill_status_words(plan)
        self._show_plan(plan.skipping_invalid() if self.skip_invalid_check.isChecked() else plan)

    def _run(
        self, label: str, work: Callable[[Progress], T], on_success: Callable[[T], object]
    ) -> None:
        self.import_button.setEnabled(False)
        self._task = BackgroundTask(self, label, work, on_success, self._failed)
        self._task.finished.connect(self._task_finished)
        self._task.start()

    def _task_finished(self) -> None:
        self._task = None
        self._update_import_button()

    def _failed(self, error: BaseException) -> None:
        self.source_label.clear()
        self.error_label.show_problem(describe_error(error), None)
        self.plan = None

    def _show_plan(self, plan: ImportPlan) -> None:
        self.error_label.clear_problem()
        self.plan = plan
        source = plan.source
        self.source_label.setText(
            self.tr("{description}; the header is in row {line}.").format(
                description=source.describe(ui_language()), line=source.header_line
            )
        )
        self._fill_mapping(plan)
        self._fill_preview(plan)
        self._fill_problems(plan)
        self._fill_summary(plan)
        # The background task may report "finished" before this result arrives: the
        # button follows the plan itself, or a clean preview left Import disabled.
        self._update_import_button()

    def _fill_sheets(self, plan: ImportPlan) -> None:
        names = plan.source.sheet_names
        several = len(names) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(names))
        self.sheet_combo.setCurrentText(plan.source.sheet_name)

    def _fill_status_words(self, plan: ImportPlan) -> None:
        """One question per status word confdesk does not know: what it means, or leave
        its rows out (the default)."""
        while self.status_words_form.rowCount():
            self.status_words_form.removeRow(0)
        self.status_combos = {}
        unknown = {**{word: () for word in self._status_words}, **plan.unknown_statuses}
        for word, lines in unknown.items():
            combo = ScrollSafeComboBox()
            combo.addItem(self.tr("leave these rows out"), None)
            combo.addItem(self.tr("registered"), RegistrationStatus.REGISTERED)
            combo.addItem(self.tr("waitlisted"), RegistrationStatus.WAITLISTED)
            combo.addItem(self.tr("cancelled"), RegistrationStatus.CANCELLED)
            combo.setCurrentIndex(max(0, combo.findData(self._status_words.get(word))))
            combo.activated.connect(
                lambda _index, chosen=word, box=combo: self._status_word_chosen(
                    chosen, box.currentData()
                )
            )
            label = self.tr("Status “{word}” ({count} rows) means:").format(
                word=word, count=whole_number(len(lines))
            )
            self.status_words_form.addRow(label, combo)
            self.status_combos[word] = combo
        self.status_words_box.setVisible(bool(unknown))

    def _fill_mapping(self, plan: ImportPlan) -> None:
        # As the file writes it: a stored value would hide a column left out or kept in
        # part (an order number, a salutation) and show codes ("participant").
        first_cells = plan.source.first_cells
        self.mapping_table.setRowCount(len(plan.columns))
        for row, column in enumerate(plan.columns):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(column.header))
            sample = first_cells[column.index] if column.index < len(first_cells) else ""
            self.mapping_table.setItem(row, 1, QTableWidgetItem(sample))
            combo = ScrollSafeComboBox()
            for field in ImportField:
                combo.addItem(self._field_label(str(field)), field)
            chosen = column.field if column.used else ImportField.IGNORE
            combo.setCurrentIndex(combo.findData(chosen))
            combo.setToolTip(column.describe(ui_language(), self._field_label))
            combo.currentIndexChanged.connect(
                lambda _index, header=column.header, box=combo: self._mapping_chosen(
                    header, box.currentData()
                )
            )
            self.mapping_table.setCellWidget(row, 2, combo)

    def _fill_preview(self, plan: ImportPlan) -> None:
        rows = plan.rows[:_PREVIEW_ROWS]
        self.preview_table.setRowCount(len(rows))
        for index, planned in enumerate(rows):
            texts = planned.values.as_texts()
            # Stored codes ("speaker", "registered") shown as the words the screens use.
            for field, label in (("category", category_label), ("status", status_label)):
                if texts.get(field):
                    texts[field] = label(texts[field])
            cells = [
                str(planned.line),
                self._action_label(planned.action),
                *(texts.get(field, "") for field in _PREVIEW_FIELDS),
            ]
            for column, text in enumerate(cells):
                self.preview_table.setItem(index, column, QTableWidgetItem(text))
        total = len(plan.rows)
        self.preview_note.setText(
            self.tr("Showing the first {shown} of {total} rows.").format(
                shown=len(rows), total=total
            )
            if total > len(rows)
            else ""
        )
        self.preview_note.setVisible(total > len(rows))

    def _fill_problems(self, plan: ImportPlan) -> None:
        problems = list(plan.problems)
        for planned in plan.rows:
            problems.extend(planned.problems)
        self.problems_table.setRowCount(len(problems))
        for index, problem in enumerate(problems):
            cells = [
                str(problem.line) if problem.line else self.tr("file"),
                problem.column,
                self.tr("error") if problem.severity is Severity.ERROR else self.tr("warning"),
                describe_problem(problem),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if problem.severity is Severity.ERROR:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.problems_table.setItem(index, column, item)
        self.tabs.setTabText(
            1, self.tr("Problems ({count})").format(count=whole_number(len(problems)))
        )
        self.skip_errors_button.setEnabled(any(row.blocking for row in plan.rows))
        if plan.blocking_problems:
            self.tabs.setCurrentIndex(1)

    def _fill_summary(self, plan: ImportPlan) -> None:
        text = self.tr("{added} new, {updated} updated, {skipped} skipped.").format(
            added=whole_number(plan.count(RowAction.ADD)),
            updated=whole_number(plan.count(RowAction.UPDATE)),
            skipped=whole_number(plan.count(RowAction.SKIP)),
        )
        blocking = len(plan.blocking_problems)
        if blocking:
            text += " " + self.tr(
                "{count} error(s) must be resolved first — correct the file or the column "
                "mapping, or skip those rows. Until then nothing is imported."
            ).format(count=whole_number(blocking))
            self.summary_label.setStyleSheet("color: #b00020;")
        else:
            self.summary_label.setStyleSheet("")
        self.summary_label.setText(text)

    def _update_import_button(self) -> None:
        ready = self.plan is not None and self.plan.can_apply and self._task is None
        self.import_button.setEnabled(ready)

    # -- Choices ----------------------------------------------------------------------------
    def _mapping_chosen(self, header: str, field: ImportField) -> None:
        self._overrides[header] = field
        self.start()

    def _existing_chosen(self) -> None:
        if self.plan is not None:
            self._show_plan(self.plan.with_existing(self._existing_choice()))
            self._update_import_button()

    def _sheet_chosen(self) -> None:
        self._sheet = self.sheet_combo.currentText() or None
        self._overrides = {}  # another sheet has other columns
        self.start()

    def _status_word_chosen(self, word: str, status: str | None) -> None:
        # Qt hands the enum back as its text.
        if status is None:
            self._status_words.pop(word, None)
        else:
            self._status_words[word] = RegistrationStatus(status)
        self.start()

    def _skip_invalid_toggled(self, checked: bool) -> None:
        if self._full_plan is None:
            return
        plan = self._full_plan.with_existing(self._existing_choice())
        self._show_plan(plan.skipping_invalid() if checked else plan)
        self._update_import_button()

    def _skip_rows_with_errors(self) -> None:
        if self.plan is None:
            return
        actions = {row.line: RowAction.SKIP for row in self.plan.rows if row.blocking}
        self._show_plan(self.plan.with_actions(actions))
        self._update_import_button()

    # -- Importing --------------------------------------------------------------------------
    def _start_apply(self) -> None:
        plan = self.plan
        if plan is None or not plan.can_apply:
            return
        database = self._database
        list_rejected = self.skip_invalid_check.isChecked()

        def work(progress: Progress) -> tuple[ImportResult, Path | None]:
            result = apply_import(database, plan, progress=progress)
            return result, write_rejected_rows(plan) if list_rejected else None

        self._run(self.tr("Importing…"), work, self._applied)

    def _applied(self, outcome: tuple[ImportResult, Path | None]) -> None:
        self.import_result, self.rejected_path = outcome
        self.accept()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()  # the work unwinds through its transaction: nothing written
            return
        super().reject()

    # -- Words ------------------------------------------------------------------------------
    def _action_label(self, action: RowAction) -> str:
        return {
            RowAction.ADD: self.tr("New"),
            RowAction.UPDATE: self.tr("Update"),
            RowAction.SKIP: self.tr("Skip"),
        }[action]

    def _field_label(self, field: str) -> str:
        labels = {
            "title": self.tr("Title"),
            "salutation": self.tr("Salutation"),
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "full_name": self.tr("Full name"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "organization": self.tr("Organization"),
            "organization_kind": self.tr("Kind of organization"),
            "federal_state": self.tr("Federal state"),
            "cohort": self.tr("Funded cohort"),
            "position": self.tr("Position"),
            "category": self.tr("Category"),
            "status": self.tr("Status"),
            "dietary_needs": self.tr("Dietary needs"),
            "accessibility_needs": self.tr("Accessibility"),
            "photo_consent": self.tr("Photo consent"),
            "attendee_list_consent": self.tr("Attendee list consent"),
            "notes": self.tr("Notes"),
            "topics": self.tr("Topics"),
            "challenges": self.tr("Challenges"),
            "wishes": self.tr("Workshop wishes"),
            "ignore": self.tr("(ignore)"),
        }
        return labels.get(field, field)
