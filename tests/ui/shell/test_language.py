"""German and English: every string translated, the language switchable at run time,
dates and numbers in the user's locale."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from confdesk import settings
from confdesk.domain.events.counts import EventCounts
from confdesk.paths import resources_dir
from confdesk.ui.shell.app import DeskApplication
from confdesk.ui.shell.main_window import MainWindow

TS_FILE = resources_dir() / "translations" / "confdesk_de.ts"


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_german_ui_with_german_dates_and_numbers(qtbot, english_ui, user_settings, event_database):
    english_ui.install("de")
    window = MainWindow(user_settings)
    qtbot.addWidget(window)
    window.open_database(event_database)
    try:
        assert menu_titles(window) == ["&Datei", "&Gehe zu", "&Einstellungen", "&Hilfe"]
        assert window.event_page.save_button.text() == "&Speichern"
        assert window.event_page.form.start_date_edit.text() == "18.03.2027"
        assert window.counts_label.text() == "0 Anmeldungen · 0 Programmpunkte · 2 Räume"
        window.event_page.show_counts(EventCounts(registered=12_345, waitlisted=7))
        assert "12.352 Anmeldungen: 12.345 angemeldet" in window.event_page.glance_label.text()
    finally:
        window.release()


def test_switching_the_language_rebuilds_the_window_in_it(
    qtbot, qapp, user_settings, event_database
):
    desk = DeskApplication(qapp, user_settings)
    try:
        desk.languages.install("en")
        first = desk.open_window(event_database)
        qtbot.addWidget(first)
        first.show()
        first.event_page.form.start_date_edit.setFocus()
        german = next(a for a in first.language_actions.actions() if a.data() == "de")
        german.trigger()
        second = desk.window
        assert second is not first
        qtbot.addWidget(second)
        assert menu_titles(second) == ["&Datei", "&Gehe zu", "&Einstellungen", "&Hilfe"]
        assert second.database is not None and second.database.path == event_database
        assert second.isVisible() and not first.isVisible()
        assert user_settings.get(settings.LANGUAGE) == "de"
        english = next(a for a in second.language_actions.actions() if a.data() == "en")
        assert isinstance(english, QAction)
        english.trigger()
        assert menu_titles(desk.window)[0] == "&File"
        desk.window.release()
    finally:
        desk.languages.install("en")
        desk.setParent(None)


def untranslated(ts_file: Path) -> list[str | None]:
    """The sources without a finished translation (a plural one: without every form)."""

    def translated(translation: ET.Element) -> bool:
        forms = translation.findall("numerusform")
        texts = [form.text for form in forms] if forms else [translation.text]
        return all((text or "").strip() for text in texts)

    return [
        message.findtext("source")
        for message in ET.parse(ts_file).iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not translated(translation)
    ]


def test_every_german_string_is_translated() -> None:
    assert untranslated(TS_FILE) == []


def test_every_english_plural_has_its_forms() -> None:
    """English is the source language, but "%n page(s)" needs "1 page" and "2 pages"."""
    english = TS_FILE.with_name("confdesk_en.ts")
    assert untranslated(english) == []
    plurals = {
        message.findtext("source")
        for message in ET.parse(TS_FILE).iter("message")
        if message.get("numerus") == "yes"
    }
    assert {message.findtext("source") for message in ET.parse(english).iter("message")} == (
        plurals
    )


def test_the_translation_source_lists_every_string_in_the_ui(tmp_path: Path) -> None:
    """A string added to the UI but not to the .ts file would stay English in German."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    ui_sources = sorted(str(p) for p in (resources_dir().parent / "confdesk" / "ui").rglob("*.py"))
    subprocess.run([lupdate, *ui_sources, "-ts", str(fresh)], check=True, capture_output=True)

    def sources(path: Path) -> set[tuple[str, str]]:
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in ET.parse(path).iter("context")
            for message in context.iter("message")
        }

    assert sources(fresh) == sources(TS_FILE)


def test_the_compiled_translation_is_there() -> None:
    compiled = TS_FILE.with_suffix(".qm")
    assert compiled.is_file(), "run 'make translations' (make test does it)"
    assert compiled.stat().st_mtime >= TS_FILE.stat().st_mtime, "the .qm is older than the .ts"


def test_dates_in_the_form_never_show_two_digit_years(qtbot, english_ui) -> None:
    from confdesk.ui.event.form import EventForm

    english_ui.install("en")
    form = EventForm()
    qtbot.addWidget(form)
    form.start_date_edit.setDate(date(2027, 3, 18))
    assert "2027" in form.start_date_edit.text()


def test_the_screen_names_a_category_as_the_badge_does(english_ui) -> None:
    from confdesk.output.badges.categories import category_style
    from confdesk.ui.shell.language.labels import category_label, status_label

    assert category_label("speaker") == "Speaker"
    english_ui.install("de")
    for category in ("participant", "speaker", "exhibitor", "staff"):
        assert category_label(category) == category_style(category).word("de")
    assert category_label("speaker") == "Referent*in"
    assert status_label("waitlisted") == "Warteliste"
