"""``certificates``: 1,000 certificates of attendance into one merged PDF, in
certificates/s.

A copy of the shared demo database gets venue check-ins for its first 1,000 registrations
and session check-ins for every third session each (written directly, in one transaction:
setup, not measured); then :func:`confdesk.output.certificates.writer.render_certificates` writes
their certificates: attendance queries, verification codes, fitted texts, the PDF.

Floor: the plain way in the same run: one ReportLab page per person with the same texts
(heading, name, organisation, event, each session line, total) placed with ``drawString``
in the same font, no fitting, no codes.
"""

from __future__ import annotations

import io
import sqlite3
from contextlib import closing
from time import perf_counter
from typing import TYPE_CHECKING

from confdesk.bench.scenario import BenchContext, Measurement, Scenario
from confdesk.words.command_line import Said

if TYPE_CHECKING:
    from confdesk.domain.checkin.attendance import AttendedSession

CERTIFICATES = 1_000


def measure(context: BenchContext) -> Measurement:
    from confdesk.db.database import open_database
    from confdesk.domain.checkin.attendance import attended_sessions
    from confdesk.output.certificates.writer import render_certificates

    folder = context.scratch_dir("certificates")
    path = context.demo_copy(folder / "desk.sqlite")
    event_id = context.demo_database().event_id
    with closing(sqlite3.connect(path)) as connection:
        _check_in(connection, event_id)
    database = open_database(path)
    try:
        render_certificates(database, event_id, folder / "warm-up.pdf",
                            registration_ids=[1])  # fmt: skip
        started = perf_counter()
        run = render_certificates(database, event_id, folder / "certificates.pdf")
        ours = perf_counter() - started
        attended = attended_sessions(database, event_id)
    finally:
        database.close()
    started = perf_counter()
    _plain_certificates(attended)
    floor = perf_counter() - started
    return Measurement(
        value=run.certificates / ours,
        floor=len(attended) / floor,
        extra={"certificates": run.certificates, "pages": run.pages, "seconds": ours},
    )


def _check_in(connection: sqlite3.Connection, event_id: int) -> None:
    people = [row[0] for row in connection.execute(
        "SELECT id FROM registrations WHERE event_id = ? AND status = 'registered' "
        "ORDER BY id LIMIT ?", (event_id, CERTIFICATES))]  # fmt: skip
    sessions = [row[0] for row in connection.execute(
        "SELECT id FROM agenda_sessions WHERE event_id = ? ORDER BY starts_at",
        (event_id,))]  # fmt: skip
    rows = []
    for index, person in enumerate(people):
        rows.append((f"bench-{person}", person, None))
        rows.extend(
            (f"bench-{person}-{session}", person, session) for session in sessions[index % 3 :: 3]
        )
    with connection:
        connection.executemany(
            "INSERT INTO checkins (uuid, registration_id, session_id, action, occurred_at, "
            "desk, operator, source) VALUES (?, ?, ?, 'check_in', '2027-03-18 09:00:00.000000', "
            "'bench', 'bench', 'scanner')",
            rows,
        )


def _plain_certificates(attended: dict[int, list[AttendedSession]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from confdesk.output.pdf.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for registration_id, sessions in attended.items():
        canvas.setFont(BOLD, 26)
        canvas.drawCentredString(A4[0] / 2, 700, "Teilnahmebescheinigung")
        canvas.setFont(BOLD, 24)
        canvas.drawCentredString(A4[0] / 2, 640, f"Person {registration_id}")
        canvas.setFont(REGULAR, 10)
        y = 420.0
        for session in sessions:
            canvas.drawString(70, y, f"{session.starts_at:%H:%M}–{session.ends_at:%H:%M}")
            canvas.drawString(140, y, f"{session.title} ({session.room})")
            y -= 14
        canvas.drawString(70, y - 10, "Gesamtdauer")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


SCENARIO = Scenario(
    name="certificates",
    description=Said.BENCH_CERTIFICATES,
    unit="certificates/s",
    target=None,
    measure=measure,
    higher_is_better=True,
)
