"""The registrations screen: find anyone in a keystroke, edit them beside the list,
register walk-ins, work the waiting list, import and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.db.database import Database
from confdesk.domain.agenda.signups import SignupService
from confdesk.domain.changes import NOTHING, Changes
from confdesk.domain.events.counts import event_counts
from confdesk.domain.events.service import EventData, ValidationError
from confdesk.domain.progress import Progress
from confdesk.domain.registrations.organizations import (
    find_or_create_organization,
    list_organizations,
)
from confdesk.domain.registrations.search import RegistrationFilter
from confdesk.domain.registrations.service import Edit, RegistrationData, RegistrationService
from confdesk.domain.registrations.topics import list_topics
from confdesk.errors import UserError
from confdesk.ui.registrations.duplicates_dialog import DuplicatesDialog
from confdesk.ui.registrations.form import RegistrationForm
from confdesk.ui.registrations.table_model import (
    Column,
    RegistrationTableModel,
    registration_columns,
)
from confdesk.ui.registrations.walk_in_dialog import WalkInDialog
from confdesk.ui.shell.background import BackgroundTask
from confdesk.ui.shell.file_dialogs import open_file_name, save_file_name
from confdesk.ui.shell.language.formatting import short_date, whole_number
from confdesk.ui.shell.language.i18n import ui_language
from confdesk.ui.shell.language.labels import category_labels, status_label, status_labels
from confdesk.ui.shell.language.messages import describe_error
from confdesk.ui.shell.screen_shortcuts import add_screen_shortcuts

if TYPE_CHECKING:  # imported when used: import and export are not needed at start-up
    from confdesk.domain.exporting.registrations import ExportSummary
    from confdesk.domain.importing.applying import ImportResult

_ANY = None
# How the list's free-text columns share the width its short columns leave.
REGISTRATION_COLUMN_WEIGHTS = {
    Column.NAME: 5,
    Column.ORGANIZATION: 4,
    Column.POSITION: 3,
    Column.EMAIL: 3,
}


class RegistrationsPage(QWidget):
    """``changed`` carries what each write of this screen changed; the window broadcasts
    it to every screen (:meth:`on_changes`)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database: Database | None = None
        self._event: EventData | None = None
        self._service: RegistrationService | None = None
        self._current: RegistrationData | None = None
        self._creating = False
        self._dirty = False
        self.last_edit: Edit | None = None
        self._export_task: BackgroundTask | None = None
        self._stale = False
        self._total = 0

        self.model = RegistrationTableModel(self)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        font = self.search_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search_edit.setFont(font)
        self.search_edit.setPlaceholderText(
            self.tr("Search name, organization, e-mail, position… (Ctrl+F)")
        )
        self.category_filter = self._filter_combo(self.tr("All categories"), category_labels())
        self.status_filter = self._filter_combo(self.tr("All statuses"), status_labels())
        self.organization_filter = QComboBox()
        self.organization_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organization_filter.setMinimumContentsLength(14)
        self.checked_in_filter = self._filter_combo(
            self.tr("Checked in or not"),
            {True: self.tr("Checked in"), False: self.tr("Not checked in")},
        )
        self.badge_filter = self._filter_combo(
            self.tr("Badge printed or not"),
            {True: self.tr("Badge printed"), False: self.tr("No badge yet")},
        )
        self.count_label = QLabel()
        self.filter_combos = (
            self.category_filter,
            self.status_filter,
            self.organization_filter,
            self.checked_in_filter,
            self.badge_filter,
        )

        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("New registration (Ctrl+N)"))
        self.walk_in_button = QPushButton(self.tr("&Walk-in…"))
        self.walk_in_button.setToolTip(self.tr("Register someone at the desk (Ctrl+Shift+W)"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change to a registration (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.duplicates_button = QPushButton(self.tr("Find &duplicates…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Import a registration list (CSV or Excel) from a registration tool")
        )
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Save all registrations as CSV or Excel, with their check-in codes")
        )

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 50,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.columns = registration_columns(self.table, weights=REGISTRATION_COLUMN_WEIGHTS)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.form = RegistrationForm()
        self.form_heading = QLabel()
        font = self.form_heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.form_heading.setFont(font)
        self.form_heading.setWordWrap(True)
        self.status_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel registration"))
        self.reinstate_button = QPushButton(self.tr("Reinstate"))
        self.promote_button = QPushButton(self.tr("Promote from waiting list"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.status_label.setWordWrap(True)
        status_row = QHBoxLayout()
        for button in (self.promote_button, self.reinstate_button, self.cancel_button):
            status_row.addWidget(button)
        status_row.addStretch()
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        form_box = QWidget()
        form_box_layout = QVBoxLayout(form_box)
        form_box_layout.setContentsMargins(0, 0, 0, 0)
        form_box_layout.addWidget(self.form)
        form_box_layout.addStretch()
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(form_box)
        # Only the form scrolls: the name, the status and Save stay in sight.
        self.detail_panel = QFrame()
        self.detail_panel.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QVBoxLayout(self.detail_panel)
        self.close_detail_button = QToolButton()
        self.close_detail_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.close_detail_button.setAutoRaise(True)
        self.close_detail_button.setToolTip(self.tr("Close the panel: the list gets its width"))
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.form_heading, 1)
        heading_row.addWidget(self.close_detail_button, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(heading_row)
        detail_layout.addWidget(self.status_label)
        detail_layout.addLayout(status_row)
        detail_layout.addWidget(self.detail_scroll, 1)
        detail_layout.addLayout(save_row)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        filters = QHBoxLayout()
        for combo in self.filter_combos:
            filters.addWidget(combo)
        filters.addStretch()
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.walk_in_button,
            self.undo_button,
            self.duplicates_button,
            self.import_button,
            self.export_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        splitter = QSplitter()
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        self._form_box = form_box
        self._fit_detail_panel()
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)  # coalesce a burst of keystrokes into one query
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        for combo in self.filter_combos:
            combo.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)
        self.form.changed.connect(self._mark_dirty)
        self.new_button.clicked.connect(self.start_new)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.undo_button.clicked.connect(self.undo)
        self.duplicates_button.clicked.connect(self.review_duplicates)
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button.clicked.connect(self.choose_export_file)
        self.save_button.clicked.connect(self.save)
        self.close_detail_button.clicked.connect(self.close_detail)
        self.revert_button.clicked.connect(self.revert)
        self.cancel_button.clicked.connect(lambda: self._change_status("cancel"))
        self.reinstate_button.clicked.connect(lambda: self._change_status("reinstate"))
        self.promote_button.clicked.connect(lambda: self._change_status("promote"))
        self.search_edit.returnPressed.connect(self._open_first_match)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search_edit,
            self._go_to_list,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        # Only while this screen is shown; text fields keep their own Ctrl+Z.
        add_screen_shortcuts(
            self,
            (
                (QKeySequence.StandardKey.New, self.start_new),
                (QKeySequence("Ctrl+Shift+W"), self.walk_in),
                (QKeySequence.StandardKey.Undo, self.undo),
            ),
        )
        self._show_detail(None)

    # -- Setting up -------------------------------------------------------------------------
    def set_event(self, database: Database | None, event: EventData | None) -> None:
        self._database = database
        self._event = event
        self._service = RegistrationService(database) if database is not None else None
        self.last_edit = None
        self.undo_button.setEnabled(False)
        self._show_detail(None)
        # The list is queried when the screen is first shown, not at start-up: the
        # window opens on another screen as fast as it can.
        self._stale = True
        if self.isVisible():
            self._load()

    def _load(self) -> None:
        self._stale = False
        self._reload_choices()
        self.model.set_event(self._database, self._event.id if self._event else None)

    def shown_ids(self) -> list[int]:
        """The registrations the list shows, in its order (search and filters applied)."""
        if self._stale:
            self._load()
        ids = (self.model.id_at(row) for row in range(self.model.rowCount()))
        return [registration_id for registration_id in ids if registration_id is not None]

    def on_changes(self, changes: Changes, source: object) -> None:
        """Written elsewhere (a walk-in at the desk, check-ins, printed badges): read the
        list again now if it is shown, else when it is next shown."""
        if source is self or not (
            changes.registrations
            or changes.organizations
            or changes.topics
            or changes.agenda
            or changes.checkins
            or changes.prints
        ):
            return
        if not self.isVisible():
            self._stale = True
            return
        if not (self._dirty or self._creating):
            self._reload_choices()
        self.model.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._load()
        super().showEvent(event)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def select_registration(self, registration_id: int) -> None:
        row = self.model.row_of(registration_id)
        if row is None:
            # Not in the current search: clear it so the person can be seen.
            self.search_edit.clear()
            self._reset_filters()
            self._apply_filter()
            row = self.model.row_of(registration_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    # -- Search and filters -----------------------------------------------------------------
    def _filter_combo(self, everything: str, choices: dict) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, _ANY)
        for value, label in choices.items():
            combo.addItem(label, value)
        return combo

    def current_filter(self) -> RegistrationFilter:
        category = self.category_filter.currentData()
        status = self.status_filter.currentData()
        return RegistrationFilter(
            text=self.search_edit.text(),
            categories=frozenset([category]) if category else frozenset(),
            statuses=frozenset([status]) if status else frozenset(),
            organization_id=self.organization_filter.currentData(),
            checked_in=self.checked_in_filter.currentData(),
            badge_printed=self.badge_filter.currentData(),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        if self._current is not None and not self._dirty:
            row = self.model.row_of(self._current.id)
            if row is not None:
                self.table.selectRow(row)

    def _reset_filters(self) -> None:
        for combo in self.filter_combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def _open_first_match(self) -> None:
        """Enter opens the first (often the only) hit beside the list; the cursor stays in
        the search with the text selected, so the next name typed is a new search. Down
        goes into the list."""
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        self.focus_search()

    def _go_to_list(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = self._total
        self.count_label.setText(
            self.tr("{shown} of {total} shown").format(
                shown=whole_number(shown), total=whole_number(total)
            )
        )
        if total == 0:
            self.empty_label.setText(
                self.tr(
                    "No registrations yet. Import a list from your registration tool or a "
                    "spreadsheet, or add people one by one with New or Walk-in."
                )
            )
            self.list_stack.setCurrentWidget(self.empty_label)
        elif shown == 0:
            self.empty_label.setText(self.tr("Nobody matches this search and these filters."))
            self.list_stack.setCurrentWidget(self.empty_label)
        else:
            self.list_stack.setCurrentWidget(self.table)

    def _reload_choices(self) -> None:
        """After the event's registrations changed: the pickers' choices and the total,
        counted here once rather than at every keystroke of a search."""
        if self._database is None or self._event is None:
            self.form.set_choices([], [])
            self.form.set_rounds([])
            self._total = 0
            return
        self._total = event_counts(self._database, self._event.id).registrations
        organizations = list_organizations(self._database, self._event.id)
        self.form.set_choices(organizations, list_topics(self._database, self._event.id))
        self.form.set_rounds(SignupService(self._database).rounds(self._event.id))
        self._fit_detail_panel()  # the workshop wishes' row comes and goes with the rounds
        current = self.organization_filter.currentData()
        self.organization_filter.blockSignals(True)
        self.organization_filter.clear()
        self.organization_filter.addItem(self.tr("All organizations"), _ANY)
        for organization in sorted(organizations, key=lambda o: o.name.casefold()):
            if organization.registrations:
                self.organization_filter.addItem(organization.name, organization.id)
        index = self.organization_filter.findData(current)
        self.organization_filter.setCurrentIndex(max(0, index))
        self.organization_filter.blockSignals(False)

    # -- The detail panel -------------------------------------------------------------------

    def _fit_detail_panel(self) -> None:
        """Wide enough for the form as it is now (its rows follow the event) in either
        language, never clipped at the right edge; no wider, so that the list keeps its
        columns beside it."""
        for box in (self.form, self._form_box):
            layout = box.layout()
            if layout is not None:
                layout.activate()  # a row shown or hidden just now counts
        self.detail_scroll.setMinimumWidth(
            self._form_box.minimumSizeHint().width()
            + self.detail_scroll.verticalScrollBar().sizeHint().width()
        )

    def _row_chosen(self) -> None:
        registration_id = self.model.id_at(self.table.currentIndex().row())
        if registration_id is None or self._service is None:
            return
        if self._current is not None and registration_id == self._current.id:
            return
        if not self.may_leave():
            return
        self._show_detail(self._service.get(registration_id))

    def _show_detail(self, registration: RegistrationData | None) -> None:
        self._current = registration
        self._creating = False
        self.form.set_registration(registration)
        has_event = self._event is not None
        self.form.setEnabled(registration is not None)
        for button in (
            self.new_button,
            self.walk_in_button,
            self.duplicates_button,
            self.import_button,
            self.export_button,
        ):
            button.setEnabled(has_event)
        # The panel takes room from the list only while it has someone to show.
        self._show_panel(registration is not None)
        if registration is None:
            self.form_heading.setText(self.tr("Choose a registration in the list"))
            self.status_label.clear()
        else:
            self.form_heading.setText(registration.full_name)
            self.status_label.setText(self._status_text(registration))
        status = registration.status if registration else None
        self.cancel_button.setVisible(status in ("registered", "waitlisted"))
        self.reinstate_button.setVisible(status == "cancelled")
        self.promote_button.setVisible(status == "waitlisted")
        self._set_dirty(False)

    def close_detail(self) -> None:
        """Nobody chosen: the panel goes, the list's columns take its room."""
        if not self.may_leave():
            return
        self.table.selectionModel().clearCurrentIndex()
        self.table.clearSelection()
        self._show_detail(None)

    def _show_panel(self, shown: bool) -> None:
        if shown == self.detail_panel.isVisibleTo(self):
            return
        self.detail_panel.setVisible(shown)
        # The panel shows the e-mail; the list makes room for the other columns.
        self.table.setColumnHidden(Column.EMAIL, shown)
        self.columns.fit()

    def _status_text(self, registration: RegistrationData) -> str:
        return self.tr("{status} · registered {when}").format(
            status=status_label(registration.status),
            when=short_date(registration.created_at.date()),
        )

    def start_new(self) -> None:
        if self._event is None or not self.may_leave():
            return
        self.table.clearSelection()
        self._current = None
        self.form.set_registration(None)
        self.form.setEnabled(True)
        self._creating = True
        self._show_panel(True)
        self.form_heading.setText(self.tr("New registration"))
        self.status_label.clear()
        for button in (self.cancel_button, self.reinstate_button, self.promote_button):
            button.setVisible(False)
        self._set_dirty(False)
        self.save_button.setEnabled(True)
        self.form.given_name_edit.setFocus()

    def save(self) -> bool:
        if self._service is None or self._event is None or self._database is None:
            return True
        if not (self._dirty or self._creating):
            return True
        try:
            organization_id, changes = self._organization_id_for(self.form.organization_name())
            draft = self.form.draft(organization_id)
            if self._creating:
                saved = self._service.create(self._event.id, draft)
                changes |= saved.changes
                self.last_edit = None
            else:
                assert self._current is not None
                edit = self._service.update(self._current.id, draft)
                saved = edit.after
                changes |= edit.changes
                self._remember(edit)
        except ValidationError as error:
            self.form.show_error(error, describe_error(error))
            return False
        except UserError as error:
            QMessageBox.warning(self, self.tr("Registration"), describe_error(error))
            return False
        self._after_write(saved, changes)
        return True

    def _organization_id_for(self, name: str) -> tuple[int | None, Changes]:
        """The organisation typed, created if new (which is a change of its own)."""
        if not name:
            return None, NOTHING
        assert self._database is not None
        organization = find_or_create_organization(self._database, name)
        return organization.id, organization.changes

    def revert(self) -> None:
        if self._creating:
            self._show_detail(None)
        else:
            self._show_detail(self._current)

    def may_leave(self) -> bool:
        """Unsaved edits are never dropped silently."""
        if not (self._dirty or (self._creating and self._form_has_input())):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This registration has changes that are not saved yet. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        self._set_dirty(False)
        self._creating = False
        return True

    def _form_has_input(self) -> bool:
        return bool(self.form.given_name_edit.text() or self.form.family_name_edit.text())

    # -- Status, walk-ins, undo -------------------------------------------------------------
    def _change_status(self, action: str) -> None:
        if self._service is None or self._current is None or not self.may_leave():
            return
        operation = {
            "cancel": self._service.cancel,
            "reinstate": self._service.reinstate,
            "promote": self._service.promote,
        }[action]
        try:
            edit = operation(self._current.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Registration"), describe_error(error))
            return
        self._remember(edit)
        self._after_write(edit.after, edit.changes)

    def walk_in(self) -> None:
        if self._service is None or self._event is None or self._database is None:
            return
        if not self.may_leave():
            return
        dialog = WalkInDialog(self._database, self._event.id, self)
        if dialog.exec() and dialog.created is not None:
            self.last_edit = None
            self.undo_button.setEnabled(False)
            self._after_write(dialog.created, dialog.created.changes)

    def choose_import_file(self) -> None:
        if self._database is None or self._event is None or not self.may_leave():
            return
        path = open_file_name(
            self,
            self.tr("Import registrations"),
            str(Path.home()),
            self.tr("Registration lists (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportResult | None:
        from confdesk.ui.registrations.import_dialog import ImportDialog

        assert self._database is not None and self._event is not None
        dialog = ImportDialog(self._database, self._event.id, path, self)
        dialog.start()
        if not dialog.exec() or dialog.import_result is None:
            return None
        result = dialog.import_result
        self.last_edit = None
        self.undo_button.setEnabled(False)
        self._reload_choices()
        self.model.refresh()
        self.changed.emit(result.changes)
        text = self.tr("Imported: {added} new, {updated} updated, {skipped} skipped.").format(
            added=whole_number(result.added),
            updated=whole_number(result.updated),
            skipped=whole_number(result.skipped),
        )
        if dialog.rejected_path is not None:
            text += " " + self.tr("The rows left out are listed with the reason in {path}.").format(
                path=str(dialog.rejected_path)
            )
        QMessageBox.information(self, self.tr("Import registrations"), text)
        return result

    def choose_export_file(self) -> None:
        if self._database is None or self._event is None:
            return
        path = save_file_name(
            self,
            self.tr("Export registrations"),
            str(Path.home() / "registrations.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        from confdesk.domain.exporting.registrations import export_registrations

        assert self._database is not None and self._event is not None
        database, event_id = self._database, self._event.id
        language = ui_language()

        def work(progress: Progress) -> ExportSummary:
            return export_registrations(
                database, event_id, path, language=language, progress=progress
            )

        self._export_task = BackgroundTask(
            self,
            self.tr("Exporting registrations…"),
            work,
            on_success=self._exported,
            on_error=lambda error: QMessageBox.warning(
                self, self.tr("Export registrations"), describe_error(error)
            ),
        )
        self._export_task.start()

    def _exported(self, summary: ExportSummary) -> None:
        QMessageBox.information(
            self,
            self.tr("Export registrations"),
            self.tr(
                "{count} registrations saved to {path}. The file holds personal data "
                "({columns}); keep it safe and delete it when it is no longer needed."
            ).format(
                count=whole_number(summary.rows),
                path=summary.path,
                columns=", ".join(summary.columns),
            ),
        )

    def review_duplicates(self) -> None:
        if self._database is None or self._event is None or not self.may_leave():
            return
        dialog = DuplicatesDialog(self._database, self._event.id, self)
        dialog.merged.connect(self._merged)
        dialog.exec()

    def _merged(self, kept: RegistrationData) -> None:
        # A merge deletes registrations an undo of an earlier edit might refer to.
        self.last_edit = None
        self.undo_button.setEnabled(False)
        self._after_write(kept, kept.changes)

    def undo(self) -> None:
        if self._service is None or self.last_edit is None:
            return
        try:
            restored = self._service.undo(self.last_edit)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Undo"), describe_error(error))
            self.last_edit = None
            self.undo_button.setEnabled(False)
            return
        self.last_edit = None
        self.undo_button.setEnabled(False)
        self._after_write(restored, restored.changes)

    def _remember(self, edit: Edit) -> None:
        self.last_edit = edit if edit.changed else None
        self.undo_button.setEnabled(self.last_edit is not None)

    def _after_write(self, registration: RegistrationData, changes: Changes) -> None:
        """This screen shows the write at once; the others hear of it through the window."""
        self._creating = False
        self._set_dirty(False)
        self._reload_choices()
        self.model.refresh()
        self._current = None
        self.select_registration(registration.id)  # loads the detail through the selection
        if self._current is None:
            self._show_detail(registration)
        if changes:
            self.changed.emit(changes)

    # -- Dirty state ------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty or self._creating)
        self.revert_button.setEnabled(dirty or self._creating)

    @property
    def is_dirty(self) -> bool:
        return self._dirty or (self._creating and self._form_has_input())
