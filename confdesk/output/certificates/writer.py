"""Certificates of attendance (Teilnahmebescheinigung): one A4 page per person (more when
the sessions do not fit), as one merged PDF or one file per person.

Only people checked in at the venue get one, unless named by id. The sessions listed
are those the person was checked in at (session check-ins not undone,
:mod:`confdesk.domain.checkin.attendance`), with times and the total time spent in them. Each
carries a verification code (:mod:`confdesk.output.certificates.codes`).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from confdesk.db.database import Database
from confdesk.domain.progress import Progress
from confdesk.errors import UserError
from confdesk.normalize import ascii_slug
from confdesk.output.badges.layouts import Align
from confdesk.output.certificates.data import Certificate, CertificateEvent, load_certificates
from confdesk.output.files import unique_file_names, write_file_atomically, write_files_into
from confdesk.output.pdf.canvas import new_canvas
from confdesk.output.pdf.fitting import block_height
from confdesk.output.pdf.fonts import font_name, text_width
from confdesk.output.pdf.text_drawing import BLACK, GREY, boxed_text
from confdesk.words.formatting import time_span
from confdesk.words.printed import CERTIFICATE_TEXTS, CertificateTexts

log = logging.getLogger(__name__)
_WIDTH, _HEIGHT = A4
_MARGIN = 25 * mm
_TEXT_WIDTH = _WIDTH - 2 * _MARGIN
_ROWS_TOP = 162 * mm  # from the page's top: where the session list starts
_ROWS_BOTTOM = 240 * mm  # … and where it has to end, above the signature
_ROW_SIZE = 10.0
_PROGRESS_EVERY = 10


@dataclass(frozen=True)
class CertificateRun:
    paths: tuple[Path, ...]
    certificates: int
    pages: int
    # Who got one, for the print records.
    registration_ids: tuple[int, ...] = ()


def render_certificates(
    database: Database,
    event_id: int,
    out: Path,
    *,
    language: str = "de",
    registration_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    signature_image: Path | None = None,
) -> CertificateRun:
    """``out`` ending in .pdf: one merged PDF; otherwise a folder (created if needed) with
    one PDF per person, named after them in ASCII. Nothing is written if ``progress``
    raises (cancel) or anything fails."""
    texts = CERTIFICATE_TEXTS.get(language)
    if texts is None:
        raise UserError(
            f"Certificates are available in {', '.join(CERTIFICATE_TEXTS)}, not “{language}”.",
            code="unknown_language",
            language=language,
        )
    event, certificates = load_certificates(database, event_id, registration_ids)
    if not certificates:
        raise UserError(
            "There are no certificates to write: nobody has been checked in at the venue.",
            code="no_certificates",
        )
    out = Path(out)
    total = len(certificates)
    report = progress or (lambda _done, _total: None)
    report(0, total)
    if out.suffix.lower() == ".pdf":
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, A4, texts.heading)
        shared = _SharedDrawings(canvas)
        pages = 0
        for done, certificate in enumerate(certificates, start=1):
            pages += _draw_certificate(shared, texts, event, certificate, signature_image)
            if done % _PROGRESS_EVERY == 0 or done == total:
                report(done, total)
        canvas.save()
        written = write_file_atomically(out, buffer.getvalue())
        _log_run(event_id, total, pages, language, out)
        return CertificateRun((written,), total, pages, _ids(certificates))
    files: list[tuple[str, bytes]] = []
    pages = 0
    for done, (name, certificate) in enumerate(
        zip(safe_file_names(certificates), certificates, strict=True), start=1
    ):
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, A4, f"{texts.heading} – {certificate.full_name}")
        pages += _draw_certificate(
            _SharedDrawings(canvas, reuse=False), texts, event, certificate, signature_image
        )
        canvas.save()
        files.append((name, buffer.getvalue()))
        if done % _PROGRESS_EVERY == 0 or done == total:
            report(done, total)
    paths = write_files_into(out, files)
    _log_run(event_id, total, pages, language, out)
    return CertificateRun(paths, total, pages, _ids(certificates))


def _log_run(event_id: int, total: int, pages: int, language: str, out: Path) -> None:
    log.info(
        "Certificates for event %d: %d on %d pages, language %s, to %s",
        event_id, total, pages, language, out,
    )  # fmt: skip


def _ids(certificates: Sequence[Certificate]) -> tuple[int, ...]:
    return tuple(certificate.registration_id for certificate in certificates)


def safe_file_names(certificates: Sequence[Certificate]) -> list[str]:
    """ASCII file names from the people's names, unique within the batch, free of path
    separators and of anything a file system could refuse."""
    return unique_file_names(
        ascii_slug(certificate.name.sort_key)[:80].strip("-")
        or f"registration-{certificate.registration_id}"
        for certificate in certificates
    )


@dataclass
class _SharedDrawings:
    """What every certificate of a PDF prints alike — the fixed sentences, the event, the
    footer, each session's row — drawn once per PDF as a form XObject and placed on each
    page by reference. Drawing those texts anew for each person (fitting, font subsetting,
    escaping in pure Python) took most of a batch's time; a reference costs one operator,
    and the page looks the same."""

    canvas: Canvas
    # A PDF of one person uses each part once: drawn directly, it stays smaller.
    reuse: bool = True
    # What each form shows → its name in the PDF (a plain one: PDF names are ASCII).
    _names: dict[Hashable, str] = field(default_factory=dict)

    def place(self, key: Hashable, draw: Callable[[Canvas], None]) -> None:
        """The form showing ``key``, drawn by ``draw`` the first time. Each form holds its
        texts where they stand on the page: moved by a transformation, they read as one
        line to a PDF reader's text extraction."""
        canvas = self.canvas
        if not self.reuse:
            draw(canvas)
            return
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = f"shared{len(self._names)}"
            canvas.beginForm(name)
            draw(canvas)
            canvas.endForm()
        canvas.doForm(name)


def _draw_certificate(
    shared: _SharedDrawings,
    texts: CertificateTexts,
    event: CertificateEvent,
    certificate: Certificate,
    signature_image: Path | None,
) -> int:
    """Draw one certificate; returns its number of pages."""
    canvas = shared.canvas
    canvas.setFillColor(BLACK)
    shared.place("head", lambda canvas: _draw_head(canvas, texts))
    _line(canvas, certificate.full_name, 72, 16, size=24, bold=True, min_size=12, lines=2)
    if certificate.organization:
        _line(canvas, certificate.organization, 89, 8, size=13, min_size=8, lines=2)
    shared.place("event", lambda canvas: _draw_event(canvas, texts, event))
    pages = _draw_sessions(shared, texts, event, certificate)
    _draw_footer(shared, texts, certificate, signature_image)
    canvas.showPage()
    return pages


def _draw_head(canvas: Canvas, texts: CertificateTexts) -> None:
    _line(canvas, texts.heading, 40, 14, size=26, bold=True)
    _line(canvas, texts.confirms, 62, 8, size=12)


def _draw_event(canvas: Canvas, texts: CertificateTexts, event: CertificateEvent) -> None:
    _line(canvas, texts.took_part, 102, 8, size=12)
    _line(canvas, event.title, 111, 16, size=16, bold=True, min_size=9, lines=2)
    venue = ", ".join(part for part in (event.venue_name, event.venue_address) if part)
    when_where = texts.dates(event.start_date, event.end_date) + (f" · {venue}" if venue else "")
    _line(canvas, when_where, 128, 10, size=11, min_size=7, lines=2)
    if texts.took_part_end:
        _line(canvas, texts.took_part_end, 138, 6, size=12)
    _line(canvas, texts.attended_heading, 150, 8, size=12, bold=True, align=Align.LEFT)


def _draw_sessions(
    shared: _SharedDrawings,
    texts: CertificateTexts,
    event: CertificateEvent,
    certificate: Certificate,
) -> int:
    canvas = shared.canvas
    pages = 1
    top = _ROWS_TOP
    row_height = block_height(1, _ROW_SIZE) + 0.25 * _ROW_SIZE
    if not certificate.sessions:
        _line(canvas, texts.no_sessions, top / mm, 12, size=_ROW_SIZE, min_size=7,
              align=Align.LEFT, lines=2)  # fmt: skip
        return pages
    several_days = event.start_date != event.end_date
    time_width = text_width("00.00.0000  00:00–00:00  " if several_days else "00:00–00:00  ",
                            font_name(False), _ROW_SIZE)  # fmt: skip
    for session in certificate.sessions:
        if top + row_height > _ROWS_BOTTOM:
            _draw_footer(shared, texts, certificate, None)
            canvas.showPage()
            pages += 1
            _line(canvas, f"{texts.heading} – {certificate.full_name} ({texts.continued})",
                  25, 8, size=11, bold=True, min_size=6, align=Align.LEFT)  # fmt: skip
            top = 40 * mm
        day = f"{texts.day(session.starts_at.date())}  " if several_days else ""
        when = day + time_span(session.starts_at, session.ends_at, texts.language)
        what = session.title + (f" ({session.room})" if session.room else "")

        def draw_row(canvas: Canvas, when: str = when, what: str = what, top: float = top) -> None:
            _at(canvas, when, _MARGIN, top, time_width, _ROW_SIZE)
            _at(canvas, what, _MARGIN + time_width, top, _TEXT_WIDTH - time_width, _ROW_SIZE)

        # The same session in the same place: sessions repeat from person to person.
        shared.place(("row", when, what, top), draw_row)
        top += row_height
    hours = texts.total.format(hours=texts.hours(certificate.total))
    _line(canvas, hours, top / mm + 2, 8, size=_ROW_SIZE, bold=True, align=Align.LEFT)
    return pages


def _draw_footer(
    shared: _SharedDrawings,
    texts: CertificateTexts,
    certificate: Certificate,
    signature_image: Path | None,
) -> None:
    canvas = shared.canvas
    line_y = _HEIGHT - 262 * mm
    half = _TEXT_WIDTH / 2 - 10 * mm
    shared.place("footer", lambda canvas: _draw_signature_lines(canvas, texts, line_y, half))
    if signature_image is not None:
        canvas.drawImage(str(signature_image), _WIDTH - _MARGIN - half, line_y + 1 * mm, half,
                         14 * mm, preserveAspectRatio=True, anchor="sw", mask="auto")  # fmt: skip
    _line(canvas, texts.verification.format(code=certificate.code), 280, 6, size=8, min_size=6,
          align=Align.LEFT, color=GREY)  # fmt: skip


def _draw_signature_lines(
    canvas: Canvas, texts: CertificateTexts, line_y: float, half: float
) -> None:
    canvas.setStrokeColor(BLACK)
    canvas.setLineWidth(0.5)
    canvas.line(_MARGIN, line_y, _MARGIN + half, line_y)
    canvas.line(_WIDTH - _MARGIN - half, line_y, _WIDTH - _MARGIN, line_y)
    _at(canvas, texts.place_date, _MARGIN, 263.5 * mm, half, 8)
    _at(canvas, texts.signature, _WIDTH - _MARGIN - half, 263.5 * mm, half, 8)


def _line(
    canvas: Canvas,
    text: str,
    top_mm: float,
    height_mm: float,
    *,
    size: float,
    bold: bool = False,
    min_size: float | None = None,
    lines: int = 1,
    align: Align = Align.CENTER,
    color: Color | None = None,
) -> None:
    """A text in a full-width box ``height_mm`` high, ``top_mm`` below the page's top."""
    rect = (_MARGIN, _HEIGHT - (top_mm + height_mm) * mm, _TEXT_WIDTH, height_mm * mm)
    boxed_text(canvas, text, rect, size=size, min_size=min_size or size * 0.6, bold=bold,
               lines=lines, align=align, color=color)  # fmt: skip


def _at(canvas: Canvas, text: str, x: float, top: float, width: float, size: float) -> None:
    """One left-aligned line in a box of ``width`` at ``top`` points below the page's top."""
    height = block_height(1, size)
    boxed_text(canvas, text, (x, _HEIGHT - top - height, width, height), size=size,
               min_size=size * 0.7)  # fmt: skip
