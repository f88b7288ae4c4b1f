"""Sending a PDF that confdesk made to the printer the print dialog chose, off the GUI thread.

The badge and certificate PDFs are the documents: what the preview shows is what prints.

- Where the system prints through CUPS (Linux, macOS) and a real printer was chosen, the
  PDF itself goes to the queue with ``lp`` (:mod:`confdesk.domain.printing.cups`): the
  printer gets the vectors, and nothing is drawn here.
- Otherwise (Windows, or "print to file") each page is rendered by QtPdf at the printer's
  resolution, capped (:data:`BADGE_DPI` for labels, :data:`DOCUMENT_DPI` for A4 text),
  onto a page of the PDF page's own size with no margins, so a label lands where the PDF
  puts it; a printer's own offset is set in the PDF (calibration).

:func:`prepare_print_job` reads the dialog's choice on the GUI thread and returns the work,
which runs on a worker thread (QPainter may paint on a QPrinter there) and reports each page
through ``progress``; Cancel stops it after the page being drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from confdesk.domain.printing.cups import (
    PrintOptions,
    Sides,
    lp_program,
    media_for_page,
    pages_printed,
    send_to_cups,
)
from confdesk.domain.progress import Progress
from confdesk.errors import UserError
from confdesk.ui.shell.background import Cancelled

# Enough for QR modules and type on a label; more only makes the spool bigger and slower.
BADGE_DPI = 300
# Certificates and other A4 documents carry small text and a signature line.
DOCUMENT_DPI = 600
_POINTS_PER_INCH = 72.0
# About a sixteenth of an A4 page at 300 dpi: the window never waits long for the GIL.
_BAND_PIXELS = 500_000

PrintWork = Callable[[Progress], "PrintOutcome"]
# Where a job goes without a print dialog: a CUPS queue's name (the PDF itself goes with
# ``lp``), or a printer set up on the GUI thread (the pages are rendered onto it).
PrintTarget = str | QPrinter


@dataclass(frozen=True)
class PrintOutcome:
    pages: int  # pages the job was to print
    pages_drawn: int  # pages finished before it ended (all of them unless cancelled)
    cancelled: bool = False
    # Cancelled, and the system took the job back: nothing comes out of the printer.
    discarded: bool = False
    # The PDF itself went to CUPS (vectors), as job ``job_id``.
    vectors: bool = False
    job_id: str = ""


def prepare_print_job(
    pdf: Path, document: QPdfDocument, printer: QPrinter, *, max_dpi: int = BADGE_DPI
) -> PrintWork:
    """The work that prints ``pdf`` (loaded in ``document``, for its page sizes) as the
    print dialog set ``printer`` up. Call on the GUI thread; run the result on another."""
    pages = _pages(document, printer)
    lp = lp_program()
    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    if lp and native and printer.printerName():
        return partial(_send_pdf, pdf, cups_options(printer, document, pages), lp)
    return partial(_render_pages, pdf, printer, pages, max_dpi)


def printer_target(name: str) -> PrintTarget:
    """The target for the system printer ``name`` as a desk setting names it; call on the
    GUI thread (a QPrinter asks the system about its printer when it is made)."""
    if lp_program():
        return name
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    return printer


def print_whole_pdf(
    pdf: Path, target: PrintTarget, progress: Progress, *, title: str = "", max_dpi: int = BADGE_DPI
) -> PrintOutcome:
    """Every page of ``pdf`` to ``target``, each page on a medium of its own size. Runs on
    a worker thread; raises :class:`UserError` when the printer refuses or cannot start."""
    if isinstance(target, str):
        lp = lp_program()
        if lp is None:
            raise UserError(
                "The printer could not be started; check that it is switched on and connected.",
                code="printer_not_started",
            )
        document = QPdfDocument()
        try:
            document.load(str(pdf))
            size = document.pagePointSize(0) if document.pageCount() else QSizeF(595.0, 842.0)
        finally:
            document.close()
        options = PrintOptions(
            printer=target, media=media_for_page(size.width(), size.height()), title=title
        )
        return _send_pdf(pdf, options, lp, progress)
    if title:
        target.setDocName(title)
    return _render_pages(pdf, target, list(range(_page_count(pdf))), max_dpi, progress)


def cups_options(printer: QPrinter, document: QPdfDocument, pages: list[int]) -> PrintOptions:
    """What the print dialog chose, in CUPS's words; the medium is the PDF's page size,
    which the stock (or A4) decided."""
    size = document.pagePointSize(pages[0]) if pages else QSizeF(595.0, 842.0)
    ranges = tuple((part.from_, part.to) for part in printer.pageRanges().toRangeList())
    return PrintOptions(
        printer=printer.printerName(),
        media=media_for_page(size.width(), size.height()),
        copies=max(printer.copyCount(), 1),
        collate=printer.collateCopies(),
        sides=_SIDES.get(printer.duplex(), Sides.ONE_SIDED),
        page_ranges=ranges,
        title=printer.docName(),
    )


_SIDES = {
    QPrinter.DuplexMode.DuplexNone: Sides.ONE_SIDED,
    QPrinter.DuplexMode.DuplexAuto: Sides.LONG_EDGE,
    QPrinter.DuplexMode.DuplexLongSide: Sides.LONG_EDGE,
    QPrinter.DuplexMode.DuplexShortSide: Sides.SHORT_EDGE,
}


def _send_pdf(pdf: Path, options: PrintOptions, lp: str, progress: Progress) -> PrintOutcome:
    pages = pages_printed(options, _page_count(pdf))
    try:
        progress(0, 1)
    except Cancelled:
        return PrintOutcome(pages=pages, pages_drawn=0, cancelled=True, discarded=True)
    job_id = send_to_cups(pdf, options, lp)
    return PrintOutcome(pages=pages, pages_drawn=pages, vectors=True, job_id=job_id)


def _page_count(pdf: Path) -> int:
    document = QPdfDocument()
    try:
        document.load(str(pdf))
        return document.pageCount()
    finally:
        document.close()


def _render_pages(
    pdf: Path, printer: QPrinter, pages: list[int], max_dpi: int, progress: Progress
) -> PrintOutcome:
    if not pages:
        return PrintOutcome(pages=0, pages_drawn=0)
    # A document of this thread's own: the preview's belongs to the GUI thread.
    document = QPdfDocument()
    document.load(str(pdf))
    try:
        return _draw_all(document, printer, pages, max_dpi, progress)
    finally:
        document.close()


def _draw_all(
    document: QPdfDocument, printer: QPrinter, pages: list[int], max_dpi: int, progress: Progress
) -> PrintOutcome:
    total = len(pages)
    _fit_printer_to(printer, document.pagePointSize(pages[0]))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            "The printer could not be started; check that it is switched on and connected.",
            code="printer_not_started",
        )
    drawn = 0
    try:
        for page in pages:
            progress(drawn, total)  # Cancel raises here, between two pages
            if drawn:
                _fit_printer_to(printer, document.pagePointSize(page))
                printer.newPage()
            _draw_page(document, page, printer, painter, max_dpi)
            drawn += 1
        progress(drawn, total)
    except Cancelled:
        if drawn < total:
            # Where the system can, the job is taken back whole; else what is drawn goes.
            discarded = printer.abort()
            if painter.isActive():
                painter.end()
            return PrintOutcome(pages=total, pages_drawn=drawn, cancelled=True, discarded=discarded)
    finally:
        if painter.isActive():
            painter.end()
    return PrintOutcome(pages=total, pages_drawn=drawn)


def _pages(document: QPdfDocument, printer: QPrinter) -> list[int]:
    """The 0-based pages the dialog chose ("1-3,5"), or every page."""
    ranges = printer.pageRanges()
    count = document.pageCount()
    if ranges.isEmpty():
        return list(range(count))
    return [page for page in range(count) if ranges.contains(page + 1)]


def _fit_printer_to(printer: QPrinter, points: QSizeF) -> None:
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if points.width() > points.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))


def _draw_page(
    document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter, max_dpi: int
) -> None:
    """Render the page in bands, each drawn as it is made: every Qt call holds Python's
    GIL while it runs, so one call for a whole page would stall the window for as long."""
    points = document.pagePointSize(page)
    dpi = min(printer.resolution(), max_dpi)
    pixels = QSize(
        round(points.width() / _POINTS_PER_INCH * dpi),
        round(points.height() / _POINTS_PER_INCH * dpi),
    )
    target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    scale = target.height() / max(pixels.height(), 1)
    rows = max(_BAND_PIXELS // max(pixels.width(), 1), 16)
    for top in range(0, pixels.height(), rows):
        band = QRect(0, top, pixels.width(), min(rows, pixels.height() - top))
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(pixels)
        options.setScaledClipRect(band)
        image = document.render(page, band.size(), options)
        painter.drawImage(
            QRectF(target.x(), target.y() + top * scale, target.width(), band.height() * scale),
            image,
        )
