"""The lp command a print job becomes: what the print dialog chose, in CUPS's words, with
the PDF itself as the job (no Qt, no printer needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from confdesk.domain.printing.cups import (
    PrintOptions,
    Sides,
    lp_command,
    media_for_page,
    pages_printed,
)

MM = 72 / 25.4


@pytest.mark.parametrize(
    ("width_mm", "height_mm", "media"),
    [
        (210, 297, "A4"),
        (297, 210, "A4"),  # landscape A4 is A4: CUPS turns the page onto the sheet
        (148, 210, "A5"),
        (105, 148, "A6"),
        (215.9, 279.4, "Letter"),
        (100, 62, "Custom.62x100mm"),  # a Brother QL label from a 62 mm roll
        (101, 54, "Custom.54x101mm"),
        (89, 41.5, "Custom.41.5x89mm"),
    ],
)
def test_the_medium_is_the_pdf_page_by_name_or_as_a_custom_size(width_mm, height_mm, media):
    assert media_for_page(width_mm * MM, height_mm * MM) == media


def test_a_plain_job_names_printer_copies_medium_sides_and_the_file_last():
    command = lp_command(
        Path("/tmp/badges job.pdf"), PrintOptions(printer="Brother_QL", media="A4", title="Badges")
    )

    assert command == [
        "lp", "-d", "Brother_QL", "-n", "1", "-t", "Badges",
        "-o", "media=A4", "-o", "sides=one-sided", "--", "/tmp/badges job.pdf",
    ]  # fmt: skip


def test_copies_collation_duplex_and_a_page_range_are_passed_on():
    options = PrintOptions(
        printer="office",
        media="A4",
        copies=3,
        collate=False,
        sides=Sides.SHORT_EDGE,
        page_ranges=((2, 5), (7, 7)),
    )

    command = lp_command(Path("b.pdf"), options, lp="/usr/bin/lp")

    assert command[:5] == ["/usr/bin/lp", "-d", "office", "-n", "3"]
    pairs = {command[i + 1] for i, word in enumerate(command) if word == "-o"}
    assert pairs == {
        "media=A4",
        "sides=two-sided-short-edge",
        "collate=false",
        "page-ranges=2-5,7-7",
    }
    assert command[-2:] == ["--", "b.pdf"]


def test_a_file_name_that_looks_like_an_option_stays_a_file_name():
    command = lp_command(Path("-o evil.pdf"), PrintOptions(printer="p", media="A6"))

    assert command[-2:] == ["--", "-o evil.pdf"]
    assert "-t" not in command  # no title asked for, none made up


def test_pages_printed_counts_the_chosen_ranges_within_the_document():
    every = PrintOptions(printer="p", media="A4")
    some = PrintOptions(printer="p", media="A4", page_ranges=((2, 3), (3, 5), (9, 12)))

    assert pages_printed(every, 7) == 7
    assert pages_printed(some, 10) == 4 + 2  # 2-5 once, 9-10 of 9-12
