"""Creating an event: the details form in a dialog that stays open until they are valid."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from confdesk.domain.events.service import EventData, EventDraft, EventService, ValidationError
from confdesk.ui.event.form import EventForm
from confdesk.ui.shell.language.messages import describe_error


class NewEventDialog(QDialog):
    def __init__(self, service: EventService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self._service = service
        self.created_event: EventData | None = None
        self.form = EventForm()
        # A sensible start: a one-day event four weeks from today.
        day = date.today() + timedelta(weeks=4)
        self.form.set_draft(EventDraft(title="", start_date=day, end_date=day))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.title_edit.setFocus()

    def accept(self) -> None:
        try:
            self.created_event = self._service.create(self.form.draft())
        except ValidationError as error:
            self.form.show_error(error, describe_error(error))
            return
        super().accept()
