"""Dates and numbers on paper read as a German or English reader expects."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from confdesk.words import formatting
from confdesk.words.printed import CERTIFICATE_TEXTS, agenda_texts, badge_texts

THURSDAY = date(2027, 3, 18)


def test_dates_in_german_and_english() -> None:
    assert formatting.weekday_date(THURSDAY, "de") == "Donnerstag, 18. März 2027"
    assert formatting.weekday_date(THURSDAY, "en") == "Thursday, 18 March 2027"
    assert formatting.numeric_date(date(2027, 3, 8), "de") == "08.03.2027"
    assert formatting.numeric_date(date(2027, 3, 8), "en") == "2027-03-08"
    assert formatting.short_day(date(2027, 3, 8), "de") == "08.03."


def test_an_unknown_language_prints_english() -> None:
    assert formatting.long_date(THURSDAY, "fr") == "18 March 2027"


def test_times_on_the_24_hour_clock_as_written() -> None:
    start = datetime(2027, 3, 18, 9, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    end = datetime(2027, 3, 18, 14, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert formatting.time_span(start, end, "en") == "09:05–14:30"
    assert agenda_texts("de").time_span(start, end) == "09:05–14:30 Uhr"


def test_numbers_with_the_language_decimal_mark() -> None:
    assert formatting.decimal(1.5, "de") == "1,5"
    assert formatting.decimal(1.5, "en") == "1.5"
    assert formatting.decimal(2.0, "de") == "2"
    assert formatting.decimal(12_345, "de") == "12.345"


def test_certificate_dates_and_hours() -> None:
    german, english = CERTIFICATE_TEXTS["de"], CERTIFICATE_TEXTS["en"]
    assert german.dates(THURSDAY, THURSDAY) == "am 18. März 2027"
    assert german.dates(THURSDAY, date(2027, 3, 19)) == "vom 18. März bis 19. März 2027"
    assert english.dates(THURSDAY, date(2027, 3, 19)) == "from 18 March to 19 March 2027"
    # Over New Year the first day keeps its own year.
    assert german.dates(date(2026, 12, 31), date(2027, 1, 1)) == (
        "vom 31. Dezember 2026 bis 1. Januar 2027"
    )
    assert german.hours(timedelta(hours=4, minutes=20)) == "4,33"
    assert english.hours(timedelta(hours=3)) == "3"


def test_badge_words_fall_back_to_english() -> None:
    assert badge_texts("de").schedule_title == "Mein Programm"
    assert badge_texts("fr").schedule_title == "My programme"
