"""The print screen's photo mark: a badge option the desk remembers, drawn into the PDF
the preview shows, and off for certificates."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from confdesk import settings
from confdesk.db.models import PrintKind
from confdesk.output.badges.renderer import PHOTO_NO, PHOTO_OK
from confdesk.settings import Settings


@pytest.fixture
def window(make_window, demo_copy):
    window = make_window(demo_copy(12, 4))
    window.show_screen("print")
    return window


def _colour_pixels(pdf: Path, colour: str) -> int:
    wanted = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    found = 0
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in document:
            data = page.render(scale=1).to_pil().convert("RGB").tobytes()
            found += sum(
                1
                for i in range(0, len(data), 3)
                if all(abs(data[i + k] - wanted[k]) <= 12 for k in range(3))
            )
    finally:
        document.close()
    return found


def _preview(qtbot, page) -> Path:
    page.preview()
    qtbot.waitUntil(lambda: page._task is None and page._pdf is not None, timeout=60_000)
    return page._pdf


def test_the_photo_mark_is_drawn_remembered_and_only_for_badges(qtbot, window) -> None:
    page = window.print_page
    plain = _preview(qtbot, page)
    assert _colour_pixels(plain, PHOTO_OK) == 0 and _colour_pixels(plain, PHOTO_NO) == 0

    page.photo_box.setChecked(True)
    assert page._pdf is None  # the old preview went at once
    marked = _preview(qtbot, page)

    assert _colour_pixels(marked, PHOTO_OK) > 0  # the demo's programme people all agreed
    assert Settings().get(settings.PRINT_PHOTO_MARK) is True
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(PrintKind.CERTIFICATE.value))
    assert not page.photo_box.isEnabled()
