"""``badges``: 1,000 badges with QR codes on ``a6-4up`` from the demo event, in badges/s.

The first 1,000 registrations (by id) of the shared demo database are drawn into one PDF
in memory with :func:`confdesk.output.badges.writer.render_badges`: loading, fitting every text,
vector QR codes, writing the PDF.

Floor: the plain way in the same run, on the same people: per badge a QR code made with
the ``qrcode`` package, saved as PNG and placed with ReportLab's ``drawImage``, and the
names with ``drawString`` in the same font, four badges per A4 page.
"""

from __future__ import annotations

import io
import sqlite3
from contextlib import closing
from time import perf_counter

from confdesk.bench.scenario import BenchContext, Measurement, Scenario
from confdesk.words.command_line import Said

BADGES = 1_000


def measure(context: BenchContext) -> Measurement:
    from confdesk.db.database import open_database
    from confdesk.domain.checkin.codes import codes_for_event
    from confdesk.output.badges.writer import render_badges

    demo = context.demo_database()
    event_id = demo.event_id
    with closing(sqlite3.connect(demo.path)) as plain:
        rows = plain.execute(
            "SELECT id, given_name, family_name FROM registrations WHERE event_id = ? "
            "ORDER BY id LIMIT ?",
            (event_id, BADGES),
        ).fetchall()
    ids = [row[0] for row in rows]
    database = open_database(demo.path)
    try:
        render_badges(database, event_id, io.BytesIO(), registration_ids=ids[:8])  # warm-up
        started = perf_counter()
        run = render_badges(database, event_id, io.BytesIO(), registration_ids=ids)
        ours = perf_counter() - started
        codes = codes_for_event(database, event_id)
    finally:
        database.close()
    started = perf_counter()
    _plain_badges([(codes[row[0]], row[1], row[2]) for row in rows])
    floor = perf_counter() - started
    return Measurement(
        value=run.badges / ours,
        floor=len(rows) / floor,
        extra={"badges": run.badges, "pages": run.pages, "seconds": ours, "floor_seconds": floor},
    )


def _plain_badges(people: list[tuple[str, str, str]]) -> bytes:
    import qrcode
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from confdesk.output.pdf.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for index, (code, given, family) in enumerate(people):
        slot = index % 4
        x = (slot % 2) * 105 * mm
        y = A4[1] - (slot // 2 + 1) * 148 * mm
        canvas.setFont(BOLD, 30)
        canvas.drawCentredString(x + 52.5 * mm, y + 110 * mm, given)
        canvas.setFont(REGULAR, 20)
        canvas.drawCentredString(x + 52.5 * mm, y + 95 * mm, family)
        png = io.BytesIO()
        qrcode.make(code, error_correction=qrcode.constants.ERROR_CORRECT_M).save(png)
        png.seek(0)
        canvas.drawImage(ImageReader(png), x + 32.5 * mm, y + 20 * mm, 40 * mm, 40 * mm)
        if slot == 3 or index == len(people) - 1:
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


SCENARIO = Scenario(
    name="badges",
    description=Said.BENCH_BADGES,
    unit="badges/s",
    target=500.0,
    measure=measure,
    higher_is_better=True,
)
