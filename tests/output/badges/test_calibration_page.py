"""The calibration page: label outlines where the stock's measured data puts them, and a
millimetre ruler a person can trust — read back from the PDF's drawing and its pixels."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.units import mm

from confdesk.output.badges.calibration import RULER_INSET_MM
from confdesk.output.badges.stocks import STOCKS, Rect, get_stock
from confdesk.output.badges.writer import calibration_page

PX_PER_MM = 20
TOLERANCE_MM = 0.15  # an outline's bounds include half its 0.3 pt line


def _path_bounds(pdf: Path) -> list[Rect]:
    """Every drawn path's bounding box, in mm from the page's top-left."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        height = page.get_height()
        found = []
        for item in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
            left, bottom, right, top = item.get_bounds()
            found.append(Rect(left / mm, (height - top) / mm, (right - left) / mm,
                              (top - bottom) / mm))  # fmt: skip
        return found
    finally:
        document.close()


def _near(found: Rect, expected: Rect) -> bool:
    return all(
        abs(a - b) <= TOLERANCE_MM
        for a, b in zip(
            (found.left, found.top, found.right, found.bottom),
            (expected.left, expected.top, expected.right, expected.bottom),
            strict=True,
        )
    )


@pytest.mark.parametrize("name", sorted(STOCKS))
def test_outlines_lie_where_the_labels_are(tmp_path: Path, name: str) -> None:
    stock = get_stock(name)
    out = tmp_path / "calibration.pdf"
    calibration_page(out, stock=name)
    paths = _path_bounds(out)
    for slot in range(stock.labels_per_page):
        assert any(_near(path, stock.label_rect(slot)) for path in paths), (name, slot)
        assert any(_near(path, stock.safe_rect(slot)) for path in paths), (name, slot)


def test_the_offset_moves_the_outlines(tmp_path: Path) -> None:
    stock = get_stock("durable-54x90")
    out = tmp_path / "calibration.pdf"
    calibration_page(out, stock=stock.name, offset_mm=(1.5, -2.0))
    paths = _path_bounds(out)
    for slot in range(stock.labels_per_page):
        label = stock.label_rect(slot)
        moved = Rect(label.left + 1.5, label.top - 2.0, label.width, label.height)
        assert any(_near(path, moved) for path in paths), slot
        assert not any(_near(path, label) for path in paths), slot


def _dark_columns(pdf: Path, band_mm: tuple[float, float]) -> set[int]:
    """The pixel columns holding ink within ``band_mm`` (mm from the page's top)."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=PX_PER_MM / (72 / 25.4)).to_pil().convert("L")
    finally:
        document.close()
    top, bottom = (round(value * PX_PER_MM) for value in band_mm)
    strip = image.crop((0, top, image.width, bottom))
    return {
        x
        for x in range(strip.width)
        if strip.crop((x, 0, x + 1, strip.height)).getextrema()[0] < 200
    }


def test_the_ruler_has_a_tick_at_every_millimetre_from_the_edge(tmp_path: Path) -> None:
    stock = get_stock("avery-l4785")
    out = tmp_path / "calibration.pdf"
    calibration_page(out, stock=stock.name)
    # Just below the top ruler's baseline every tick, short or long, is drawn.
    dark = _dark_columns(out, (RULER_INSET_MM + 0.2, RULER_INSET_MM + 1.2))
    for position in range(25, 200):  # right of the left ruler's numbers
        column = position * PX_PER_MM
        assert dark & {column - 1, column, column + 1}, f"no tick at {position} mm"
        middle = column + PX_PER_MM // 2
        assert not dark & {middle - 1, middle, middle + 1}, f"ink between ticks at {position} mm"


def test_the_page_and_the_stock_speak_the_language_asked_for(tmp_path: Path) -> None:
    texts = {}
    for language in ("de", "en"):
        out = tmp_path / f"calibration-{language}.pdf"
        calibration_page(out, stock="avery-l4785", offset_mm=(1.5, -0.5), language=language)
        page = pdfium.PdfDocument(out)[0]
        texts[language] = page.get_textpage().get_text_range()
    assert "Avery-Namensetiketten 80 × 50 mm" in texts["de"]
    assert "Verwendeter Versatz: x +1,5 mm, y −0,5 mm." in texts["de"]
    assert "Offset used: x +1.5 mm, y −0.5 mm." in texts["en"]
    stock = get_stock("durable-54x90")
    assert stock.describe("de").startswith("Namensschild-Einlagen 90 × 54 mm: 90 × 54 mm, 10 pro")
    assert "10 per page" in stock.describe("en")
