"""The one way confdesk starts a ReportLab canvas."""

from __future__ import annotations

from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from confdesk.output.pdf.fonts import register_fonts


def new_canvas(target: BinaryIO, page_size: tuple[float, float], title: str) -> Canvas:
    """A canvas with the bundled fonts registered and compressed, binary page streams.

    ReportLab wraps compressed streams in ASCII85 by default, a relic of 7-bit mail; without
    its optional C accelerator that encoding took a third of a batch's time and made the
    file a quarter larger, so it is switched off (a process-wide ReportLab setting)."""
    register_fonts()
    rl_config.useA85 = 0
    canvas = Canvas(target, pagesize=page_size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("confdesk")
    return canvas
