"""The window's one formatter of dates, times and numbers follows the UI's locale, and
the screens use it instead of formatting with QLocale each on their own."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from confdesk.ui.shell.language import formatting

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
UI = Path(formatting.__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            GERMAN,
            ["12.345", "6,5", ",", "18.03.27", "14:30", "Do. 18.03.2027", "Do. 18. März 2027"],
        ),
        (
            AMERICAN,
            ["12,345", "6.5", ".", "3/18/27", "2:30\u202fPM", "Thu 3/18/2027", "Thu 18. Mar 2027"],
        ),
    ],
)
def test_the_helpers_write_as_the_ui_locale_does(
    qapp: object, locale: QLocale, expected: list[str]
) -> None:
    QLocale.setDefault(locale)
    day = date(2027, 3, 18)
    shown = [
        formatting.whole_number(12345),
        formatting.decimal(6.5, 1),
        formatting.decimal_point(),
        formatting.short_date(day),
        formatting.short_time(time(14, 30)),
        formatting.weekday_date(day),
        formatting.day_tab(day),
    ]
    # Qt's CLDR data may put a narrow or a plain space before "PM".
    assert [text.replace(" ", "\u202f") for text in shown] == [
        text.replace(" ", "\u202f") for text in expected
    ]
    # A moment stored in UTC is shown on the desk's clock: the same as its local time.
    stored = datetime(2027, 3, 18, 13, 30)
    local = stored.replace(tzinfo=UTC).astimezone()
    assert formatting.desk_time(stored) == formatting.short_time(local)


def test_screens_format_through_the_helper() -> None:
    """QLocale() is read in the helper and where the language is chosen, nowhere else."""
    allowed = {"shell/language/formatting.py", "shell/language/i18n.py"}
    found = [
        f"{path.relative_to(UI).as_posix()}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.relative_to(UI).as_posix() not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"QLocale\(\)", line)
    ]
    assert found == []
