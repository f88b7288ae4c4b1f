"""The print screen as the desk uses it: preview the real PDF, print it through Qt's print
system, and read what came out of the printer as a scanner would."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import Qt

from confdesk.db.database import open_database
from confdesk.db.models import ScanStatus
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.ui.printing.page import Selection

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


@pytest.fixture
def demo_path(demo_copy) -> Path:
    return demo_copy(12, 4)


@pytest.fixture
def window(make_window, demo_path):
    window = make_window(demo_path)
    window.show_screen("print")
    return window


def _preview(qtbot, page) -> None:
    page.preview()
    qtbot.waitUntil(lambda: page._task is None and page.print_button.isEnabled(), timeout=30_000)


def _print(qtbot, page, printer: QPrinter) -> None:
    """Print the preview and wait until the job, which runs off the GUI thread, is done."""
    with qtbot.waitSignal(page.print_job.ended, timeout=120_000) as ended:
        assert page.print_to(printer)
    assert ended.args[0] is not None and not ended.args[0].cancelled


def _pdf_printer(path: Path) -> QPrinter:
    # Imported here, as every optional Qt module is in the tests: at the top of the file a
    # missing library would fail the collection of the whole suite, not this test.
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _decoded_codes(pdf: Path) -> list[str]:
    codes: list[str] = []
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in document:
            image = page.render(scale=300 / 72).to_pil()
            codes += [barcode.text for barcode in zxingcpp.read_barcodes(image)]
    finally:
        document.close()
    return codes


def _count(path: Path, sql: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchone()[0]


@pytest.mark.slow
def test_badges_are_previewed_printed_read_by_a_scanner_and_recorded(
    qtbot, window, demo_path, tmp_path
):
    page = window.print_page
    registered = _count(demo_path, "SELECT count(*) FROM registrations WHERE status = 'registered'")

    _preview(qtbot, page)

    assert page.document.pageCount() >= 1
    assert str(registered) in page.summary_label.text()

    printed = tmp_path / "printer-output.pdf"
    _print(qtbot, page, _pdf_printer(printed))

    # What left the printer: every badge's QR reads, and each one checks its person in.
    codes = _decoded_codes(printed)
    assert len(codes) == registered
    database = open_database(demo_path)
    try:
        with CheckinDesk(database, 1) as desk:
            statuses = {desk.check_in(code).status for code in codes}
    finally:
        database.close()
    assert statuses == {ScanStatus.ACCEPTED}
    assert _count(demo_path, "SELECT count(DISTINCT registration_id) FROM print_records") == (
        registered
    )


@pytest.mark.slow
def test_only_unprinted_after_printing_is_nothing(qtbot, window, tmp_path):
    page = window.print_page
    _preview(qtbot, page)
    _print(qtbot, page, _pdf_printer(tmp_path / "out.pdf"))

    page.selection_combo.setCurrentIndex(page.selection_combo.findData(Selection.UNPRINTED.value))
    page.preview()
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)

    assert page.summary_label.text() == "Nothing to print for this choice."


def test_one_badge_straight_from_the_check_in_screen(qtbot, window, demo_path):
    database = open_database(demo_path)
    try:
        from confdesk.domain.checkin.codes import codes_for_event

        code = next(iter(codes_for_event(database, 1).values()))
    finally:
        database.close()
    window.show_screen("checkin")
    checkin = window.checkin_page
    checkin.play_sound = None
    checkin.handle_code(code, checkin_source())
    qtbot.waitUntil(checkin.print_button.isEnabled)

    checkin.print_button.click()

    page = window.print_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page._task is None and page.print_button.isEnabled(), timeout=30_000)
    assert page.summary_label.text().startswith("1 to print")


def checkin_source():
    from confdesk.db.models import CheckinSource

    return CheckinSource.SCANNER


def test_certificates_go_to_people_who_came(qtbot, window, demo_path, tmp_path):
    database = open_database(demo_path)
    try:
        from confdesk.domain.checkin.codes import codes_for_event

        codes = list(codes_for_event(database, 1).values())[:3]
        with CheckinDesk(database, 1) as desk:
            accepted = sum(desk.check_in(code).accepted for code in codes)
    finally:
        database.close()
    page = window.print_page
    page.kind_combo.setCurrentIndex(1)

    _preview(qtbot, page)

    assert page.summary_label.text().startswith(f"{accepted} to print")
    document = pypdfium2.PdfDocument(str(page._pdf))
    try:
        text = "".join(p.get_textpage().get_text_range() for p in document)
    finally:
        document.close()
    assert "Teilnahmebescheinigung" in text or "Certificate of attendance" in text


def test_a_certificate_code_is_checked_from_the_print_screen(
    qtbot, window, demo_path, answer_next_dialog
):
    database = open_database(demo_path)
    try:
        from confdesk.domain.checkin.codes import codes_for_event

        person, code = next(iter(codes_for_event(database, 1).items()))
        with CheckinDesk(database, 1) as desk:
            assert desk.check_in(code).accepted
    finally:
        database.close()
    page = window.print_page
    assert not page.verify_button.isEnabled()  # for certificates, not badges
    page.kind_combo.setCurrentIndex(1)
    _preview(qtbot, page)
    document = pypdfium2.PdfDocument(str(page._pdf))
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    printed = re.search(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}", text)
    assert printed is not None
    seen: list[tuple[str, str]] = []

    def check(dialog) -> None:
        try:
            for typed in (printed.group(0).lower(), "ABCD-EFGH-JKLM-NPQR", "not a code"):
                dialog.code_edit.setText(typed)
                qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
                qtbot.waitUntil(
                    lambda: dialog._task is None and dialog.outcome != "", timeout=10_000
                )
                seen.append((dialog.outcome, dialog.result_label.text()))
                dialog.outcome = ""
        finally:
            dialog.reject()

    answer_next_dialog(check)
    page.verify_button.click()

    (genuine, genuine_text), (unknown, _), (invalid, invalid_text) = seen
    with closing(sqlite3.connect(demo_path)) as connection:
        family = connection.execute(
            "SELECT family_name FROM registrations WHERE id = ?", (person,)
        ).fetchone()[0]
    assert genuine == "genuine" and family in genuine_text
    assert "0 sessions, 0 hours in all" in genuine_text
    assert unknown == "unknown"
    assert invalid == "invalid" and "is not a certificate code" in invalid_text


@pytest.mark.slow
def test_printing_says_where_the_job_went(qtbot, window, tmp_path):
    page = window.print_page
    _preview(qtbot, page)
    pages = page.document.pageCount()
    printer = _pdf_printer(tmp_path / "out.pdf")

    with qtbot.waitSignal(page.print_job.ended, timeout=120_000):
        assert page.print_to(printer)

    expected = "page" if pages == 1 else "pages"
    assert page.print_job.status_label.text().startswith(f"{pages} {expected} ")
