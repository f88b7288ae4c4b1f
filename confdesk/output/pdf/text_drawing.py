"""Drawing fitted text (:mod:`confdesk.output.pdf.fitting`) into its box on a canvas."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from confdesk.output.badges.layouts import Align
from confdesk.output.pdf.fitting import LEADING, SIDE_PAD, FittedText, block_height, fit_text
from confdesk.output.pdf.fonts import EXTENT_ABOVE, font_name, text_width

BLACK = HexColor("#000000")
GREY = HexColor("#555555")


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
    color: Color | None = None,
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
    canvas.setFillColor(color or BLACK)
    draw_lines(canvas, rect, fitted, bold, align)
    canvas.setFillColor(BLACK)
    return fitted


def draw_lines(
    canvas: Canvas,
    rect: tuple[float, float, float, float],
    fitted: FittedText,
    bold: bool,
    align: Align,
) -> None:
    """The lines centred vertically in ``rect``, aligned horizontally as asked."""
    if not fitted.lines:
        return
    x, y, width, height = rect
    font = font_name(bold)
    size = fitted.size
    used = block_height(len(fitted.lines), size)
    baseline = y + height - (height - used) / 2 - EXTENT_ABOVE * size
    canvas.setFont(font, size)
    for line in fitted.lines:
        # Right and centred lines are placed with the width the fitting measured (and
        # cached), not with ReportLab's drawRightString/drawCentredString, which measure
        # each line again in pure Python.
        if align is Align.LEFT:
            start = x + SIDE_PAD * size
        elif align is Align.RIGHT:
            start = x + width - SIDE_PAD * size - text_width(line, font, size)
        else:
            start = x + width / 2 - 0.5 * text_width(line, font, size)
        canvas.drawString(start, baseline, line)
        baseline -= LEADING * size
