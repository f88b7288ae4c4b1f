"""Drawing fitted text (:mod:`confdesk.output.pdf.fitting`) into its box on a canvas."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from confdesk.output.badges.layouts import Align
from confdesk.output.pdf.fitting import LEADING, SIDE_PAD, FittedText, block_height, fit_text
from confdesk.output.pdf.fonts import EXTENT_ABOVE, font_name

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
    canvas.setFillColor(color or HexColor("#000000"))
    draw_lines(canvas, rect, fitted, bold, align)
    canvas.setFillColor(HexColor("#000000"))
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
        if align is Align.LEFT:
            canvas.drawString(x + SIDE_PAD * size, baseline, line)
        elif align is Align.RIGHT:
            canvas.drawRightString(x + width - SIDE_PAD * size, baseline, line)
        else:
            canvas.drawCentredString(x + width / 2, baseline, line)
        baseline -= LEADING * size
