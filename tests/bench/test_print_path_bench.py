"""``confdesk bench --only print_path``: 100 badge pages to a printer queue, against plain
``lp`` of the same file where CUPS has a PDF printer; what it reports, not how fast."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from confdesk.cli import main
from tests.cups_pdf_queue import CupsPdfQueue


def _print_path_entry(tmp_path: Path) -> dict:
    report = tmp_path / "bench.json"
    assert main(["bench", "--only", "print_path", "--scale", "200", "--json", str(report)]) == 0
    return json.loads(report.read_text(encoding="utf-8"))["scenarios"]["print_path"]


def test_print_path_sends_100_badge_pages_to_the_cups_pdf_queue_against_lp(
    tmp_path: Path, cups_pdf_queue: CupsPdfQueue, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = _print_path_entry(tmp_path)

    assert entry["unit"] == "pages/s"
    assert entry["pages"] == 100
    assert entry["path"] == "lp (the PDF itself)"
    assert entry["printer"].startswith("CUPS queue ")
    assert entry["value"] == pytest.approx(100 / entry["seconds"])
    assert entry["floor"] == pytest.approx(100 / entry["floor_seconds"])
    # The target: within 2× of the floor; whether it passed is the machine's business.
    assert entry["ratio_target"] == 0.5
    assert entry["passed"] is (entry["ratio"] >= 0.5)
    assert "print_path" in capsys.readouterr().out
