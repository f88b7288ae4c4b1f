"""``print_path``: 100 badge pages from the PDF to a printer queue, in pages/s.

The badges of the first 100 registrations, one per page (stock ``a6``), are printed the way
the print screen prints them (:func:`confdesk.ui.printing.pdf_printing.prepare_print_job`,
as its worker thread runs it), from reading the dialog's choice until the queue has
finished the job:

- where CUPS has a PDF printer (a queue with the cups-pdf back end), to that queue: the
  PDF itself goes with ``lp``. Floor: ``lp -d QUEUE FILE`` of the same file in the same
  run, also until the queue has finished it. Target: within 2× of the floor.
- else to Qt's PDF printer ("print to file"), the path Windows takes: every page
  rendered at 300 dpi. Floor: copying the PDF, the plainest way to put it in that file.
  No target: it is another kind of work.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING

from confdesk.bench.scenario import BenchContext, BenchError, Measurement, Scenario
from confdesk.words.command_line import Said

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

PAGES = 100
STOCK = "a6"  # one badge per page
RATIO_TARGET = 0.5  # within 2× of the floor (pages/s: higher is better)
JOB_TIMEOUT_S = 600.0
RUNS = 3


def measure(context: BenchContext) -> Measurement:
    from confdesk.db.database import open_database
    from confdesk.output.badges.writer import render_badges

    demo = context.demo_database()
    with closing(sqlite3.connect(demo.path)) as plain:
        ids = [
            row[0]
            for row in plain.execute(
                "SELECT id FROM registrations WHERE event_id = ? AND status = 'registered' "
                "ORDER BY id LIMIT ?",
                (demo.event_id, PAGES),
            )
        ]
    folder = context.scratch_dir("print_path")
    pdf = folder / "badges.pdf"
    database = open_database(demo.path)
    try:
        run = render_badges(database, demo.event_id, pdf, stock=STOCK, registration_ids=ids)
    finally:
        database.close()
    queue = cups_pdf_printer()
    if queue is not None:
        return _to_cups(pdf, run.pages, queue)
    return _to_qt_pdf_printer(pdf, run.pages, folder)


def cups_pdf_printer() -> str | None:
    """A CUPS queue whose printer is the cups-pdf back end, where CUPS runs."""
    from confdesk.domain.printing.cups import lp_program

    lpstat = shutil.which("lpstat")
    if lp_program() is None or lpstat is None:
        return None
    devices = subprocess.run([lpstat, "-v"], capture_output=True, text=True, check=False)
    for line in devices.stdout.splitlines():
        # "device for confdesk-test: cups-pdf:/"
        name, _, uri = line.removeprefix("device for ").partition(": ")
        if uri.startswith("cups-pdf:"):
            return name
    return None


def _to_cups(pdf: Path, pages: int, queue: str) -> Measurement:
    from confdesk.domain.printing.cups import lp_program

    lp = lp_program()
    assert lp is not None
    application = _qt_application()
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from confdesk.ui.printing.pdf_printing import prepare_print_job

    info = QPrinterInfo.printerInfo(queue)
    if info.isNull():
        raise BenchError(f"Qt does not see the CUPS queue {queue}.")
    document = QPdfDocument(application)
    document.load(str(pdf))

    def ours() -> tuple[float, float]:
        started = perf_counter()
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        outcome = prepare_print_job(pdf, document, printer)(_no_progress)
        queued = perf_counter() - started
        _wait_until_done(queue, outcome.job_id)
        return queued, perf_counter() - started

    def floor() -> tuple[float, float]:
        started = perf_counter()
        result = subprocess.run(
            [lp, "-d", queue, "--", str(pdf)], capture_output=True, text=True, check=False
        )
        queued = perf_counter() - started
        if result.returncode != 0:
            raise BenchError(f"lp failed: {result.stderr.strip()}")
        _wait_until_done(queue, result.stdout.split()[3])
        return queued, perf_counter() - started

    # Alternating, so both see the same machine; the fastest of the runs each (CUPS and
    # Ghostscript on a shared machine vary by half from one job to the next).
    runs = [(ours(), floor()) for _ in range(RUNS)]
    ours_queued, ours_s = min((run[0] for run in runs), key=lambda pair: pair[1])
    floor_queued, floor_s = min((run[1] for run in runs), key=lambda pair: pair[1])
    document.close()
    return Measurement(
        value=pages / ours_s,
        floor=pages / floor_s,
        ratio_target=RATIO_TARGET,
        extra={
            "printer": f"CUPS queue {queue} (cups-pdf)",
            "path": "lp (the PDF itself)",
            "pages": pages,
            "seconds": ours_s,
            "floor_seconds": floor_s,
            "queued_s": ours_queued,
            "floor_queued_s": floor_queued,
            "pdf_bytes": pdf.stat().st_size,
        },
    )


def _to_qt_pdf_printer(pdf: Path, pages: int, folder: Path) -> Measurement:
    application = _qt_application()
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from confdesk.ui.printing.pdf_printing import prepare_print_job

    document = QPdfDocument(application)
    document.load(str(pdf))
    printed = folder / "printed.pdf"
    started = perf_counter()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    prepare_print_job(pdf, document, printer)(_no_progress)
    ours_s = perf_counter() - started
    document.close()
    started = perf_counter()
    shutil.copyfile(pdf, folder / "copied.pdf")
    floor_s = perf_counter() - started
    return Measurement(
        value=pages / ours_s,
        floor=pages / floor_s,
        extra={
            "printer": "Qt's PDF printer (no CUPS PDF printer here)",
            "path": "pages rendered at 300 dpi",
            "pages": pages,
            "seconds": ours_s,
            "floor_seconds": floor_s,
            "pdf_bytes": pdf.stat().st_size,
            "spool_bytes": printed.stat().st_size,
        },
    )


def _qt_application() -> QCoreApplication:
    """QPrinter and QtPdf need an application object; the bench shows no window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _no_progress(_done: int, _total: int) -> None:
    """The bench has no Cancel."""


def _wait_until_done(queue: str, job_id: str) -> None:
    """Until CUPS lists the job as completed (polled: lp has no way to wait)."""
    deadline = time.monotonic() + JOB_TIMEOUT_S
    while time.monotonic() < deadline:
        completed = subprocess.run(
            ["lpstat", "-W", "completed", "-o", queue], capture_output=True, text=True, check=False
        ).stdout
        if any(line.split()[:1] == [job_id] for line in completed.splitlines()):
            return
        time.sleep(0.02)
    raise BenchError(f"the print job {job_id} did not finish within {JOB_TIMEOUT_S:g} s")


SCENARIO = Scenario(
    name="print_path",
    description=Said.BENCH_PRINT_PATH,
    unit="pages/s",
    target=None,
    measure=measure,
    higher_is_better=True,
)
