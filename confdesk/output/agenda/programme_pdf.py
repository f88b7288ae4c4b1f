"""The printed programme: A4 portrait, one section per day, a row per time slot, parallel
sessions side by side.

Rows are the workshop rounds (sessions sharing a round number) and, for everything else,
groups of sessions that overlap in time; a plenary item has a row to itself. Each entry
names its kind in words (colour is only a stripe beside it), its room, its people; titles
shrink and wrap to fit (:mod:`confdesk.output.pdf.fitting`), nothing leaves its box.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.domain.agenda.colors import kind_color
from confdesk.domain.agenda.programme import Programme, ProgrammeItem
from confdesk.output.agenda.drawing import LINE, boxed_text, footer
from confdesk.output.badges.layouts import Align
from confdesk.output.files import write_file_atomically
from confdesk.output.pdf.canvas import new_canvas
from confdesk.words.printed import AgendaTexts, agenda_texts

_WIDTH, _HEIGHT = A4
_MARGIN = 15 * mm
_TIME_COLUMN = 24 * mm
_ROW_HEIGHT = 19 * mm
# Three or four sessions side by side leave a title about 34 mm of width: their rows are
# taller, so that a title takes three lines and the people two, at a readable size rather
# than squeezed into two lines and one.
_NARROW_ROW_HEIGHT = 27 * mm
_NARROW_FROM_COLUMNS = 3
_GAP = 2 * mm
_MAX_COLUMNS = 4  # more parallel sessions continue on a second line of the row
_TOP = _HEIGHT - 38 * mm
_BOTTOM = 16 * mm


@dataclass(frozen=True)
class ProgrammeRow:
    starts_at: datetime
    ends_at: datetime
    items: tuple[ProgrammeItem, ...]


def programme_rows(items: list[ProgrammeItem]) -> list[ProgrammeRow]:
    """The day's rows: one per workshop round, and one per group of overlapping sessions
    outside rounds, in time order; within a row by room order."""
    rounds: dict[int, list[ProgrammeItem]] = {}
    groups: list[list[ProgrammeItem]] = []
    group_end: datetime | None = None
    for item in sorted(items, key=lambda i: (i.starts_at, i.room_order, i.id)):
        if item.round_number is not None:
            rounds.setdefault(item.round_number, []).append(item)
            continue
        if group_end is not None and item.starts_at < group_end:
            groups[-1].append(item)
            group_end = max(group_end, item.ends_at)
        else:
            groups.append([item])
            group_end = item.ends_at
    rows = [
        ProgrammeRow(
            min(i.starts_at for i in group),
            max(i.ends_at for i in group),
            tuple(sorted(group, key=lambda i: (i.room_order, i.starts_at, i.id))),
        )
        for group in [*rounds.values(), *groups]
    ]
    return sorted(rows, key=lambda row: (row.starts_at, row.ends_at))


def render_programme(programme: Programme, out: Path) -> int:
    """Write the programme PDF (of a programme with sessions, see
    :func:`~confdesk.output.agenda.outputs.write_programme`); returns its number of pages."""
    texts = agenda_texts(programme.language)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4, f"{texts.programme} – {programme.title}")
    pages = 0
    for day in programme.days:
        rows = programme_rows(programme.on(day))
        if not rows:
            continue
        pages += _draw_day(canvas, programme, texts, day, rows, pages)
    canvas.save()
    write_file_atomically(Path(out), buffer.getvalue())
    return pages


def _draw_day(
    canvas: Canvas,
    programme: Programme,
    texts: AgendaTexts,
    day: date,
    rows: list[ProgrammeRow],
    pages_before: int,
) -> int:
    pages = 1
    _header(canvas, programme, texts, day, continued=False)
    y = _TOP
    for row in rows:
        lines = -(-len(row.items) // _MAX_COLUMNS)
        height = lines * _cell_height(row) + (lines - 1) * _GAP
        if y - height < _BOTTOM:
            _finish_page(canvas, programme, texts, pages_before + pages)
            pages += 1
            _header(canvas, programme, texts, day, continued=True)
            y = _TOP
        _draw_row(canvas, texts, row, y, height)
        y -= height + _GAP
    _finish_page(canvas, programme, texts, pages_before + pages)
    return pages


def _header(
    canvas: Canvas, programme: Programme, texts: AgendaTexts, day: date, *, continued: bool
) -> None:
    width = _WIDTH - 2 * _MARGIN
    boxed_text(canvas, programme.title, (_MARGIN, _HEIGHT - 22 * mm, width, 10 * mm),
               size=18, min_size=10, bold=True)  # fmt: skip
    day_line = f"{texts.programme} · {texts.day(day)}"
    if continued:
        day_line = f"{day_line} {texts.continued}"
    boxed_text(canvas, day_line, (_MARGIN, _HEIGHT - 30 * mm, width, 7 * mm),
               size=12, min_size=8)  # fmt: skip
    canvas.setStrokeColor(LINE)
    canvas.line(_MARGIN, _HEIGHT - 33 * mm, _WIDTH - _MARGIN, _HEIGHT - 33 * mm)


def _finish_page(canvas: Canvas, programme: Programme, texts: AgendaTexts, page: int) -> None:
    venue = f"{programme.title} · {programme.venue}" if programme.venue else programme.title
    footer(canvas, _WIDTH, venue, texts.page.format(page=page))
    canvas.showPage()


def _draw_row(
    canvas: Canvas, texts: AgendaTexts, row: ProgrammeRow, top: float, height: float
) -> None:
    boxed_text(canvas, f"{row.starts_at:%H:%M}", (_MARGIN, top - 7 * mm, _TIME_COLUMN, 6 * mm),
               size=12, min_size=8, bold=True)  # fmt: skip
    boxed_text(canvas, f"– {row.ends_at:%H:%M}", (_MARGIN, top - 12 * mm, _TIME_COLUMN, 5 * mm),
               size=9, min_size=7)  # fmt: skip
    area_x = _MARGIN + _TIME_COLUMN
    area_width = _WIDTH - _MARGIN - area_x
    columns = _columns(row)
    cell_width = (area_width - (columns - 1) * _GAP) / columns
    cell_height = _cell_height(row)
    narrow = columns >= _NARROW_FROM_COLUMNS
    for index, item in enumerate(row.items):
        line, column = divmod(index, _MAX_COLUMNS)
        x = area_x + column * (cell_width + _GAP)
        y = top - (line + 1) * cell_height - line * _GAP
        _draw_cell(canvas, texts, row, item, (x, y, cell_width, cell_height), narrow)


def _columns(row: ProgrammeRow) -> int:
    return min(len(row.items), _MAX_COLUMNS)


def _cell_height(row: ProgrammeRow) -> float:
    return _NARROW_ROW_HEIGHT if _columns(row) >= _NARROW_FROM_COLUMNS else _ROW_HEIGHT


def _draw_cell(
    canvas: Canvas,
    texts: AgendaTexts,
    row: ProgrammeRow,
    item: ProgrammeItem,
    rect: tuple[float, float, float, float],
    narrow: bool,
) -> None:
    x, y, width, height = rect
    canvas.setFillColor(HexColor(item.topic_color or kind_color(item.kind)))
    canvas.rect(x, y, 1.6 * mm, height, stroke=0, fill=1)
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    inner_x = x + 2.6 * mm
    inner_width = width - 3.6 * mm
    facts = [texts.kind(item.kind)]
    if item.round_number is not None:
        facts.append(texts.round.format(number=item.round_number))
    facts.append(item.room or (texts.all_rooms if item.spans_all_rooms else texts.no_room))
    if (item.starts_at, item.ends_at) != (row.starts_at, row.ends_at):
        facts.append(f"{item.starts_at:%H:%M}–{item.ends_at:%H:%M}")
    boxed_text(canvas, " · ".join(facts), (inner_x, y + height - 5 * mm, inner_width, 4 * mm),
               size=7.5, min_size=5.5, color=HexColor("#444444"))  # fmt: skip
    people_lines = 2 if narrow else 1
    people_height = (7.5 if narrow else 4) * mm
    title_bottom = y + 1 * mm + people_height
    boxed_text(canvas, item.title,
               (inner_x, title_bottom, inner_width, y + height - 5.5 * mm - title_bottom),
               size=10, min_size=6.5, bold=True, lines=3 if narrow else 2)  # fmt: skip
    people = ", ".join(person.name for person in item.people)
    if people:
        boxed_text(canvas, people, (inner_x, y + 1 * mm, inner_width, people_height),
                   size=7.5, min_size=5.5, lines=people_lines, align=Align.LEFT)  # fmt: skip
