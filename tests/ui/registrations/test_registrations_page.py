"""The registrations screen as the desk uses it: find anyone in a keystroke, edit beside
the list, undo, walk-ins with the keyboard alone, the waiting list, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from confdesk.db.database import open_database
from confdesk.domain.events.service import EventService
from confdesk.domain.registrations.organizations import find_or_create_organization
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.ui.registrations.table_model import PAGE_SIZE, RegistrationTableModel

PEOPLE = [
    ("Jürgen", "Müller", "Stadt Haßfurt", "Bürgermeister", "j.mueller@hassfurt.example"),
    ("Ayşe", "Çalışkan", "Stadt Guben", "Smart-City-Koordinatorin", ""),
    ("Karl-Theodor", "von und zu Guttenberg", "", "Gast", ""),
    ("Petra", "Weiß", "Landkreis Potsdam-Mittelmark", "Leiterin Amt für Straßenbau", ""),
    ("Ольга", "Иванова", "Stadt Cottbus", "Referentin", ""),
    ("小明", "王", "", "", ""),
    ("محمد", "حسن", "", "", ""),
]


@pytest.fixture
def people_database(event_database: Path) -> Path:
    database = open_database(event_database)
    try:
        event = EventService(database).current()
        service = RegistrationService(database)
        for given, family, organization, position, email in PEOPLE:
            organization_id = (
                find_or_create_organization(database, organization).id if organization else None
            )
            service.create(
                event.id,
                RegistrationDraft(
                    given_name=given,
                    family_name=family,
                    organization_id=organization_id,
                    position=position,
                    email=email,
                ),
            )
    finally:
        database.close()
    return event_database


@pytest.fixture
def page(make_window, people_database):
    window = make_window(people_database)
    window.show_screen("registrations")
    return window.registrations_page


def shown_family_names(page) -> list[str]:
    model = page.model
    return [model.registration_at(row).family_name for row in range(model.rowCount())]


def search(qtbot, page, text: str) -> None:
    page.search_edit.clear()
    if text.isascii():
        qtbot.keyClicks(page.search_edit, text)
    else:  # QTest types ASCII only; an input method inserts the rest
        page.search_edit.insert(text)
    qtbot.waitUntil(lambda: page.model.registration_filter.text == text)


def test_the_list_shows_everyone_sorted_by_family_name(page):
    # Phone-book order whatever the alphabet: Ç as C, Иванова as Ivanova, حسن as hsn and
    # 王 as wang.
    assert shown_family_names(page) == [
        "Çalışkan",
        "حسن",
        "Иванова",
        "Müller",
        "von und zu Guttenberg",
        "王",
        "Weiß",
    ]
    assert page.count_label.text() == "7 of 7 shown"


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("muller", ["Müller"]),
        ("mueller", ["Müller"]),
        ("strasse", ["Weiß"]),
        ("guttenberg", ["von und zu Guttenberg"]),
        ("caliskan", ["Çalışkan"]),
        ("ivanova", ["Иванова"]),
        ("王", ["王"]),
        ("王小明", ["王"]),
        ("wang xiaoming", ["王"]),
        ("محمد", ["حسن"]),
        ("mhmd hsn", ["حسن"]),
        ("hassfurt", ["Müller"]),
        ("smart city", ["Çalışkan"]),
    ],
)
def test_search_as_you_type(qtbot, page, typed, found):
    search(qtbot, page, typed)
    assert shown_family_names(page) == found


def test_nothing_found_says_so(qtbot, page):
    search(qtbot, page, "zzzz")
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Nobody matches this search and these filters."


def test_ctrl_f_from_another_screen_goes_to_the_search(qtbot, make_window, people_database):
    window = make_window(people_database)
    window.show_screen("event")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.registrations_page
    assert window.registrations_page.search_edit.hasFocus()


def test_edit_save_and_undo(qtbot, page):
    search(qtbot, page, "weiss")
    page.table.selectRow(0)
    assert page.form.family_name_edit.text() == "Weiß"
    page.form.position_edit.setText("Amtsleiterin")
    page.form.position_edit.textEdited.emit("Amtsleiterin")
    page.save_button.click()
    assert page.undo_button.isEnabled()
    assert page.model.registration_at(0).position == "Amtsleiterin"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.registration_at(0).position == "Leiterin Amt für Straßenbau"
    assert page.form.position_edit.text() == "Leiterin Amt für Straßenbau"
    assert not page.undo_button.isEnabled()


def test_the_list_puts_the_family_name_first_and_the_heading_names_the_person_in_full(
    qtbot, make_window, people_database
):
    database = open_database(people_database)
    try:
        event = EventService(database).current()
        RegistrationService(database).create(
            event.id,
            RegistrationDraft(given_name="Ольга", family_name="Бодрова", title="Prof. Dr."),
        )
    finally:
        database.close()
    window = make_window(people_database)
    window.show_screen("registrations")
    page = window.registrations_page
    search(qtbot, page, "bodrova")
    name_cell = page.model.index(0, 0).data()
    assert name_cell == "Бодрова, Prof. Dr. Ольга"
    page.table.selectRow(0)
    assert page.form_heading.text() == "Prof. Dr. Ольга Бодрова"


def test_a_bad_email_is_refused_at_the_field(qtbot, page):
    page.table.selectRow(0)
    page.form.email_edit.setText("kein-at-zeichen")
    page.form.email_edit.textEdited.emit("kein-at-zeichen")
    page.save_button.click()
    assert page.form.error_label.isVisible()
    assert "kein-at-zeichen" in page.form.error_label.text()


def test_walk_in_with_the_keyboard_alone(qtbot, page, people_database, answer_next_dialog):
    typed_into: list[object] = []

    def type_walk_in(dialog) -> None:
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: dialog.given_name_edit.hasFocus())
            # Only keys, as a desk person types them: name, Tab, name, Tab, organization,
            # Enter.
            for text in ("Lena", "Kowalski", "Stadt Guben"):
                focused = QApplication.focusWidget()
                typed_into.append(focused)
                qtbot.keyClicks(focused, text)
                if text != "Stadt Guben":
                    qtbot.keyClick(focused, Qt.Key.Key_Tab)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # never leave the test blocked on the dialog
                dialog.reject()

    page.table.setFocus()
    answer_next_dialog(type_walk_in)
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(typed_into) == 3
    assert page.form.family_name_edit.text() == "Kowalski"
    assert page.form.organization_name() == "Stadt Guben"
    database = open_database(people_database)
    try:
        created = RegistrationService(database).get(
            page.model.id_at(page.table.currentIndex().row())
        )
    finally:
        database.close()
    assert (created.source, created.status) == ("walk_in", "registered")
    assert page.count_label.text() == "8 of 8 shown"


def test_cancel_then_reinstate(qtbot, page, message_boxes):
    search(qtbot, page, "muller")
    page.table.selectRow(0)
    page.cancel_button.click()
    assert page.model.registration_at(0).status == "cancelled"
    assert page.reinstate_button.isVisible() and not page.cancel_button.isVisible()
    page.reinstate_button.click()
    assert page.model.registration_at(0).status == "registered"


def test_status_filter(qtbot, page):
    search(qtbot, page, "muller")
    page.table.selectRow(0)
    page.cancel_button.click()
    page.search_edit.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("cancelled"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert shown_family_names(page) == ["Müller"]


def test_unsaved_changes_are_not_lost_when_choosing_another_person(
    qtbot, page, message_boxes, people_database
):
    page.table.selectRow(0)
    first = page.form.family_name_edit.text()
    page.form.notes_edit.setPlainText("Rollstuhlplatz reservieren")
    message_boxes.answer = QMessageBox.StandardButton.Save
    page.table.selectRow(1)
    assert message_boxes.texts("question")
    search(qtbot, page, first)
    page.table.selectRow(0)
    assert page.form.notes_edit.toPlainText() == "Rollstuhlplatz reservieren"


def test_model_passes_qt_model_tester_and_loads_only_visible_pages(qtmodeltester, tmp_path):
    from confdesk.domain.demo.conference import create_demo_event

    database = open_database(tmp_path / "big.sqlite")
    try:
        summary = create_demo_event(database, attendees=3_000, seed=3)
        model = RegistrationTableModel()
        model.set_event(database, summary.event_id)
        assert model.rowCount() == 3_000
        model.registration_at(2_950)
        assert len(model._rows) <= PAGE_SIZE  # one page, not all 3,000 rows
        qtmodeltester.check(model, force_py=True)
    finally:
        database.close()


def test_enter_opens_the_single_hit_and_the_next_name_goes_into_the_search(qtbot, page):
    page.search_edit.setFocus()
    search(qtbot, page, "weiss")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)

    assert page.form.family_name_edit.text() == "Weiß"
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "muller")  # replaces the selected text
    qtbot.waitUntil(lambda: page.model.registration_filter.text == "muller")
    assert shown_family_names(page) == ["Müller"]
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.form.family_name_edit.text() == "Müller"
    assert page.search_edit.hasFocus()

    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)  # the way into the list
    assert page.table.hasFocus()


def test_a_walk_in_is_a_participant_unless_another_category_is_chosen(
    qtbot, page, people_database, answer_next_dialog, english_ui
):
    from confdesk.ui.registrations.walk_in_dialog import WalkInDialog
    from confdesk.words.vocabulary import CATEGORIES

    seen: dict[str, object] = {}

    def register_a_speaker(dialog) -> None:
        try:
            combo = dialog.category_combo
            seen["default"] = combo.currentData()
            seen["words"] = [combo.itemText(index) for index in range(combo.count())]
            dialog.given_name_edit.setText("Lena")
            dialog.family_name_edit.setText("Kowalski")
            combo.setCurrentIndex(combo.findData("speaker"))
            dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_next_dialog(register_a_speaker)
    page.walk_in()

    assert seen == {
        "default": "participant",
        "words": [word.english for word in CATEGORIES.values()],
    }
    database = open_database(people_database)
    try:
        created = RegistrationService(database).get(
            page.model.id_at(page.table.currentIndex().row())
        )
        english_ui.install("de")
        dialog = WalkInDialog(database, created.event_id)
        german = [dialog.category_combo.itemText(i) for i in range(dialog.category_combo.count())]
        dialog.deleteLater()
    finally:
        database.close()
    assert (created.family_name, created.category, created.source) == (
        "Kowalski",
        "speaker",
        "walk_in",
    )
    assert german == [word.german for word in CATEGORIES.values()]
