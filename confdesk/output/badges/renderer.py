"""Draws one badge side from a layout: each element by its type, on a ReportLab canvas.

Coordinates: layouts measure in millimetres from the badge's top-left corner; the
canvas measures in points from its bottom-left. :class:`Placement` converts. The writer
moves (and on a label roll turns) the canvas to the label's safe area first
(:func:`confdesk.output.badges.writer.badge_frame`), so a badge is drawn the same on every stock.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from confdesk.domain.agenda.programme import ScheduleItem
from confdesk.output.badges.categories import category_style
from confdesk.output.badges.data import BadgeBatch, BadgePerson
from confdesk.output.badges.layouts import (
    Align,
    Box,
    CategoryBand,
    Element,
    ImageElement,
    LineElement,
    QrElement,
    ScheduleElement,
    TextElement,
)
from confdesk.output.pdf.fitting import FittedText, block_height, fit_text
from confdesk.output.pdf.fonts import font_name, text_width
from confdesk.output.pdf.qr import draw_qr, qr_matrix
from confdesk.output.pdf.text_drawing import draw_lines
from confdesk.words.formatting import short_day, time_span
from confdesk.words.printed import badge_texts

# Room between a band's edge and its word, in em of the word's size.
_BAND_PADDING = 0.4
PHOTO_OK = "#2f9e44"
PHOTO_NO = "#e03131"


@dataclass(frozen=True)
class Placement:
    """Where a badge lies on the canvas: its top-left corner, in points from the left and
    top edges of a canvas ``page_height`` points high."""

    page_height: float
    left: float  # points from the canvas's left edge
    top: float  # points from the canvas's top edge

    def rect(self, box: Box) -> tuple[float, float, float, float]:
        """``box`` as x, y (bottom-left, canvas coordinates), width, height in points."""
        x = self.left + box.x * mm
        y = self.page_height - self.top - (box.y + box.height) * mm
        return x, y, box.width * mm, box.height * mm


@dataclass(frozen=True)
class FittedField:
    """A text element's outcome for one person: what a pre-flight check reports."""

    element: TextElement
    fitted: FittedText


def fit_fields(
    elements: tuple[Element, ...], batch: BadgeBatch, person: BadgePerson
) -> list[FittedField]:
    """The text elements laid out for ``person``, without drawing."""
    fields = []
    for element in elements:
        if isinstance(element, TextElement):
            fields.append(FittedField(element, _fit(element, _text(element, batch, person))))
    return fields


def _text(element: TextElement, batch: BadgeBatch, person: BadgePerson) -> str:
    parts = (batch.person_fields(person, name) for name in element.fields)
    return " ".join(part for part in parts if part)


def _fit(element: TextElement, text: str) -> FittedText:
    return fit_text(
        text,
        font=font_name(element.bold),
        width=element.box.width * mm,
        height=element.box.height * mm,
        size=element.size,
        min_size=element.min_size,
        max_lines=element.max_lines,
        shorten=element.shorten,
    )


class BadgeRenderer:
    """Draws badges of one batch; keeps loaded images between badges."""

    def __init__(self, batch: BadgeBatch, images: dict[str, Path | bytes] | None = None) -> None:
        self._batch = batch
        self._images = {name: _image(source) for name, source in (images or {}).items()}

    def draw(
        self,
        canvas: Canvas,
        elements: tuple[Element, ...],
        person: BadgePerson,
        placement: Placement,
    ) -> list[FittedField]:
        fitted: list[FittedField] = []
        for element in elements:
            if isinstance(element, TextElement):
                text = _fit(element, _text(element, self._batch, person))
                _draw_text(canvas, placement.rect(element.box), text, element)
                fitted.append(FittedField(element, text))
            elif isinstance(element, CategoryBand):
                self._draw_band(canvas, placement.rect(element.box), element, person)
            elif isinstance(element, QrElement):
                _draw_qr_element(canvas, placement.rect(element.box), element, person.code)
            elif isinstance(element, ImageElement):
                self._draw_image(canvas, placement.rect(element.box), element)
            elif isinstance(element, LineElement):
                _draw_line(canvas, placement.rect(element.box), element)
            elif isinstance(element, ScheduleElement):
                self._draw_schedule(canvas, placement.rect(element.box), element, person)
        return fitted

    def _draw_band(
        self,
        canvas: Canvas,
        rect: tuple[float, float, float, float],
        band: CategoryBand,
        person: BadgePerson,
    ) -> None:
        x, y, width, height = rect
        style = category_style(person.category)
        canvas.setFillColor(HexColor(style.color))
        canvas.rect(x, y, width, height, stroke=0, fill=1)
        word = style.word(self._batch.event.language).upper()
        padding = _BAND_PADDING * band.size
        fitted = fit_text(
            word,
            font=font_name(True),
            # With the photo mark at the band's right end, the word keeps clear of it.
            width=width - 2 * padding - (2 * height if self._batch.photo_mark else 0),
            height=height - padding,
            size=band.size,
            min_size=band.min_size,
        )
        canvas.setFillColor(white)
        draw_lines(canvas, (x + padding, y, width - 2 * padding, height), fitted, True,
                    Align.CENTER)  # fmt: skip
        if self._batch.photo_mark:
            _draw_photo_mark(canvas, rect, person.photo_consent)

    def _draw_image(
        self, canvas: Canvas, rect: tuple[float, float, float, float], element: ImageElement
    ) -> None:
        image = self._images.get(element.source)
        if image is None:
            return
        x, y, width, height = rect
        canvas.drawImage(
            image, x, y, width, height, preserveAspectRatio=True, anchor="ne", mask="auto"
        )

    def _draw_schedule(
        self,
        canvas: Canvas,
        rect: tuple[float, float, float, float],
        element: ScheduleElement,
        person: BadgePerson,
    ) -> None:
        x, y, width, height = rect
        language = self._batch.event.language
        top = y + height
        texts = badge_texts(language)
        heading = _fit_line(texts.schedule_title, True,
                            width, element.heading_size, element.min_size)  # fmt: skip
        canvas.setFillColor(HexColor("#000000"))
        top = _draw_block(canvas, x, top, width, heading, True)
        top -= 0.4 * element.size
        items = person.schedule
        if not items:
            note = fit_text(texts.no_schedule,
                            font=font_name(False), width=width, height=top - y,
                            size=element.size, min_size=element.min_size, max_lines=3)  # fmt: skip
            _draw_block(canvas, x, top, width, note, False)
            return
        # Every item gets the same size: the largest at which all fit the box's height.
        size = element.size
        rows_height = block_height(2, 1.0) + 0.35
        while size > element.min_size and len(items) * rows_height * size > top - y:
            size -= 0.25
        shown = list(items)
        while shown and len(shown) * rows_height * size > top - y:
            shown.pop()  # cannot happen with a day's workshops; never overflow all the same
        several_days = self._batch.event.start_date != self._batch.event.end_date
        time_width = text_width("00:00–00:00  ", font_name(True), size)
        for item in shown:
            when = _fit_line(_times(item, several_days, language), True, time_width, size,
                             element.min_size * 0.8)  # fmt: skip
            what = _fit_line(item.title, False, width - time_width, size, element.min_size * 0.8)
            where = _fit_line(item.room, False, width - time_width, size * 0.85,
                              element.min_size * 0.8)  # fmt: skip
            _draw_block(canvas, x, top, time_width, when, True)
            line_top = _draw_block(canvas, x + time_width, top, width - time_width, what, False)
            canvas.setFillColor(HexColor("#444444"))
            line_top = _draw_block(canvas, x + time_width, line_top, width - time_width, where,
                                   False)  # fmt: skip
            canvas.setFillColor(HexColor("#000000"))
            top = line_top - 0.35 * size


def _draw_photo_mark(
    canvas: Canvas, band: tuple[float, float, float, float], consented: bool
) -> None:
    """The agreed photo mark at the band's right end, on both sides of the badge (a
    lanyard turns): a green dot for "may be photographed", a red dot struck through for
    "no photos" — told apart by shape, not colour alone. A white ring keeps it visible
    on every category's colour."""
    x, y, width, height = band
    radius = 0.3 * height
    centre_x, centre_y = x + width - height * 0.75, y + height / 2
    canvas.setFillColor(white)
    canvas.circle(centre_x, centre_y, radius * 1.25, stroke=0, fill=1)
    canvas.setFillColor(HexColor(PHOTO_OK if consented else PHOTO_NO))
    canvas.circle(centre_x, centre_y, radius, stroke=0, fill=1)
    if not consented:
        canvas.setStrokeColor(white)
        canvas.setLineWidth(radius * 0.3)
        reach = radius * 0.7
        canvas.line(centre_x - reach, centre_y - reach, centre_x + reach, centre_y + reach)


def _times(item: ScheduleItem, several_days: bool, language: str) -> str:
    day = f"{short_day(item.starts_at.date(), language)} " if several_days else ""
    return day + time_span(item.starts_at, item.ends_at, language)


def _fit_line(text: str, bold: bool, width: float, size: float, min_size: float) -> FittedText:
    return fit_text(text, font=font_name(bold), width=width, height=block_height(1, size),
                    size=size, min_size=min_size)  # fmt: skip


def _draw_block(
    canvas: Canvas, x: float, top: float, width: float, fitted: FittedText, bold: bool
) -> float:
    """Draw ``fitted`` left-aligned below ``top``; returns the block's bottom."""
    height = block_height(max(len(fitted.lines), 1), fitted.size)
    draw_lines(canvas, (x, top - height, width, height), fitted, bold, Align.LEFT)
    return top - height


def _draw_text(
    canvas: Canvas,
    rect: tuple[float, float, float, float],
    fitted: FittedText,
    element: TextElement,
) -> None:
    canvas.setFillColor(HexColor(element.color))
    draw_lines(canvas, rect, fitted, element.bold, element.align)


def _draw_qr_element(
    canvas: Canvas, rect: tuple[float, float, float, float], element: QrElement, code: str
) -> None:
    x, y, width, height = rect
    matrix = qr_matrix(code)
    side = min(width, height)
    module = side / (matrix.size + 2 * element.quiet_modules)
    symbol = module * matrix.size
    canvas.setFillColor(HexColor("#000000"))
    draw_qr(canvas, matrix, x + (width - symbol) / 2, y + (height - symbol) / 2, symbol)


def _draw_line(
    canvas: Canvas, rect: tuple[float, float, float, float], element: LineElement
) -> None:
    x, y, width, height = rect
    canvas.setStrokeColor(HexColor(element.color))
    canvas.setLineWidth(element.width_pt)
    canvas.line(x, y + height, x + width, y + height)


def _image(source: Path | bytes) -> ImageReader:
    return ImageReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))
