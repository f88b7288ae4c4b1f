"""Sending a PDF that confdesk made to a printer through Qt's print system.

The badge and certificate PDFs are the documents: what the preview shows is what prints.
Each page is rendered by QtPdf at the printer's resolution (at most 600 dpi, enough for
QR modules and small type) onto a page of the PDF page's own size, with no margins, so a
label lands where the PDF puts it; a printer's own offset is set in the PDF (calibration).
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from confdesk.errors import UserError

MAX_DPI = 600
_POINTS_PER_INCH = 72.0


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Print every page of ``document`` (or the printer's page range)."""
    pages = _pages(document, printer)
    if not pages:
        return
    _fit_printer_to(printer, document.pagePointSize(pages[0]))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            "The printer could not be started; check that it is switched on and connected.",
            code="printer_not_started",
        )
    try:
        for number, page in enumerate(pages):
            if number:
                _fit_printer_to(printer, document.pagePointSize(page))
                printer.newPage()
            _draw_page(document, page, printer, painter)
    finally:
        painter.end()


def _pages(document: QPdfDocument, printer: QPrinter) -> list[int]:
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:  # no range chosen: every page
        return list(range(count))
    return [page for page in range(first - 1, min(last, count))]


def _fit_printer_to(printer: QPrinter, points: QSizeF) -> None:
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if points.width() > points.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))


def _draw_page(document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter) -> None:
    points = document.pagePointSize(page)
    dpi = min(printer.resolution(), MAX_DPI)
    pixels = QSize(
        round(points.width() / _POINTS_PER_INCH * dpi),
        round(points.height() / _POINTS_PER_INCH * dpi),
    )
    image = document.render(page, pixels)
    target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    painter.drawImage(target, image)
