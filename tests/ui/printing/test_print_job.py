"""A print job runs off the window's thread: the desk goes on scanning while 300 badges
print, Cancel stops after the page being drawn and says so, and on a CUPS printer the PDF
itself is the job — what comes out has the pages, sizes, text and QR codes that went in."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from PIL import ImageChops
from PySide6.QtCore import Qt, QTimer

from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event
from tests.cups_pdf_queue import CupsPdfQueue
from tests.output.pdf_reading import page_texts


def _count(path: Path, sql: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchone()[0]


def _preview(qtbot, page) -> None:
    page.preview()
    qtbot.waitUntil(lambda: page._task is None and page.print_button.isEnabled(), timeout=120_000)


def _pdf_printer(path: Path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _pages_and_sizes(pdf: Path) -> list[tuple[float, float]]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [page.get_size() for page in document]
    finally:
        document.close()


def _codes_and_images(pdf: Path) -> tuple[list[str], int]:
    """What a scanner reads on every page, and how many images the pages hold."""
    codes: list[str] = []
    images = 0
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in document:
            images += len(list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])))
            bitmap = page.render(scale=300 / 72).to_pil()
            codes += [barcode.text for barcode in zxingcpp.read_barcodes(bitmap)]
    finally:
        document.close()
    return sorted(codes), images


def _ascii_letters(text: str) -> str:
    """The text's ASCII characters, in order. CUPS's PostScript step (pdftops, then
    Ghostscript in cups-pdf) draws every glyph but drops the Unicode names of letters
    outside ASCII (they read as nothing, control characters or even spaces), so a text
    extract of the printout cannot name them; the pixels can."""
    return "".join(char for char in text if char.isascii() and char.isprintable() and char != " ")


def _share_of_pixels_that_differ(first: Path, second: Path, page: int) -> float:
    """How much of the page looks different (strongly, not by anti-aliasing) at 100 dpi."""
    images = []
    for path in (first, second):
        document = pypdfium2.PdfDocument(str(path))
        try:
            images.append(document[page].render(scale=100 / 72, grayscale=True).to_pil())
        finally:
            document.close()
    difference = ImageChops.difference(images[0].convert("L"), images[1].convert("L"))
    histogram = difference.histogram()
    return sum(histogram[128:]) / sum(histogram)


@pytest.mark.slow
def test_the_desk_checks_people_in_while_300_badges_print_and_cancel_stops_after_a_page(
    qtbot, make_window, demo_copy, tmp_path
):
    demo_path = demo_copy(300, 5)
    window = make_window(demo_path)
    window.show_screen("print")
    printing = window.print_page
    _preview(qtbot, printing)
    pages = printing.document.pageCount()
    assert pages >= 60
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(printing.print_job.running))
    timer.start(10)
    printed = tmp_path / "printer-output.pdf"

    # Printing is under way once a page is drawn (the job reports every page).
    with qtbot.waitSignal(printing.print_job.ended, timeout=600_000) as ended:
        assert printing.print_to(_pdf_printer(printed))
        qtbot.waitUntil(lambda: printing.print_job.progress_bar.value() >= 1, timeout=120_000)
        window.show_screen("checkin")
        desk = window.checkin_page
        desk.play_sound = lambda _sound: None
        database = open_database(demo_path)
        try:
            code = next(iter(codes_for_event(database, 1).values()))
        finally:
            database.close()
        qtbot.keyClicks(desk.search_edit, code)
        qtbot.keyClick(desk.search_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.result_panel.outcome == "accepted", timeout=60_000)
        # The scan was answered while the badges were still printing.
        assert printing.print_job.running
        assert any(ticks), "the window's timers stood still while printing"
        printing.print_job.cancel()
    timer.stop()

    outcome = ended.args[0]
    assert outcome.cancelled
    assert 1 <= outcome.pages_drawn < pages == outcome.pages
    status = printing.print_job.status_label.text()
    assert f"after page {outcome.pages_drawn} of {pages}" in status
    assert "nobody is recorded as printed" in status
    assert _count(demo_path, "SELECT count(*) FROM print_records") == 0
    # Qt's PDF printer cannot take a job back: what was drawn went out, nothing after it.
    if not outcome.discarded:
        assert len(_pages_and_sizes(printed)) == outcome.pages_drawn
    assert not printing.print_job.running
    assert printing.print_button.isEnabled()


@pytest.mark.slow
def test_on_a_cups_printer_the_pdf_itself_is_printed_and_comes_out_as_it_went_in(
    qtbot, make_window, demo_copy, cups_pdf_queue: CupsPdfQueue
):
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(cups_pdf_queue.name)
    if info.isNull():
        pytest.skip(f"Qt does not see the CUPS queue {cups_pdf_queue.name} (no libcups2?)")
    demo_path = demo_copy(12, 4)
    window = make_window(demo_path)
    window.show_screen("print")
    page = window.print_page
    _preview(qtbot, page)
    sent = page._pdf
    assert sent is not None
    sent_copy = sent.with_name("sent.pdf")
    sent_copy.write_bytes(sent.read_bytes())
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName("confdesk badges")

    with qtbot.waitSignal(page.print_job.ended, timeout=120_000) as ended:
        assert page.print_to(printer)
    outcome = ended.args[0]
    assert outcome is not None and outcome.vectors and outcome.job_id
    arrived = cups_pdf_queue.output_of(outcome.job_id)

    sent_sizes, arrived_sizes = _pages_and_sizes(sent_copy), _pages_and_sizes(arrived)
    assert len(arrived_sizes) == len(sent_sizes) == outcome.pages
    for (sent_w, sent_h), (got_w, got_h) in zip(sent_sizes, arrived_sizes, strict=True):
        assert abs(sent_w - got_w) < 1.5 and abs(sent_h - got_h) < 1.5
    arrived_texts, sent_texts = page_texts(arrived), page_texts(sent_copy)
    assert len(arrived_texts) == len(sent_texts)
    for got, wanted in zip(arrived_texts, sent_texts, strict=True):
        assert _ascii_letters(got) == _ascii_letters(wanted)
    for number in range(len(sent_sizes)):
        assert _share_of_pixels_that_differ(sent_copy, arrived, number) < 0.01
    sent_codes, sent_images = _codes_and_images(sent_copy)
    arrived_codes, arrived_images = _codes_and_images(arrived)
    assert arrived_codes == sent_codes
    assert len(arrived_codes) == _count(
        demo_path, "SELECT count(*) FROM registrations WHERE status = 'registered'"
    )
    # Vectors stayed vectors: no page became a picture on the way.
    assert arrived_images == sent_images
    assert f"sent to {cups_pdf_queue.name}" in page.print_job.status_label.text()
    assert _count(demo_path, "SELECT count(DISTINCT registration_id) FROM print_records") == (
        len(sent_codes)
    )


@pytest.mark.slow
def test_the_pages_and_copies_chosen_in_the_print_dialog_reach_the_cups_printer(
    qtbot, make_window, demo_copy, cups_pdf_queue: CupsPdfQueue
):
    from PySide6.QtGui import QPageRanges
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(cups_pdf_queue.name)
    if info.isNull():
        pytest.skip(f"Qt does not see the CUPS queue {cups_pdf_queue.name} (no libcups2?)")
    window = make_window(demo_copy(12, 4))
    window.show_screen("print")
    page = window.print_page
    page.stock_combo.setCurrentIndex(page.stock_combo.findData("a6"))  # a badge a page
    _preview(qtbot, page)
    assert page._pdf is not None
    sent_texts = page_texts(page._pdf)
    assert len(sent_texts) >= 3
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)

    with qtbot.waitSignal(page.print_job.ended, timeout=120_000) as ended:
        assert page.print_to(printer)
    outcome = ended.args[0]
    assert outcome is not None and outcome.pages == 2
    arrived = cups_pdf_queue.output_of(outcome.job_id)

    wanted = [sent_texts[1], sent_texts[2]] * 2  # pages 2 and 3, collated, twice
    got = page_texts(arrived)
    assert [_ascii_letters(text) for text in got] == [_ascii_letters(text) for text in wanted]
    assert _pages_and_sizes(arrived)[0] == pytest.approx(_pages_and_sizes(page._pdf)[0], abs=1.5)


@pytest.mark.slow
def test_opening_another_file_stops_a_running_job_and_records_nobody(
    qtbot, make_window, demo_copy, tmp_path
):
    demo_path = demo_copy(300, 5)
    window = make_window(demo_path)
    window.show_screen("print")
    printing = window.print_page
    _preview(qtbot, printing)
    assert printing.print_to(_pdf_printer(tmp_path / "printer-output.pdf"))
    qtbot.waitUntil(lambda: printing.print_job.progress_bar.value() >= 1, timeout=120_000)

    assert window.open_database(demo_copy(12, 4, name="other.sqlite"))

    assert not printing.print_job.running
    assert printing.print_job.status_label.text() == "Printing stopped: the file was closed."
    assert _count(demo_path, "SELECT count(*) FROM print_records") == 0
    assert list(printing._folder.glob("print-job-*.pdf")) == []
