"""One registration as a form: person, organization, category, needs, consents, topics."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from confdesk.domain.agenda.signups import WorkshopRound
from confdesk.domain.events.service import ValidationError
from confdesk.domain.registrations.organizations import OrganizationData
from confdesk.domain.registrations.service import RegistrationData, RegistrationDraft
from confdesk.domain.registrations.topics import TopicData
from confdesk.ui.registrations.wishes_field import WishesField
from confdesk.ui.shell.language.labels import category_labels
from confdesk.ui.shell.widgets.form_error import FormErrorLabel
from confdesk.ui.shell.widgets.scroll_safe_combo import ScrollSafeComboBox


class RegistrationForm(QWidget):
    """Edits a :class:`RegistrationDraft`. The organization is typed or picked by name;
    :meth:`organization_name` returns the text so the caller can find or create it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Dr."))
        self.given_name_edit = QLineEdit()
        self.family_name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        # The form scrolls in its panel: the wheel passing over a choice must not change it.
        self.organization_combo = ScrollSafeComboBox()
        self.organization_combo.setEditable(True)
        self.organization_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organization_combo.setMinimumContentsLength(18)
        completer = self.organization_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.position_edit = QLineEdit()
        self.category_combo = ScrollSafeComboBox()
        for code, label in category_labels().items():
            self.category_combo.addItem(label, code)
        self.dietary_edit = QLineEdit()
        self.dietary_edit.setPlaceholderText(self.tr("e.g. vegetarian, gluten-free"))
        self.accessibility_edit = QLineEdit()
        self.photo_consent_check = QCheckBox(self.tr("May appear in &photos"))
        self.list_consent_check = QCheckBox(self.tr("May appear on the &attendee list"))
        self.topics_list = QListWidget()
        self.topics_list.setMaximumHeight(110)
        self.wishes_field = WishesField()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.error_label = FormErrorLabel()

        layout = QFormLayout(self)
        layout.addRow(self.error_label)
        rows = (
            (self.tr("Title:"), self.title_edit),
            (self.tr("&Given name:"), self.given_name_edit),
            (self.tr("&Family name:"), self.family_name_edit),
            (self.tr("E-&mail:"), self.email_edit),
            (self.tr("P&hone:"), self.phone_edit),
            (self.tr("&Organization:"), self.organization_combo),
            (self.tr("Pos&ition:"), self.position_edit),
            (self.tr("&Category:"), self.category_combo),
            (self.tr("&Dietary needs:"), self.dietary_edit),
            (self.tr("Accessi&bility:"), self.accessibility_edit),
            (self.tr("Consents:"), self.photo_consent_check),
            ("", self.list_consent_check),
            (self.tr("&Topics:"), self.topics_list),
            (self.tr("&Workshop wishes:"), self.wishes_field),
            (self.tr("&Notes:"), self.notes_edit),
        )
        for text, field in rows:
            field_label = QLabel(text)
            field_label.setBuddy(field)
            layout.addRow(field_label, field)

        for line_edit in (
            self.title_edit,
            self.given_name_edit,
            self.family_name_edit,
            self.email_edit,
            self.phone_edit,
            self.position_edit,
            self.dietary_edit,
            self.accessibility_edit,
        ):
            line_edit.textEdited.connect(self._emit_changed)
        self.organization_combo.editTextChanged.connect(self._emit_changed)
        self.category_combo.currentIndexChanged.connect(self._emit_changed)
        self.photo_consent_check.toggled.connect(self._emit_changed)
        self.list_consent_check.toggled.connect(self._emit_changed)
        self.topics_list.itemChanged.connect(self._emit_changed)
        self.notes_edit.textChanged.connect(self._emit_changed)
        self.wishes_field.changed.connect(self._emit_changed)
        self._loading = False
        # Shown only for an event with workshop rounds.
        layout.setRowVisible(self.wishes_field, False)

    def set_rounds(self, rounds: list[WorkshopRound]) -> None:
        self.wishes_field.set_rounds(rounds)
        layout = self.layout()
        assert isinstance(layout, QFormLayout)
        layout.setRowVisible(self.wishes_field, bool(rounds))

    def set_choices(self, organizations: list[OrganizationData], topics: list[TopicData]) -> None:
        self._loading = True
        try:
            current = self.organization_combo.currentText()
            self.organization_combo.clear()
            self.organization_combo.addItems(sorted(o.name for o in organizations))
            self.organization_combo.setCurrentText(current)
            checked = set(self.topic_ids())
            self.topics_list.clear()
            for topic in topics:
                item = QListWidgetItem(topic.name)
                item.setData(Qt.ItemDataRole.UserRole, topic.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if topic.id in checked else Qt.CheckState.Unchecked
                )
                self.topics_list.addItem(item)
        finally:
            self._loading = False

    def set_registration(self, registration: RegistrationData | None) -> None:
        self._loading = True
        try:
            draft = registration or RegistrationDraft(given_name="", family_name="")
            self.title_edit.setText(draft.title)
            self.given_name_edit.setText(draft.given_name)
            self.family_name_edit.setText(draft.family_name)
            self.email_edit.setText(draft.email)
            self.phone_edit.setText(draft.phone)
            self.organization_combo.setCurrentText(
                registration.organization_name if registration else ""
            )
            # Show the start of a long name, not its end.
            line_edit = self.organization_combo.lineEdit()
            if line_edit is not None:
                line_edit.setCursorPosition(0)
            self.position_edit.setText(draft.position)
            category_index = self.category_combo.findData(draft.category)
            self.category_combo.setCurrentIndex(max(0, category_index))
            self.dietary_edit.setText(draft.dietary_needs)
            self.accessibility_edit.setText(draft.accessibility_needs)
            self.photo_consent_check.setChecked(draft.photo_consent)
            self.list_consent_check.setChecked(draft.attendee_list_consent)
            for row in range(self.topics_list.count()):
                item = self.topics_list.item(row)
                topic_id = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if topic_id in draft.topic_ids
                    else Qt.CheckState.Unchecked
                )
            self.notes_edit.setPlainText(draft.notes)
            self.wishes_field.set_wishes(draft.wishes)
            self.clear_error()
        finally:
            self._loading = False

    def draft(self, organization_id: int | None) -> RegistrationDraft:
        return RegistrationDraft(
            given_name=self.given_name_edit.text(),
            family_name=self.family_name_edit.text(),
            title=self.title_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            organization_id=organization_id,
            position=self.position_edit.text(),
            category=self.category_combo.currentData(),
            dietary_needs=self.dietary_edit.text(),
            accessibility_needs=self.accessibility_edit.text(),
            photo_consent=self.photo_consent_check.isChecked(),
            attendee_list_consent=self.list_consent_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
            topic_ids=tuple(self.topic_ids()),
            wishes=self.wishes_field.wishes(),
        )

    def organization_name(self) -> str:
        return self.organization_combo.currentText().strip()

    def topic_ids(self) -> list[int]:
        return [
            self.topics_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.topics_list.count())
            if self.topics_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def show_error(self, error: ValidationError, message: str) -> None:
        field = {
            "given_name": self.given_name_edit,
            "family_name": self.family_name_edit,
            "email": self.email_edit,
            "category": self.category_combo,
        }.get(error.field)
        self.error_label.show_problem(message, field)

    def clear_error(self) -> None:
        self.error_label.clear_problem()

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
