"""A PDF sent with lp to a real CUPS queue (cups-pdf) comes out as it went in: the pages
asked for, at their size, with their text."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A6
from reportlab.pdfgen.canvas import Canvas

from confdesk.domain.printing.cups import PrintOptions, lp_program, media_for_page, send_to_cups
from confdesk.errors import UserError
from tests.cups_pdf_queue import CupsPdfQueue
from tests.output.pdf_reading import page_glyphs, page_texts


def _numbered_pages(path: Path, count: int) -> None:
    canvas = Canvas(str(path), pagesize=A6)
    for number in range(1, count + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(30, 300, f"Seite {number} von {count}")
        canvas.showPage()
    canvas.save()


def test_pages_two_to_three_of_four_arrive_at_their_size_with_their_text(
    cups_pdf_queue: CupsPdfQueue, tmp_path: Path
) -> None:
    lp = lp_program()
    assert lp is not None
    sent = tmp_path / "numbered pages.pdf"
    _numbered_pages(sent, 4)
    options = PrintOptions(
        printer=cups_pdf_queue.name,
        media=media_for_page(*A6),
        page_ranges=((2, 3),),
        title="confdesk test",
    )

    job = send_to_cups(sent, options, lp)
    arrived = cups_pdf_queue.output_of(job)

    texts = [" ".join(text.split()) for text in page_texts(arrived)]
    assert texts == ["Seite 2 von 4", "Seite 3 von 4"]
    for (width, height), _glyphs in page_glyphs(arrived):
        assert abs(width - A6[0]) < 1.5 and abs(height - A6[1]) < 1.5


def test_a_queue_that_does_not_exist_is_named_with_what_cups_said(
    cups_pdf_queue: CupsPdfQueue, tmp_path: Path
) -> None:
    lp = lp_program()
    assert lp is not None
    sent = tmp_path / "one page.pdf"
    _numbered_pages(sent, 1)

    with pytest.raises(UserError) as refused:
        send_to_cups(sent, PrintOptions(printer="no-such-desk-printer", media="A6"), lp)

    assert refused.value.code == "print_job_refused"
    assert refused.value.params["printer"] == "no-such-desk-printer"
    assert "no-such-desk-printer" in str(refused.value)
    assert refused.value.params["reason"]  # lp's own words
