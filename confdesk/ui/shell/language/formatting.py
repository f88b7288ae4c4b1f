"""Dates, times and numbers in the window, as the UI's locale writes them.

The one place the screens format with :class:`QLocale`: the window follows the UI
language and the system's region (``confdesk.ui.shell.language.i18n`` sets the default locale),
while paper follows the event's language (``confdesk.words.formatting``, on Babel). The
locale is read at every call, since the language can change while the window is open.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat


def window_locale() -> QLocale:
    """The locale the window writes in now, for widgets that format for themselves."""
    return QLocale()


def whole_number(value: int) -> str:
    """ "12,345" / "12.345"."""
    return QLocale().toString(value)


def decimal(value: float, decimals: int) -> str:
    """ "6.5" / "6,5", with exactly ``decimals`` places."""
    return QLocale().toString(float(value), "f", decimals)


def percentage(share: float) -> str:
    """ "79%" / "79 %" (German sets a space before the sign), rounded to a whole number."""
    locale = QLocale()
    number = locale.toString(round(share * 100))
    return f"{number}\u00a0%" if locale.language() == QLocale.Language.German else f"{number}%"


def decimal_point() -> str:
    """ "." / ",": for a figure written elsewhere, shown with this user's decimal point."""
    return QLocale().decimalPoint()


def short_date(day: date) -> str:
    """ "3/18/27" / "18.03.27"."""
    return QLocale().toString(_qdate(day), _SHORT)


def short_time(moment: time | datetime) -> str:
    """ "2:30 PM" / "14:30"."""
    return QLocale().toString(QTime(moment.hour, moment.minute, moment.second), _SHORT)


def desk_time(moment_utc: datetime) -> str:
    """A recorded moment (naive UTC, as stored) on the desk's own clock."""
    return short_time(moment_utc.replace(tzinfo=UTC).astimezone())


def file_time(seconds_since_epoch: float) -> str:
    """When a file was written (its modification time), short date and time."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(seconds_since_epoch)), _SHORT)


def weekday_date_format() -> str:
    """The locale's short date with the weekday and a four-digit year ("Thu 3/18/2027",
    "Do. 18.03.2027"): a two-digit year reads like a day or a month."""
    return "ddd " + re.sub("y+", "yyyy", QLocale().dateFormat(_SHORT))


def weekday_date(day: date) -> str:
    """ "Thu 3/18/2027" / "Do. 18.03.2027"."""
    return QLocale().toString(_qdate(day), weekday_date_format())


def form_date_format() -> str:
    """The locale's short date, but never with a two-digit year on a form."""
    date_format = QLocale().dateFormat(_SHORT)
    return date_format if "yyyy" in date_format else date_format.replace("yy", "yyyy")


def day_tab(day: date) -> str:
    """A day of the agenda on its tab: "Thu 18. Mar 2027" / "Do. 18. März 2027"."""
    return QLocale().toString(_qdate(day), "ddd d. MMM yyyy")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
