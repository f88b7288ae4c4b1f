"""Participant lists: per session, who has a seat (alphabetical, with a column to sign)
and who waits (in the order they move up), for the moderator at the door.

A moderator is another attendee: the list names only those who agreed to appear on lists
(the attendee-list consent) and counts the others ("Further participants: 3")."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.domain.agenda.programme import Programme
from confdesk.domain.agenda.signups import Participant, ParticipantList
from confdesk.errors import UserError
from confdesk.output.agenda.drawing import GREY, LINE, boxed_text, footer
from confdesk.output.files import write_file_atomically
from confdesk.output.pdf.canvas import new_canvas
from confdesk.words.printed import AgendaTexts, agenda_texts

_WIDTH, _HEIGHT = A4
_MARGIN = 18 * mm
_ROW = 8 * mm
_BOTTOM = 18 * mm
_NUMBER, _NAME, _ORG = 12 * mm, 62 * mm, 58 * mm


def render_participant_lists(
    programme: Programme, lists: list[ParticipantList], moderators: dict[int, list[str]], out: Path
) -> int:
    """One section per session (each starts on a new page); returns the pages written."""
    if not lists:
        raise UserError("No session takes sign-ups: there are no participant lists to print.",
                        code="no_participant_lists")  # fmt: skip
    texts = agenda_texts(programme.language)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4, f"{texts.participants} – {programme.title}")
    pages = 0
    for listed in lists:
        pages += _draw_list(canvas, programme, texts, listed, moderators.get(listed.session_id, []),
                            pages)  # fmt: skip
    canvas.save()
    write_file_atomically(Path(out), buffer.getvalue())
    return pages


def _draw_list(
    canvas: Canvas,
    programme: Programme,
    texts: AgendaTexts,
    listed: ParticipantList,
    moderators: list[str],
    pages_before: int,
) -> int:
    width = _WIDTH - 2 * _MARGIN
    pages = 1
    top = _HEIGHT - 15 * mm
    boxed_text(canvas, texts.participants, (_MARGIN, top - 6 * mm, width, 6 * mm),
               size=10, min_size=8, color=GREY)  # fmt: skip
    boxed_text(canvas, listed.title, (_MARGIN, top - 20 * mm, width, 14 * mm),
               size=16, min_size=9, bold=True, lines=2)  # fmt: skip
    where = " · ".join(
        part for part in (texts.day(listed.starts_at.date()),
                          texts.time_span(listed.starts_at, listed.ends_at), listed.room) if part
    )  # fmt: skip
    boxed_text(canvas, where, (_MARGIN, top - 27 * mm, width, 6 * mm), size=11, min_size=7)
    seated = len(listed.seated)
    seats = (
        texts.seats.format(seated=seated, capacity=listed.capacity)
        if listed.capacity is not None
        else texts.seats_open.format(seated=seated)
    )
    facts = [seats]
    if moderators:
        facts.insert(0, f"{texts.moderation}: {', '.join(moderators)}")
    boxed_text(canvas, " · ".join(facts), (_MARGIN, top - 34 * mm, width, 6 * mm),
               size=10, min_size=7, color=GREY)  # fmt: skip
    y = top - 42 * mm
    y = _table_head(canvas, texts, y)
    if not listed.seated:
        boxed_text(canvas, texts.nobody, (_MARGIN, y - _ROW, width, _ROW), size=10, min_size=8)
        y -= _ROW
    named = [person for person in listed.seated if person.listed]
    for number, person in enumerate(named, start=1):
        if y - _ROW < _BOTTOM:
            pages += _next_page(canvas, programme, texts, listed, pages_before + pages)
            y = _table_head(canvas, texts, _HEIGHT - 28 * mm)
        _row(canvas, str(number), person, y, signature=True)
        y -= _ROW
    if len(named) < seated:
        if y - _ROW < _BOTTOM:
            pages += _next_page(canvas, programme, texts, listed, pages_before + pages)
            y = _HEIGHT - 28 * mm
        boxed_text(canvas, texts.further_seated.format(count=seated - len(named)),
                   (_MARGIN + _NUMBER, y - _ROW, width - _NUMBER, _ROW), size=10, min_size=8,
                   color=GREY)  # fmt: skip
        y -= _ROW
    if listed.waiting:
        if y - 3 * _ROW < _BOTTOM:
            pages += _next_page(canvas, programme, texts, listed, pages_before + pages)
            y = _HEIGHT - 28 * mm
        y -= 4 * mm
        boxed_text(canvas, texts.waiting_list, (_MARGIN, y - 7 * mm, width, 7 * mm),
                   size=12, min_size=9, bold=True)  # fmt: skip
        y -= 9 * mm
        for number, person in enumerate(listed.waiting, start=1):
            if not person.listed:
                continue
            if y - _ROW < _BOTTOM:
                pages += _next_page(canvas, programme, texts, listed, pages_before + pages)
                y = _HEIGHT - 28 * mm
            _row(canvas, f"W{number}", person, y, signature=False)
            y -= _ROW
        unnamed = sum(not person.listed for person in listed.waiting)
        if unnamed:
            if y - _ROW < _BOTTOM:
                pages += _next_page(canvas, programme, texts, listed, pages_before + pages)
                y = _HEIGHT - 28 * mm
            boxed_text(canvas, texts.further_waiting.format(count=unnamed),
                       (_MARGIN + _NUMBER, y - _ROW, width - _NUMBER, _ROW), size=10,
                       min_size=8, color=GREY)  # fmt: skip
            y -= _ROW
    footer(canvas, _WIDTH, programme.title, texts.page.format(page=pages_before + pages))
    canvas.showPage()
    return pages


def _next_page(
    canvas: Canvas, programme: Programme, texts: AgendaTexts, listed: ParticipantList, page: int
) -> int:
    footer(canvas, _WIDTH, programme.title, texts.page.format(page=page))
    canvas.showPage()
    boxed_text(canvas, f"{listed.title} {texts.continued}",
               (_MARGIN, _HEIGHT - 22 * mm, _WIDTH - 2 * _MARGIN, 8 * mm),
               size=12, min_size=8, bold=True)  # fmt: skip
    return 1


def _table_head(canvas: Canvas, texts: AgendaTexts, y: float) -> float:
    x = _MARGIN
    for label, width in ((texts.number, _NUMBER), (texts.name, _NAME),
                         (texts.organization, _ORG), (texts.signature, 0)):  # fmt: skip
        column = width or (_WIDTH - _MARGIN - x)
        boxed_text(canvas, label, (x, y - 6 * mm, column, 6 * mm), size=9, min_size=7, bold=True)
        x += width
    canvas.setStrokeColor(LINE)
    canvas.line(_MARGIN, y - 6.5 * mm, _WIDTH - _MARGIN, y - 6.5 * mm)
    return y - 7 * mm


def _row(canvas: Canvas, number: str, person: Participant, y: float, *, signature: bool) -> None:
    x = _MARGIN
    boxed_text(canvas, number, (x, y - _ROW, _NUMBER, _ROW), size=9.5, min_size=7)
    boxed_text(canvas, person.full_name, (x + _NUMBER, y - _ROW, _NAME, _ROW),
               size=10, min_size=6.5)  # fmt: skip
    boxed_text(canvas, person.organization, (x + _NUMBER + _NAME, y - _ROW, _ORG, _ROW),
               size=9, min_size=7, lines=2, color=GREY)  # fmt: skip
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.3)
    if signature:
        canvas.line(x + _NUMBER + _NAME + _ORG + 2 * mm, y - _ROW + 1.5 * mm,
                    _WIDTH - _MARGIN, y - _ROW + 1.5 * mm)  # fmt: skip
