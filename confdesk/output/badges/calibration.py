"""The calibration page: print it with the printer's usual settings and hold it against a
sheet of the labels (or against the light), or measure it with a ruler.

It shows each label's outline where the stock's measured data puts it (corners rounded as
the labels are), the safe area inside each (dashed) where the badge is drawn, the label
numbers (for "start at label N"), and a millimetre ruler along the top and left edges:
ticks every millimetre, longer every 5 and 10 mm, numbered every 10 mm from the paper's
edge. The ruler starts 6 mm inside the edge, where every printer prints.

A vertical line is meant to lie exactly 20 mm from the paper's left edge and a horizontal
line exactly 20 mm from its top edge. When the vertical line is measured at 21.5 mm, the
printer prints 1.5 mm too far right: the x offset is -1.5. The offset (x to the right, y
down, in mm) goes into the print screen's setting or ``confdesk badges --offset X,Y`` and
moves every badge; printed with that offset, everything on this page moves with it.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.output.badges.stocks import Rect, Stock
from confdesk.output.pdf.fonts import font_name, text_width
from confdesk.words.formatting import decimal
from confdesk.words.printed import CalibrationWords

MARK_MM = 20.0
# The ruler's baseline, in mm from the paper's edge: inside any printer's unprintable border.
RULER_INSET_MM = 6.0
_TICK_MM = {1: 1.5, 5: 2.5, 10: 4.0}  # tick length by what the position is a multiple of
_OUTLINE_WIDTH = 0.3  # points


def draw_calibration_page(
    canvas: Canvas, stock: Stock, offset_mm: tuple[float, float], language: str
) -> None:
    width = stock.page_width_mm * mm
    height = stock.page_height_mm * mm
    canvas.saveState()
    # Everything moves by the offset: printed with the right one, it lands where it says.
    canvas.translate(offset_mm[0] * mm, -offset_mm[1] * mm)
    _draw_labels(canvas, stock)
    _draw_ruler(canvas, stock)
    canvas.setStrokeColor(HexColor("#000000"))
    canvas.setLineWidth(0.25)
    mark_x = MARK_MM * mm
    mark_y = height - MARK_MM * mm
    canvas.line(mark_x, 0, mark_x, height)
    canvas.line(0, mark_y, width, mark_y)
    small = max(4.0, min(8.0, stock.page_width_mm / 22))
    canvas.setFillColor(HexColor("#000000"))
    canvas.setFont(font_name(False), small)
    mark = decimal(MARK_MM, language)
    x, y = (f"{'+' if value >= 0 else '−'}{decimal(abs(value), language)}" for value in offset_mm)
    lines = [
        CalibrationWords.HEADING.fill(
            language, {"stock": stock.name, "title": stock.title(language)}
        ),
        CalibrationWords.OFFSET_USED.fill(language, {"x": x, "y": y}),
        CalibrationWords.OUTLINES.fill(language),
        CalibrationWords.LINES.fill(language, {"mark": mark}),
        CalibrationWords.NEW_X.fill(language, {"mark": mark}),
        CalibrationWords.NEW_Y.fill(language, {"mark": mark}),
    ]
    text_x = mark_x + 3 * mm
    room = width - text_x - 2 * mm
    # One size for all lines, small enough that the longest fits a narrow roll label.
    size = min(small, *(room / text_width(line, font_name(False), 1.0) for line in lines))
    canvas.setFont(font_name(False), size)
    text_y = mark_y - 3 * mm - size
    for line in lines:
        canvas.drawString(text_x, text_y, line)
        text_y -= size * 1.4
    canvas.restoreState()
    canvas.showPage()


def _draw_labels(canvas: Canvas, stock: Stock) -> None:
    page_height = stock.page_height_mm
    number_size = max(4.0, min(7.0, stock.label_height_mm / 8))
    canvas.setFont(font_name(False), number_size)
    for slot in range(stock.labels_per_page):
        label = stock.label_rect(slot)
        canvas.setStrokeColor(HexColor("#555555"))
        canvas.setLineWidth(_OUTLINE_WIDTH)
        x, y, w, h = _pdf_rect(label, page_height)
        if stock.corner_radius_mm:
            canvas.roundRect(x, y, w, h, stock.corner_radius_mm * mm)
        else:
            canvas.rect(x, y, w, h)
        safe = stock.safe_rect(slot)
        canvas.setStrokeColor(HexColor("#aaaaaa"))
        canvas.setDash(1.5, 1.5)
        canvas.rect(*_pdf_rect(safe, page_height))
        canvas.setDash()
        canvas.setFillColor(HexColor("#777777"))
        canvas.drawString(
            (safe.left + 1) * mm, (page_height - safe.top - 1) * mm - number_size, str(slot + 1)
        )


def _draw_ruler(canvas: Canvas, stock: Stock) -> None:
    """Millimetre ticks hanging from a baseline ``RULER_INSET_MM`` inside the top and the
    left edge, each tick at its distance from the paper's left or top edge."""
    page_width, page_height = stock.page_width_mm, stock.page_height_mm
    canvas.setStrokeColor(HexColor("#000000"))
    canvas.setLineWidth(0.2)
    size = 4.0
    canvas.setFont(font_name(False), size)
    canvas.setFillColor(HexColor("#000000"))
    base_top = (page_height - RULER_INSET_MM) * mm  # the top ruler's baseline, PDF y
    base_left = RULER_INSET_MM * mm
    path = canvas.beginPath()
    for position in range(1, int(page_width) + 1):
        length = _tick(position)
        path.moveTo(position * mm, base_top)
        path.lineTo(position * mm, base_top - length * mm)
        if position % 10 == 0:
            canvas.drawCentredString(
                position * mm, base_top - (length + 1) * mm - size, str(position)
            )
    for position in range(1, int(page_height) + 1):
        length = _tick(position)
        y = (page_height - position) * mm
        path.moveTo(base_left, y)
        path.lineTo(base_left + length * mm, y)
        if position % 10 == 0:
            canvas.drawString(base_left + (length + 0.7) * mm, y - size * 0.35, str(position))
    canvas.drawPath(path, stroke=1, fill=0)


def _tick(position: int) -> float:
    if position % 10 == 0:
        return _TICK_MM[10]
    return _TICK_MM[5] if position % 5 == 0 else _TICK_MM[1]


def _pdf_rect(rect: Rect, page_height_mm: float) -> tuple[float, float, float, float]:
    """``rect`` (mm, from the page's top-left) as x, y, width, height in PDF points."""
    return (
        rect.left * mm,
        (page_height_mm - rect.bottom) * mm,
        rect.width * mm,
        rect.height * mm,
    )
