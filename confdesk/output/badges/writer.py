"""Badge PDFs: a batch on a stock, a pre-flight check of the texts, a calibration page.

One page per sheet (or per roll label); with ``back_side`` each sheet's page is followed
by its back: the same badges with the person's own schedule, columns mirrored so that a
sheet turned over on its long edge puts each back behind its front. "Start at label N"
leaves the first labels of a half-used sheet empty. ``offset_mm`` moves everything by
what the calibration page measured: x to the right, y down.

The PDF is built in memory and written only when complete, so a cancelled or failed run
(``progress`` may raise to cancel) leaves no half-written file.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.db.database import Database
from confdesk.domain.progress import Progress
from confdesk.errors import UserError
from confdesk.output.badges.data import BadgeBatch, BadgePerson, load_badges
from confdesk.output.badges.layouts import Layout, layout_for
from confdesk.output.badges.renderer import BadgeRenderer, FittedField, Placement, fit_fields
from confdesk.output.badges.stocks import DEFAULT_STOCK, Stock, get_stock
from confdesk.output.files import write_file_atomically
from confdesk.output.pdf.canvas import new_canvas

log = logging.getLogger(__name__)
# How often progress is reported: often enough for a smooth bar, rarely enough to cost nothing.
_PROGRESS_EVERY = 20


@dataclass(frozen=True)
class ShrunkText:
    """A badge text printed smaller than is comfortable to read, or shortened."""

    registration_id: int
    name: str  # the person, as a desk would call them
    field: str  # the layout element: "given_name", "family_name", "organization", …
    font_size_pt: float
    shortened: bool = False  # middle names shortened or the text cut with "…"


@dataclass(frozen=True)
class BadgeRun:
    path: Path | None
    pages: int
    badges: int
    registration_ids: tuple[int, ...]
    shrunk: tuple[ShrunkText, ...]


def render_badges(
    database: Database,
    event_id: int,
    out: Path | BinaryIO,
    *,
    stock: str = DEFAULT_STOCK,
    registration_ids: Sequence[int] | None = None,
    only_unprinted: bool = False,
    start_at: int = 1,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    back_side: bool = False,
    layout: str | None = None,
    progress: Progress | None = None,
    logo: Path | None = None,
    photo_mark: bool = False,
) -> BadgeRun:
    """Write the badges of the event (or of ``registration_ids``) as one PDF."""
    chosen = get_stock(stock)
    _check_start_at(chosen, start_at)
    design = layout_for(chosen, layout)
    batch = load_badges(
        database, event_id, registration_ids, only_unprinted=only_unprinted,
        with_schedule=back_side or chosen.fold_over, photo_mark=photo_mark,
    )  # fmt: skip
    if not batch.people:
        raise UserError(
            "There are no badges to print"
            + (": every badge has been printed already." if only_unprinted else "."),
            code="no_badges",
        )
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, _page_size(chosen), f"{batch.event.title} – badges")
    # A logo given here wins over the event's own (confdesk.domain.events.logo).
    chosen_logo: Path | bytes | None = logo or batch.event.logo
    renderer = BadgeRenderer(batch, {"logo": chosen_logo} if chosen_logo else None)
    pages, shrunk = _draw_batch(
        canvas, renderer, batch, chosen, design, start_at, offset_mm, back_side, progress
    )
    canvas.save()
    path = _write(buffer.getvalue(), out)
    log.info(
        "Badges for event %d: %d on %d pages, stock %s, to %s",
        event_id, len(batch.people), pages, chosen.name, path or "a stream",
    )  # fmt: skip
    return BadgeRun(
        path=path,
        pages=pages,
        badges=len(batch.people),
        registration_ids=tuple(person.registration_id for person in batch.people),
        shrunk=tuple(shrunk),
    )


def check_badges(
    database: Database,
    event_id: int,
    *,
    stock: str = DEFAULT_STOCK,
    registration_ids: Sequence[int] | None = None,
    only_unprinted: bool = False,
    layout: str | None = None,
) -> tuple[ShrunkText, ...]:
    """The pre-flight check: which badges' texts would be printed below a readable size
    or shortened. Lays the texts out as :func:`render_badges` does, without a PDF."""
    design = layout_for(get_stock(stock), layout)
    batch = load_badges(database, event_id, registration_ids, only_unprinted=only_unprinted)
    shrunk: list[ShrunkText] = []
    for person in batch.people:
        shrunk.extend(_shrunk(person, fit_fields(design.front, batch, person)))
    return tuple(shrunk)


def _page_size(stock: Stock) -> tuple[float, float]:
    return stock.page_width_mm * mm, stock.page_height_mm * mm


def _check_start_at(stock: Stock, start_at: int) -> None:
    per_page = stock.badges_per_page
    if not 1 <= start_at <= per_page:
        raise UserError(
            f"Label {start_at} is not on a sheet of “{stock.name}”, which has "
            f"{per_page} label{'s' if per_page != 1 else ''}; start at 1 to {per_page}.",
            code="start_at_out_of_range",
            start_at=start_at,
            labels_per_page=per_page,
        )


def _draw_batch(
    canvas: Canvas,
    renderer: BadgeRenderer,
    batch: BadgeBatch,
    stock: Stock,
    design: Layout,
    start_at: int,
    offset_mm: tuple[float, float],
    back_side: bool,
    progress: Progress | None,
) -> tuple[int, list[ShrunkText]]:
    if stock.fold_over:
        return _draw_fold_over(canvas, renderer, batch, stock, design, offset_mm, progress)
    people = batch.people
    total = len(people)
    per_page = stock.labels_per_page
    shrunk: list[ShrunkText] = []
    pages = 0
    slot = start_at - 1
    on_page: list[tuple[int, BadgePerson]] = []
    if progress:
        progress(0, total)
    for done, person in enumerate(people, start=1):
        with badge_frame(canvas, stock, slot, offset_mm) as placement:
            fields = renderer.draw(canvas, design.front, person, placement)
        shrunk.extend(_shrunk(person, fields))
        on_page.append((slot, person))
        slot += 1
        if slot == per_page or done == total:
            canvas.showPage()
            pages += 1
            if back_side:
                for back_slot, back_person in on_page:
                    with badge_frame(canvas, stock, _mirrored(stock, back_slot),
                                     offset_mm) as placement:  # fmt: skip
                        renderer.draw(canvas, design.back, back_person, placement)
                canvas.showPage()
                pages += 1
            slot, on_page = 0, []
        if progress and (done % _PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    return pages, shrunk


def _draw_fold_over(
    canvas: Canvas,
    renderer: BadgeRenderer,
    batch: BadgeBatch,
    stock: Stock,
    design: Layout,
    offset_mm: tuple[float, float],
    progress: Progress | None,
) -> tuple[int, list[ShrunkText]]:
    """One sheet per person: the back on the left half, the front on the right."""
    total = len(batch.people)
    shrunk: list[ShrunkText] = []
    if progress:
        progress(0, total)
    for done, person in enumerate(batch.people, start=1):
        with badge_frame(canvas, stock, 0, offset_mm) as back:
            renderer.draw(canvas, design.back, person, back)
        with badge_frame(canvas, stock, 1, offset_mm) as front:
            shrunk.extend(_shrunk(person, renderer.draw(canvas, design.front, person, front)))
        canvas.showPage()
        if progress and (done % _PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    return total, shrunk


@contextmanager
def badge_frame(
    canvas: Canvas, stock: Stock, slot: int, offset_mm: tuple[float, float]
) -> Iterator[Placement]:
    """Draw in the safe area of label ``slot`` as the badge is read (turned on a roll),
    moved by the printer's offset: x to the right, y down the page."""
    a, b, c, d, e, f = stock.drawing_matrix_mm(slot)
    canvas.saveState()
    canvas.transform(a, b, c, d, (e + offset_mm[0]) * mm, (f - offset_mm[1]) * mm)
    try:
        yield Placement(stock.drawing_size_mm[1] * mm, 0.0, 0.0)
    finally:
        canvas.restoreState()


def _mirrored(stock: Stock, slot: int) -> int:
    """The slot behind ``slot`` when the sheet is turned over on its long edge."""
    row, column = divmod(slot, stock.columns)
    return row * stock.columns + (stock.columns - 1 - column)


def _shrunk(person: BadgePerson, fields: list[FittedField]) -> list[ShrunkText]:
    found = []
    for field in fields:
        fitted = field.fitted
        altered = fitted.shortened or fitted.truncated
        if fitted.lines and (fitted.size < field.element.readable_size or altered):
            found.append(
                ShrunkText(
                    registration_id=person.registration_id,
                    name=person.full_name,
                    field=field.element.name,
                    font_size_pt=fitted.size,
                    shortened=altered,
                )
            )
    return found


def _write(data: bytes, out: Path | BinaryIO) -> Path | None:
    if not isinstance(out, (str, os.PathLike)):
        out.write(data)
        return None
    return write_file_atomically(Path(out), data)


def calibration_page(
    out: Path | BinaryIO,
    *,
    stock: str = DEFAULT_STOCK,
    offset_mm: tuple[float, float] = (0, 0),
    language: str = "en",
) -> None:
    """A page to measure a printer's offset; see :mod:`confdesk.output.badges.calibration`."""
    from confdesk.output.badges.calibration import draw_calibration_page

    chosen = get_stock(stock)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, _page_size(chosen), f"confdesk calibration – {chosen.name}")
    draw_calibration_page(canvas, chosen, offset_mm, language)
    canvas.save()
    _write(buffer.getvalue(), out)
