"""The list of participants handed to the attendees (in the conference folder, at the
desk): name and organisation of everyone registered who agreed to appear on it (the
attendee-list consent), alphabetical; the others are only counted."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.domain.registrations.loading import PersonRecord
from confdesk.output.agenda.drawing import GREY, LINE, boxed_text, footer
from confdesk.output.files import write_file_atomically
from confdesk.output.pdf.canvas import new_canvas
from confdesk.words.printed import AgendaTexts, agenda_texts

_WIDTH, _HEIGHT = A4
_MARGIN = 18 * mm
_ROW = 7 * mm
_BOTTOM = 18 * mm
_NUMBER, _NAME = 12 * mm, 72 * mm


def render_attendee_list(
    title: str, language: str, people: list[PersonRecord], out: Path
) -> tuple[int, int]:
    """Writes the list of ``people`` (in the order given) who consented; returns (named,
    pages). Those without consent appear only in the count at the top."""
    texts = agenda_texts(language)
    named = [person for person in people if person.attendee_list_consent]
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4, f"{texts.attendee_list} – {title}")
    page = 1
    y = _head(canvas, texts, title, len(people) - len(named))
    for number, person in enumerate(named, start=1):
        if y - _ROW < _BOTTOM:
            footer(canvas, _WIDTH, title, texts.page.format(page=page))
            canvas.showPage()
            page += 1
            y = _columns(canvas, texts, _HEIGHT - 20 * mm)
        _row(canvas, number, person, y)
        y -= _ROW
    footer(canvas, _WIDTH, title, texts.page.format(page=page))
    canvas.showPage()
    canvas.save()
    write_file_atomically(Path(out), buffer.getvalue())
    return len(named), page


def _head(canvas: Canvas, texts: AgendaTexts, title: str, unnamed: int) -> float:
    width = _WIDTH - 2 * _MARGIN
    top = _HEIGHT - 15 * mm
    boxed_text(canvas, texts.attendee_list, (_MARGIN, top - 6 * mm, width, 6 * mm),
               size=10, min_size=8, color=GREY)  # fmt: skip
    boxed_text(canvas, title, (_MARGIN, top - 20 * mm, width, 14 * mm),
               size=16, min_size=9, bold=True, lines=2)  # fmt: skip
    boxed_text(canvas, texts.attendee_list_note.format(count=unnamed),
               (_MARGIN, top - 28 * mm, width, 7 * mm), size=9.5, min_size=7, lines=2,
               color=GREY)  # fmt: skip
    return _columns(canvas, texts, top - 34 * mm)


def _columns(canvas: Canvas, texts: AgendaTexts, y: float) -> float:
    x = _MARGIN
    for label, width in ((texts.number, _NUMBER), (texts.name, _NAME),
                         (texts.organization, _WIDTH - 2 * _MARGIN - _NUMBER - _NAME)):  # fmt: skip
        boxed_text(canvas, label, (x, y - 6 * mm, width, 6 * mm), size=9, min_size=7, bold=True)
        x += width
    canvas.setStrokeColor(LINE)
    canvas.line(_MARGIN, y - 6.5 * mm, _WIDTH - _MARGIN, y - 6.5 * mm)
    return y - 7 * mm


def _row(canvas: Canvas, number: int, person: PersonRecord, y: float) -> None:
    x = _MARGIN
    organization_width = _WIDTH - 2 * _MARGIN - _NUMBER - _NAME
    boxed_text(canvas, str(number), (x, y - _ROW, _NUMBER, _ROW), size=9.5, min_size=7)
    boxed_text(canvas, person.full_name, (x + _NUMBER, y - _ROW, _NAME, _ROW),
               size=10, min_size=6.5)  # fmt: skip
    boxed_text(canvas, person.organization, (x + _NUMBER + _NAME, y - _ROW, organization_width,
                                             _ROW), size=9, min_size=6.5, color=GREY)  # fmt: skip
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.3)
    canvas.line(_MARGIN, y - _ROW, _WIDTH - _MARGIN, y - _ROW)
