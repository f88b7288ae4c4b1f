"""The event's details as a form, shared by the event screen and the new-event dialog."""

from __future__ import annotations

from datetime import date, time
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from confdesk.domain.events.service import EventDraft, ValidationError, validate_event
from confdesk.ui.shell.language.i18n import form_locale
from confdesk.ui.shell.language.messages import describe_error
from confdesk.ui.shell.widgets.date_field import DateField
from confdesk.ui.shell.widgets.form_error import FormErrorLabel


@cache
def _time_zones() -> list[str]:
    return sorted(zone for zone in available_timezones() if "/" in zone)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


# By fields, not toPython(): PySide6's stubs type that as returning object.
def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second())


class EventForm(QWidget):
    """Edits an :class:`EventDraft`; ``changed`` fires on every user edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Regional conference of the model projects")
        )
        self.subtitle_edit = QLineEdit()
        # Typed as a whole date or picked from a calendar (see DateField for why).
        self.start_date_edit = DateField()
        self.end_date_edit = DateField()
        self.day_starts_edit = QTimeEdit()
        self.day_ends_edit = QTimeEdit()
        self.venue_name_edit = QLineEdit()
        self.venue_address_edit = QPlainTextEdit()
        self.venue_address_edit.setTabChangesFocus(True)
        self.venue_address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(_time_zones())
        # The longest zone name would otherwise set the whole form's minimum width.
        self.timezone_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.timezone_combo.setMinimumContentsLength(16)
        completer = self.timezone_combo.completer()
        if completer is not None:
            completer.setFilterMode(completer.filterMode().MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("German"), "de")
        self.language_combo.addItem(self.tr("English"), "en")
        self.error_label = FormErrorLabel()

        dates = QHBoxLayout()
        dates.addWidget(self.start_date_edit)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end_date_edit)
        dates.addStretch()
        hours = QHBoxLayout()
        hours.addWidget(self.day_starts_edit)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.day_ends_edit)
        hours.addStretch()

        layout = QFormLayout(self)
        layout.addRow(self.error_label)
        rows = (
            (self.tr("&Title:"), self.title_edit, self.title_edit),
            (self.tr("S&ubtitle:"), self.subtitle_edit, self.subtitle_edit),
            (self.tr("&Dates:"), dates, self.start_date_edit),
            (self.tr("Daily &hours:"), hours, self.day_starts_edit),
            (self.tr("&Venue:"), self.venue_name_edit, self.venue_name_edit),
            (self.tr("Venue &address:"), self.venue_address_edit, self.venue_address_edit),
            (self.tr("Time &zone:"), self.timezone_combo, self.timezone_combo),
            (self.tr("Event &language:"), self.language_combo, self.language_combo),
        )
        for text, field, buddy in rows:
            # The buddy lets Alt+letter reach the field, also where the row is a layout.
            label = QLabel(text)
            label.setBuddy(buddy)
            layout.addRow(label, field)

        for line_edit in (self.title_edit, self.subtitle_edit, self.venue_name_edit):
            line_edit.textEdited.connect(self._emit_changed)
        self.venue_address_edit.textChanged.connect(self._emit_changed)
        self._start = self.start_date_edit.date()
        self.start_date_edit.dateChanged.connect(self._start_moved)
        for date_edit in (self.start_date_edit, self.end_date_edit):
            date_edit.dateChanged.connect(self._emit_changed)
        for time_edit in (self.day_starts_edit, self.day_ends_edit):
            time_edit.timeChanged.connect(self._emit_changed)
        self.timezone_combo.currentTextChanged.connect(self._emit_changed)
        self.language_combo.currentIndexChanged.connect(self._emit_changed)
        self.language_combo.currentIndexChanged.connect(self._follow_language)
        self._loading = False
        self._follow_language()

    def set_draft(self, draft: EventDraft) -> None:
        self._loading = True
        try:
            self._start = _qdate(draft.start_date)
            self.title_edit.setText(draft.title)
            self.subtitle_edit.setText(draft.subtitle)
            self.start_date_edit.setDate(_qdate(draft.start_date))
            self.end_date_edit.setDate(_qdate(draft.end_date))
            self.day_starts_edit.setTime(_qtime(draft.day_starts))
            self.day_ends_edit.setTime(_qtime(draft.day_ends))
            self.venue_name_edit.setText(draft.venue_name)
            self.venue_address_edit.setPlainText(draft.venue_address)
            self.timezone_combo.setCurrentText(draft.timezone)
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(draft.language))
            )
            self.clear_error()
        finally:
            self._loading = False
        self._follow_language()

    def draft(self) -> EventDraft:
        return EventDraft(
            title=self.title_edit.text(),
            subtitle=self.subtitle_edit.text().strip(),
            start_date=_date(self.start_date_edit.date()),
            end_date=_date(self.end_date_edit.date()),
            day_starts=_time(self.day_starts_edit.time()),
            day_ends=_time(self.day_ends_edit.time()),
            venue_name=self.venue_name_edit.text().strip(),
            venue_address=self.venue_address_edit.toPlainText().strip(),
            timezone=self.timezone_combo.currentText().strip(),
            language=self.language_combo.currentData(),
        )

    def show_error(self, error: ValidationError, message: str) -> None:
        """Show the message above the form and put the cursor where the problem is."""
        field = {
            "title": self.title_edit,
            "end_date": self.end_date_edit,
            "day_ends": self.day_ends_edit,
            "timezone": self.timezone_combo,
            "language": self.language_combo,
        }.get(error.field)
        self.error_label.show_problem(message, field)

    def clear_error(self) -> None:
        self.error_label.clear_problem()

    def _emit_changed(self) -> None:
        if self._loading:
            return
        if not self.error_label.isHidden():
            # The red sentence goes as soon as the fields are right (or says what is left).
            try:
                validate_event(self.draft())
            except ValidationError as error:
                self.error_label.setText(describe_error(error))
            else:
                self.clear_error()
        self.changed.emit()

    def _start_moved(self, start: QDate) -> None:
        """The end date keeps the event's length when the start moves, so it never ends
        before it starts (a one-day event stays one day)."""
        length = max(0, self._start.daysTo(self.end_date_edit.date()))
        self._start = start
        if not self._loading:
            self.end_date_edit.setDate(start.addDays(length))

    def _follow_language(self) -> None:
        """Dates and times in the event's language, unless the user chose a UI language."""
        locale = form_locale(self.language_combo.currentData() or "")
        for date_edit in (self.start_date_edit, self.end_date_edit):
            date_edit.set_locale(locale)
        time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
        for time_edit in (self.day_starts_edit, self.day_ends_edit):
            time_edit.setLocale(locale)
            time_edit.setDisplayFormat(time_format)
