"""Door signs: one A4 landscape page per room and day, with the room's name large enough
to read from down the corridor and that room's sessions of the day (including breaks and
plenary items held in all rooms)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.domain.agenda.colors import kind_color
from confdesk.domain.agenda.programme import Programme, ProgrammeItem
from confdesk.errors import UserError
from confdesk.normalize import ascii_slug
from confdesk.output.agenda.drawing import GREY, LINE, boxed_text
from confdesk.output.files import unique_file_names, write_file_atomically, write_files_into
from confdesk.output.pdf.canvas import new_canvas
from confdesk.words.printed import AgendaTexts, agenda_texts

_WIDTH, _HEIGHT = landscape(A4)
_MARGIN = 15 * mm
_LIST_TOP = _HEIGHT - 62 * mm
_LIST_BOTTOM = 14 * mm
_MAX_ROW = 24 * mm


def room_days(programme: Programme) -> list[tuple[int, str, date, list[ProgrammeItem]]]:
    """(room id, room name, day, the room's sessions that day) for every room in use."""
    signs = []
    for day in programme.days:
        items = programme.on(day)
        for room_id, name in programme.rooms:
            held = [i for i in items if i.room_id == room_id or i.spans_all_rooms]
            if any(i.room_id == room_id for i in held):
                signs.append((room_id, name, day, held))
    return signs


def render_door_signs(programme: Programme, out: Path) -> list[Path]:
    """``out`` ending in .pdf: all signs in one file; otherwise a folder with one PDF per
    room and day. Returns the files written."""
    signs = room_days(programme)
    if not signs:
        raise UserError("No room has a session: there are no door signs to print.",
                        code="no_door_signs")  # fmt: skip
    texts = agenda_texts(programme.language)
    out = Path(out)
    if out.suffix.lower() == ".pdf":
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, (_WIDTH, _HEIGHT), programme.title)
        for _room_id, name, day, items in signs:
            _draw_sign(canvas, programme, texts, name, day, items)
        canvas.save()
        return [write_file_atomically(out, buffer.getvalue())]
    pages = []
    for _room_id, name, day, items in signs:
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, (_WIDTH, _HEIGHT), f"{name} – {programme.title}")
        _draw_sign(canvas, programme, texts, name, day, items)
        canvas.save()
        pages.append(buffer.getvalue())
    # Two rooms whose names spell the same in ASCII get "-2" rather than one file.
    names = unique_file_names(
        f"{day:%Y-%m-%d}-{ascii_slug(name) or 'room'}" for _room_id, name, day, _items in signs
    )
    return list(write_files_into(out, zip(names, pages, strict=True)))


def _draw_sign(
    canvas: Canvas,
    programme: Programme,
    texts: AgendaTexts,
    room: str,
    day: date,
    items: list[ProgrammeItem],
) -> None:
    width = _WIDTH - 2 * _MARGIN
    boxed_text(canvas, room, (_MARGIN, _HEIGHT - 42 * mm, width, 30 * mm),
               size=64, min_size=28, bold=True, lines=2)  # fmt: skip
    boxed_text(canvas, f"{texts.day(day)} · {programme.title}",
               (_MARGIN, _HEIGHT - 52 * mm, width, 8 * mm), size=14, min_size=8,
               color=GREY)  # fmt: skip
    canvas.setStrokeColor(LINE)
    canvas.line(_MARGIN, _HEIGHT - 56 * mm, _WIDTH - _MARGIN, _HEIGHT - 56 * mm)
    row = min(_MAX_ROW, (_LIST_TOP - _LIST_BOTTOM) / max(len(items), 1))
    y = _LIST_TOP
    for item in items:
        _draw_entry(canvas, texts, item, (_MARGIN, y - row, width, row))
        y -= row
    canvas.showPage()


def _draw_entry(
    canvas: Canvas, texts: AgendaTexts, item: ProgrammeItem, rect: tuple[float, float, float, float]
) -> None:
    x, y, width, height = rect
    canvas.setFillColor(HexColor(item.topic_color or kind_color(item.kind)))
    canvas.rect(x, y + 1 * mm, 2 * mm, height - 2 * mm, stroke=0, fill=1)
    time_width = 62 * mm
    boxed_text(canvas, texts.time_span(item.starts_at, item.ends_at),
               (x + 4 * mm, y, time_width, height), size=20, min_size=9, bold=True)  # fmt: skip
    # A clear gap: the time and the title must not read as one line.
    text_x = x + 10 * mm + time_width
    text_width = width - 10 * mm - time_width
    people = ", ".join(person.name for person in item.people)
    title_height = height * (0.62 if people else 0.8)
    boxed_text(canvas, item.title, (text_x, y + height - title_height, text_width, title_height),
               size=20, min_size=8, bold=True, lines=2)  # fmt: skip
    detail = texts.kind(item.kind) + (f" · {people}" if people else "")
    boxed_text(canvas, detail, (text_x, y, text_width, height - title_height),
               size=13, min_size=8, lines=2, color=GREY)  # fmt: skip
