"""Dates, times and numbers on paper, in the event's language.

One helper for everything below the window (badges, certificates, the programme, door
signs, lists), built on Babel and the Unicode CLDR data: month and weekday names, the
order of day and month and the decimal comma come from there, not from tables of our own.
The window formats with QLocale, which follows the UI language and the system's region;
paper follows the event's language, whatever desk prints it.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import format_decimal, format_percent

# confdesk's English is British ("programme", "organisation"); Germany's German.
_LOCALES = {"de": "de_DE", "en": "en_GB"}


def _locale(language: str) -> str:
    return _LOCALES.get(language, _LOCALES["en"])


def weekday_date(value: date, language: str) -> str:
    """ "Donnerstag, 18. März 2027" / "Thursday, 18 March 2027"."""
    return format_date(value, "full", locale=_locale(language))


def long_date(value: date, language: str) -> str:
    """ "18. März 2027" / "18 March 2027"."""
    return format_date(value, "long", locale=_locale(language))


def day_and_month(value: date, language: str) -> str:
    """ "18. März" / "18 March"."""
    return format_skeleton("MMMMd", value, locale=_locale(language))


def numeric_date(value: date, language: str) -> str:
    """ "18.03.2027" in German; in English the ISO form "2027-03-18", because English
    readers disagree on the order of day and month (18/03 or 03/18) and a certificate
    travels."""
    if language == "de":
        return format_date(value, "dd.MM.y", locale=_locale(language))
    return value.isoformat()


def clock_time(value: time | datetime, language: str) -> str:
    """ "14:30": the 24-hour clock in both languages, as on the programme of a German
    conference."""
    return _clock(value.hour, value.minute, language)


# A certificate batch prints the same few session times thousands of times, and Babel
# parses its locale and pattern on each call.
@lru_cache(maxsize=4096)
def _clock(hour: int, minute: int, language: str) -> str:
    return format_time(time(hour, minute), "HH:mm", locale=_locale(language))


# Babel builds its number pattern on each call; certificates print the same few totals
# (hours of the same sessions) person after person.
@lru_cache(maxsize=4096, typed=True)
def decimal(value: float, language: str) -> str:
    """At most two decimals, without trailing zeros: "1,5" / "1.5", "2", "12.345" / "12,345"."""
    return format_decimal(value, "#,##0.##", locale=_locale(language))


def time_span(start: time | datetime, end: time | datetime, language: str) -> str:
    """ "10:00–12:30"."""
    return f"{clock_time(start, language)}–{clock_time(end, language)}"


def short_day(value: date, language: str) -> str:
    """The day without the year, in digits: "18.03." / "18/03"."""
    return format_skeleton("ddMM", value, locale=_locale(language))


def whole_number(value: int, language: str) -> str:
    """ "1,250" / "1.250"."""
    return format_decimal(value, "#,##0", locale=_locale(language))


def percent(share: float, language: str) -> str:
    """A share as a percentage with at most one decimal: "12,5 %" / "12.5%" (German sets
    a no-break space before the sign, as the Duden and CLDR do)."""
    pattern = "#,##0.#\u00a0%" if language == "de" else "#,##0.#%"
    return format_percent(share, pattern, locale=_locale(language))
