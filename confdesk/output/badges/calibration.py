"""The calibration page: print it on plain paper with the printer's usual settings, then
measure with a ruler where two lines landed.

A vertical line is meant to lie exactly 20 mm from the paper's left edge and a horizontal
line exactly 20 mm from its top edge (well inside any printer's unprintable margin). When
the vertical line is measured at 21.5 mm, the printer prints 1.5 mm too far right: the x
offset is -1.5. The offset (x to the right, y down, in mm) goes into the print screen's
setting or ``confdesk badges --offset X,Y`` and moves every badge; printed with that
offset, the lines land on 20 mm. Dashed outlines show where the stock's labels are.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.output.badges.stocks import Stock
from confdesk.output.pdf.fonts import font_name

MARK_MM = 20.0


def draw_calibration_page(canvas: Canvas, stock: Stock, offset_mm: tuple[float, float]) -> None:
    width = stock.page_width_mm * mm
    height = stock.page_height_mm * mm
    dx, dy = offset_mm[0] * mm, -offset_mm[1] * mm  # y runs down on paper, up in PDF
    canvas.setStrokeColor(HexColor("#999999"))
    canvas.setDash(2, 2)
    canvas.setLineWidth(0.3)
    for slot in range(stock.labels_per_page):
        left, top = stock.label_origin_mm(slot)
        canvas.rect(
            left * mm + dx,
            height - (top + stock.label_height_mm) * mm + dy,
            stock.label_width_mm * mm,
            stock.label_height_mm * mm,
        )
    canvas.setDash()
    canvas.setStrokeColor(HexColor("#000000"))
    canvas.setLineWidth(0.25)
    mark_x = MARK_MM * mm + dx
    mark_y = height - MARK_MM * mm + dy
    canvas.line(mark_x, 0, mark_x, height)
    canvas.line(0, mark_y, width, mark_y)
    small = max(4.0, min(8.0, stock.page_width_mm / 22))
    canvas.setFont(font_name(False), small)
    lines = [
        f"confdesk calibration: {stock.name} ({stock.title})",
        f"Offset used: x {offset_mm[0]:+.1f} mm, y {offset_mm[1]:+.1f} mm.",
        f"Each line should be {MARK_MM:g} mm from the left / top paper edge.",
        f"New x offset = offset used + {MARK_MM:g} − measured distance of the vertical line;",
        f"new y offset = offset used + {MARK_MM:g} − measured distance of the horizontal line.",
    ]
    text_x = mark_x + 3 * mm
    text_y = mark_y - 3 * mm - small
    for line in lines:
        canvas.drawString(text_x, text_y, line)
        text_y -= small * 1.4
    canvas.showPage()
