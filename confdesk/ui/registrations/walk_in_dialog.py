"""A walk-in at the desk: given name, family name, organization, Enter. The category
(participant unless chosen: a speaker or press person needs their badge's colour) is the
one other field, so a desk person finishes it in seconds with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from confdesk.db.database import Database
from confdesk.db.models import Category
from confdesk.domain.events.service import ValidationError
from confdesk.domain.registrations.organizations import list_organizations
from confdesk.domain.registrations.service import RegistrationData, RegistrationService
from confdesk.ui.shell.language.labels import category_labels
from confdesk.ui.shell.language.messages import describe_error
from confdesk.ui.shell.widgets.form_error import FormErrorLabel


class WalkInDialog(QDialog):
    def __init__(self, database: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in registration"))
        self._service = RegistrationService(database)
        self._event_id = event_id
        self.created: RegistrationData | None = None
        self.given_name_edit = QLineEdit()
        self.family_name_edit = QLineEdit()
        self.organization_edit = QLineEdit()
        # Every organisation in the database, not only this event's.
        names = [organization.name for organization in list_organizations(database)]
        completer = QCompleter(sorted(names), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization_edit.setCompleter(completer)
        self.category_combo = QComboBox()
        for code, word in category_labels().items():
            self.category_combo.addItem(word, code)
        self.category_combo.setCurrentIndex(
            self.category_combo.findData(Category.PARTICIPANT.value)
        )
        self.error_label = FormErrorLabel()
        hint = QLabel(self.tr("Name and organization are enough; details can follow later."))
        hint.setWordWrap(True)

        form = QFormLayout()
        for text, field in (
            (self.tr("&Given name:"), self.given_name_edit),
            (self.tr("&Family name:"), self.family_name_edit),
            (self.tr("&Organization:"), self.organization_edit),
            (self.tr("&Category:"), self.category_combo),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Register"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.given_name_edit.setFocus()

    def accept(self) -> None:
        try:
            self.created = self._service.walk_in(
                self._event_id,
                self.given_name_edit.text(),
                self.family_name_edit.text(),
                self.organization_edit.text(),
                str(self.category_combo.currentData()),
            )
        except ValidationError as error:
            target = {
                "given_name": self.given_name_edit,
                "family_name": self.family_name_edit,
            }.get(error.field, self.given_name_edit)
            self.error_label.show_problem(describe_error(error), target)
            return
        super().accept()
