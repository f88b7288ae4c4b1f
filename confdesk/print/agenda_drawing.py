"""Small drawing helpers shared by the agenda PDFs: a text fitted into its box, and a
page header and footer."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.print.fitting import FittedText, fit_text
from confdesk.print.fonts import font_name
from confdesk.print.layouts import Align
from confdesk.print.text_drawing import draw_lines

GREY = HexColor("#555555")
LINE = HexColor("#999999")


def boxed_text(
    canvas: Canvas,
    text: str,
    rect: tuple[float, float, float, float],
    *,
    size: float,
    min_size: float,
    bold: bool = False,
    lines: int = 1,
    align: Align = Align.LEFT,
    color: HexColor | None = None,
) -> FittedText:
    """``text`` shrunk, wrapped or cut until it fits ``rect`` (x, y, width, height), drawn."""
    fitted = fit_text(
        text,
        font=font_name(bold),
        width=rect[2],
        height=rect[3],
        size=size,
        min_size=min_size,
        max_lines=lines,
    )
    canvas.setFillColor(color or HexColor("#000000"))
    draw_lines(canvas, rect, fitted, bold, align)
    canvas.setFillColor(HexColor("#000000"))
    return fitted


def footer(canvas: Canvas, page_width: float, text: str, page: str) -> None:
    canvas.setFont(font_name(False), 8)
    canvas.setFillColor(GREY)
    canvas.drawString(15 * mm, 8 * mm, text)
    canvas.drawRightString(page_width - 15 * mm, 8 * mm, page)
    canvas.setFillColor(HexColor("#000000"))
