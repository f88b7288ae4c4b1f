"""A date field that takes a date typed as a whole, with a calendar to pick from.

Why not QDateEdit: it types section by section, so "5/20/2027" typed as one writes it became
5/4/2020 — the slash does not move on as expected and the year section takes digits of its
own. Here the text is read when it is a whole date, in the field's locale's order (month
first in the US, day first in Germany), with a four-digit or a two-digit year, or as
2027-05-20; the calendar opens on the month of the date shown.
"""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from confdesk.ui.shell.language.formatting import window_locale


def date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year: "M/d/yyyy", "dd.MM.yyyy"."""
    return re.sub("y+", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def parse_date(text: str, locale: QLocale, *, two_digit_year: bool = True) -> QDate | None:
    """The date ``text`` names, or None. Numbers in the locale's order (any separators),
    or year first with four digits (ISO). A two-digit year is in this century."""
    parts = re.findall(r"\d+", text)
    if len(parts) != 3 or re.search(r"[^\d\s./\-,]", text):
        return None
    if len(parts[0]) == 4:
        year_text, month_text, day_text = parts
    else:
        order = sorted("dMy", key=lambda letter: date_format(locale).find(letter))
        named = dict(zip(order, parts, strict=True))
        year_text, month_text, day_text = named["y"], named["M"], named["d"]
    if len(year_text) == 4:
        year = int(year_text)
    elif len(year_text) == 2 and two_digit_year:
        year = 2000 + int(year_text)
    else:
        return None
    found = QDate(year, int(month_text), int(day_text))
    return found if found.isValid() else None


class DateField(QWidget):
    """Offers what the forms used of QDateEdit: ``date``, ``setDate``, ``dateChanged``
    (also for a date set by the program) and ``text``."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._locale = window_locale()
        self.line_edit = QLineEdit()
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Choose from a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)
        self._show_date()

        self.line_edit.textEdited.connect(self._typed)
        self.line_edit.editingFinished.connect(self._typing_finished)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    def date(self) -> QDate:
        return self._date

    def setDate(self, value: QDate | datetime.date) -> None:
        new = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
        if new == self._date:
            self._show_date()
            return
        self._date = new
        self._show_date()
        self.dateChanged.emit(new)

    def text(self) -> str:
        return self.line_edit.text()

    def set_locale(self, locale: QLocale) -> None:
        """The order dates are read and shown in (the event's language, or the UI's)."""
        self._locale = locale
        self.calendar.setLocale(locale)
        self.calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        self.line_edit.setPlaceholderText(date_format(locale).lower())
        self._show_date()

    def open_calendar(self) -> None:
        """On the month of the date shown, not on January."""
        self.calendar.setSelectedDate(self._date)
        self.calendar.setCurrentPage(self._date.year(), self._date.month())
        self.calendar.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.calendar.move(below)
        self.calendar.show()
        self.calendar.setFocus()

    def _show_date(self) -> None:
        self.line_edit.setText(self._locale.toString(self._date, date_format(self._locale)))

    def _typed(self, text: str) -> None:
        # Taken while typing once it is a whole date with a four-digit year, so the end
        # date follows and an error goes away before the field is left.
        found = parse_date(text, self._locale, two_digit_year=False)
        if found is not None and found != self._date:
            self._date = found
            self.dateChanged.emit(found)

    def _typing_finished(self) -> None:
        found = parse_date(self.line_edit.text(), self._locale)
        if found is not None:
            self.setDate(found)
        else:
            self._show_date()  # not a date: back to the one that stands

    def _picked(self, picked: QDate) -> None:
        self.calendar.hide()
        self.setDate(picked)
        self.line_edit.setFocus()
