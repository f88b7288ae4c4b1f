"""The print screen never shows a preview or a count for another choice than the one made,
counts pages in good English and German, and saves a PDF under a name that says what it
is, where the last one went, saying where it went."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog

from confdesk import settings
from confdesk.db.database import open_database
from confdesk.db.models import PrintKind
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.ui.printing.page import Selection

EVENT_IN_FILE_NAME = "Regionalkonferenz-Modellprojekte-Smart-Cities"


@pytest.fixture
def demo_path(demo_copy) -> Path:
    return demo_copy(12, 4)


@pytest.fixture
def window(make_window, demo_path):
    window = make_window(demo_path)
    window.show_screen("print")
    return window


@pytest.fixture
def page(window):
    return window.print_page


def previewed(qtbot, page) -> None:
    page.preview()
    qtbot.waitUntil(lambda: page._task is None and page.print_button.isEnabled(), timeout=30_000)


def shows_no_preview(page) -> bool:
    return (
        page.summary_label.text() == ""
        and not page.print_button.isEnabled()
        and not page.save_button.isEnabled()
        and page.view.isHidden()
        and page.empty_label.isVisible()
    )


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_every_change_of_what_who_or_stock_drops_the_old_preview_and_count(qtbot, page):
    previewed(qtbot, page)
    assert "to print on" in page.summary_label.text()

    choose(page.kind_combo, PrintKind.CERTIFICATE.value)
    assert shows_no_preview(page)

    choose(page.kind_combo, PrintKind.BADGE.value)
    choose(page.selection_combo, Selection.UNPRINTED.value)
    previewed(qtbot, page)
    choose(page.selection_combo, Selection.EVERYONE.value)
    assert shows_no_preview(page)

    previewed(qtbot, page)
    choose(page.stock_combo, "a7-8up")
    assert shows_no_preview(page)
    assert page.empty_label.text() == "Choose what to print, then Preview (F5)."


def test_a_preview_made_for_a_choice_changed_meanwhile_is_not_shown(qtbot, page):
    page.preview()
    # Before the result can come back (it is delivered by the event loop): another choice.
    choose(page.kind_combo, PrintKind.CERTIFICATE.value)
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    assert shows_no_preview(page)


def test_one_page_is_one_page_in_english_and_in_german(qtbot, window, page, english_ui):
    registration_id = window.registrations_page.shown_ids()[0]
    page.choose_person(registration_id)
    qtbot.waitUntil(lambda: page._task is None and page.print_button.isEnabled(), timeout=30_000)
    assert page.summary_label.text() == "1 to print on 1 page."

    english_ui.install("de")
    previewed(qtbot, page)
    assert page.summary_label.text() == "1 zu drucken auf 1 Seite."


def test_the_count_of_several_pages_is_plural(qtbot, page, english_ui):
    choose(page.stock_combo, "a6")  # one badge a page
    previewed(qtbot, page)
    assert page.summary_label.text().endswith(f"on {page.document.pageCount()} pages.")

    english_ui.install("de")
    previewed(qtbot, page)
    assert page.summary_label.text().endswith(f"auf {page.document.pageCount()} Seiten.")


def test_certificates_say_that_everyone_means_everyone_who_came(page):
    everyone = page.selection_combo.findData(Selection.EVERYONE.value)
    assert page.selection_combo.itemText(everyone) == "Everyone"
    choose(page.kind_combo, PrintKind.CERTIFICATE.value)
    assert page.selection_combo.itemText(everyone) == "Everyone checked in at the venue"
    choose(page.kind_combo, PrintKind.BADGE.value)
    assert page.selection_combo.itemText(everyone) == "Everyone"


def save_as(page, answer_next_dialog, target: Path) -> Path:
    """Save through the file dialog, choosing ``target``; returns what it suggested."""
    suggested: list[Path] = []

    def choose_file(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        suggested.append(Path(dialog.selectedFiles()[0]))
        dialog.selectFile(str(target))
        dialog.accept()

    answer_next_dialog(choose_file)
    assert page.save_pdf()
    return suggested[0]


def check_in_three(demo_path: Path) -> None:
    database = open_database(demo_path)
    try:
        codes = list(codes_for_event(database, 1).values())[:3]
        with CheckinDesk(database, 1) as desk:
            for code in codes:
                desk.check_in(code)
    finally:
        database.close()


def test_a_saved_pdf_is_named_after_the_event_kept_where_the_last_went_and_confirmed(
    qtbot, page, demo_path, tmp_path, answer_next_dialog, opened_urls, user_settings
):
    check_in_three(demo_path)
    previewed(qtbot, page)
    folder = tmp_path / "Drucksachen"
    folder.mkdir()
    target = folder / "Schilder.pdf"

    suggested = save_as(page, answer_next_dialog, target)

    assert suggested == Path.home() / f"Badges-{EVENT_IN_FILE_NAME}.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    box = page.saved_message
    assert box is not None and box.isVisible()
    assert str(target) in box.text()
    open_button = next(b for b in box.buttons() if b.text() == "&Open")
    open_button.click()
    assert opened_urls.urls == [QUrl.fromLocalFile(str(target))]
    assert user_settings.get(settings.PDF_FOLDER) == str(folder)

    choose(page.kind_combo, PrintKind.CERTIFICATE.value)
    previewed(qtbot, page)
    suggested = save_as(page, answer_next_dialog, folder / "Bescheinigungen.pdf")
    assert suggested == folder / f"Certificates-{EVENT_IN_FILE_NAME}.pdf"


def test_the_suggested_name_speaks_the_window_s_language(
    qtbot, page, tmp_path, answer_next_dialog, english_ui, user_settings
):
    user_settings.set(settings.PDF_FOLDER, str(tmp_path))
    english_ui.install("de")
    previewed(qtbot, page)
    suggested = save_as(page, answer_next_dialog, tmp_path / "a.pdf")
    assert suggested == tmp_path / f"Namensschilder-{EVENT_IN_FILE_NAME}.pdf"
    assert page.saved_message is not None
    assert [b.text() for b in page.saved_message.buttons()].count("Ö&ffnen") == 1


def test_a_failed_save_says_why_and_confirms_nothing(
    qtbot, page, tmp_path, answer_next_dialog, message_boxes
):
    previewed(qtbot, page)
    missing = tmp_path / "gone" / "x.pdf"

    def choose_file(dialog) -> None:
        dialog.selectFile(str(missing))
        dialog.accept()

    answer_next_dialog(choose_file)
    assert not page.save_pdf()
    assert message_boxes.texts("warning")
    assert page.saved_message is None


def test_a_stock_saved_under_its_old_name_is_still_chosen(make_window, demo_path, user_settings):
    user_settings.set(settings.PRINT_STOCK, "label-80x50")  # before Avery and HERMA were two
    window = make_window(demo_path)
    window.show_screen("print")
    assert window.print_page.stock_combo.currentData() == "avery-l4785"
