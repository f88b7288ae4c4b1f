"""Small drawing helpers shared by the agenda PDFs: a text fitted into its box
(:func:`confdesk.output.pdf.text_drawing.boxed_text`, re-exported here), and a page footer."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.output.pdf.fonts import font_name
from confdesk.output.pdf.text_drawing import GREY
from confdesk.output.pdf.text_drawing import boxed_text as boxed_text  # re-exported

LINE = HexColor("#999999")


def footer(canvas: Canvas, page_width: float, text: str, page: str) -> None:
    canvas.setFont(font_name(False), 8)
    canvas.setFillColor(GREY)
    canvas.drawString(15 * mm, 8 * mm, text)
    canvas.drawRightString(page_width - 15 * mm, 8 * mm, page)
    canvas.setFillColor(HexColor("#000000"))
