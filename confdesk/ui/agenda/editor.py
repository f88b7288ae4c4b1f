"""The side panel of the agenda screen: every field of the selected session, saved as one
undoable change with Apply (or Enter)."""

from __future__ import annotations

from datetime import date, datetime, time
from html import escape

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from confdesk.domain.agenda.service import (
    PersonChoice,
    SessionData,
    SessionDraft,
    SpeakerAssignment,
)
from confdesk.domain.events.service import ValidationError
from confdesk.ui.registrations.person_picker import PersonPicker
from confdesk.ui.shell.language.formatting import weekday_date_format, window_locale
from confdesk.ui.shell.language.labels import session_kind_labels, speaker_role_labels

NO_LIMIT = -1  # the spin boxes' "none" value


class AgendaEditor(QWidget):
    apply_requested = Signal(int, object)  # session id, SessionDraft
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: SessionData | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for code, label in session_kind_labels().items():
            self.kind_combo.addItem(label, code)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        # Its lowest date stands for "no session": shown as a dash, not as 1 January 2000.
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setSpecialValueText("–")
        self.start_edit = QTimeEdit()
        self.end_edit = QTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.room_combo = QComboBox()
        self.all_rooms_check = QCheckBox(self.tr("For everybody (spans all rooms)"))
        self.topic_combo = QComboBox()
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(NO_LIMIT, 100000)
        self.capacity_spin.setSpecialValueText(self.tr("no limit"))
        self.round_spin = QSpinBox()
        self.round_spin.setRange(0, 999)
        self.round_spin.setSpecialValueText(self.tr("none"))
        self.signup_check = QCheckBox(self.tr("Sign-up required"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setMaximumHeight(70)
        self.people_list = QListWidget()
        # Three names at least, however little room the panel has (it scrolls instead).
        rows = self.people_list.fontMetrics().lineSpacing() + 4
        self.people_list.setMinimumHeight(3 * rows + 6)
        self.people_list.setMaximumHeight(max(90, 3 * rows + 6))
        self.person_combo = PersonPicker()
        self.role_combo = QComboBox()
        for code, label in speaker_role_labels().items():
            self.role_combo.addItem(label, code)
        self.add_person_button = QPushButton(self.tr("Add"))
        self.remove_person_button = QPushButton(self.tr("Remove"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #C92A2A")
        self.error_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete"))

        form = QFormLayout()
        # In a narrow side panel a label goes above its field instead of widening the panel.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Day:"), self.date_edit)
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_edit)
        form.addRow(self.tr("Time:"), times)
        form.addRow(self.tr("&Room:"), self.room_combo)
        form.addRow("", self.all_rooms_check)
        form.addRow(self.tr("T&opic:"), self.topic_combo)
        form.addRow(self.tr("&Capacity:"), self.capacity_spin)
        form.addRow(self.tr("Workshop r&ound:"), self.round_spin)
        form.addRow("", self.signup_check)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        people_box = QVBoxLayout()
        people_box.addWidget(self.people_list)
        add_row = QHBoxLayout()
        add_row.addWidget(self.person_combo, 1)
        add_row.addWidget(self.role_combo)
        people_box.addLayout(add_row)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_person_button)
        buttons_row.addWidget(self.remove_person_button)
        people_box.addLayout(buttons_row)
        form.addRow(self.tr("People:"), people_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        actions = QHBoxLayout()
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.apply_button)
        layout.addLayout(actions)
        layout.addStretch(1)

        self.apply_button.clicked.connect(self.apply)
        self.delete_button.clicked.connect(self._delete)
        self.add_person_button.clicked.connect(self._add_person)
        self.remove_person_button.clicked.connect(self._remove_person)
        self.show_session(None)

    # -- Filling ---------------------------------------------------------------------------
    def set_choices(
        self,
        rooms: list[tuple[int, str]],
        topics: list[tuple[int, str]],
        people: list[PersonChoice],
    ) -> None:
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("No room (off site)"), None)
        for room_id, name in rooms:
            self.room_combo.addItem(name, room_id)
        self.topic_combo.clear()
        self.topic_combo.addItem(self.tr("No topic"), None)
        for topic_id, name in topics:
            self.topic_combo.addItem(name, topic_id)
        self.person_combo.set_people(people)

    def show_session(self, session: SessionData | None) -> None:
        self._session = session
        self.error_label.clear()
        enabled = session is not None
        for widget in self.findChildren(QWidget):
            if widget is not self.heading:
                widget.setEnabled(enabled)
        if session is None:
            self.heading.setText(self.tr("Select a session, or drag in the grid to make one."))
            # Nothing of the last session stays behind in the empty form.
            self.title_edit.clear()
            self.date_edit.setDate(self.date_edit.minimumDate())
            self.description_edit.clear()
            self.people_list.clear()
            return
        self.heading.setText(f"<b>{escape(session.title)}</b>")
        self.title_edit.setText(session.title)
        self.title_edit.setCursorPosition(0)  # a long title shows its start
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(session.kind), 0))
        day = session.starts_at.date()
        # Read each time: the language (and with it the locale) can change at run time.
        self.date_edit.setLocale(window_locale())
        self.date_edit.setDisplayFormat(weekday_date_format())
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.start_edit.setTime(QTime(session.starts_at.hour, session.starts_at.minute))
        self.end_edit.setTime(QTime(session.ends_at.hour, session.ends_at.minute))
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(session.room_id), 0))
        self.all_rooms_check.setChecked(session.spans_all_rooms)
        self.topic_combo.setCurrentIndex(max(self.topic_combo.findData(session.topic_id), 0))
        self.capacity_spin.setValue(NO_LIMIT if session.capacity is None else session.capacity)
        self.round_spin.setValue(session.round_number or 0)
        self.signup_check.setChecked(session.signup_required)
        self.description_edit.setPlainText(session.description)
        self.people_list.clear()
        for speaker in session.speakers:
            self._add_person_item(speaker)

    def focus_title(self) -> None:
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    # -- People ----------------------------------------------------------------------------
    def _add_person_item(self, speaker: SpeakerAssignment) -> None:
        person = self.person_combo.person(speaker.registration_id)
        name = person.name if person else f"#{speaker.registration_id}"
        role = speaker_role_labels().get(speaker.role, speaker.role)
        item = QListWidgetItem(f"{name} — {role}")
        item.setData(Qt.ItemDataRole.UserRole, speaker)
        self.people_list.addItem(item)

    def _speakers(self) -> tuple[SpeakerAssignment, ...]:
        return tuple(
            self.people_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.people_list.count())
        )

    def _add_person(self) -> None:
        registration_id = self.person_combo.exact_choice()
        if registration_id is None:
            self.error_label.setText(self.tr("Choose a registered person from the list."))
            return
        if any(s.registration_id == registration_id for s in self._speakers()):
            return
        self._add_person_item(SpeakerAssignment(registration_id, self.role_combo.currentData()))
        self.person_combo.setCurrentIndex(-1)
        self.error_label.clear()

    def _remove_person(self) -> None:
        for item in self.people_list.selectedItems():
            self.people_list.takeItem(self.people_list.row(item))

    # -- Saving ----------------------------------------------------------------------------
    def draft(self) -> SessionDraft:
        qdate = self.date_edit.date()
        day = date(qdate.year(), qdate.month(), qdate.day())
        start, end = self.start_edit.time(), self.end_edit.time()
        capacity = self.capacity_spin.value()
        return SessionDraft(
            title=self.title_edit.text(),
            starts_at=datetime.combine(day, time(start.hour(), start.minute())),
            ends_at=datetime.combine(day, time(end.hour(), end.minute())),
            kind=self.kind_combo.currentData(),
            room_id=self.room_combo.currentData(),
            topic_id=self.topic_combo.currentData(),
            capacity=None if capacity == NO_LIMIT else capacity,
            signup_required=self.signup_check.isChecked(),
            description=self.description_edit.toPlainText(),
            round_number=self.round_spin.value() or None,
            spans_all_rooms=self.all_rooms_check.isChecked(),
            speakers=self._speakers(),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in any single-line field applies, as the highlighted Apply button promises
        (outside a dialog no default button hears it). The fields pass Enter on; the
        description keeps it for its new lines, and the person picker for adding."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        in_picker = self.person_combo.isAncestorOf(self.focusWidget() or self)
        if enter and not in_picker:
            self.apply()
            return
        super().keyPressEvent(event)

    def apply(self) -> None:
        if self._session is not None:
            self.error_label.clear()
            self.apply_requested.emit(self._session.id, self.draft())

    def show_error(self, error: ValidationError | str) -> None:
        self.error_label.setText(str(error))

    def _delete(self) -> None:
        if self._session is not None:
            self.delete_requested.emit(self._session.id)
