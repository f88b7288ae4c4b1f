"""Every badge stock against the makers' (and drivers') published dimensions, and every
demo badge inside its label's safe area on every stock — read from the PDF as a ruler
(glyph boxes) and as a printer (pixels) would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pdf_reading import EVENT_ID, decoded_codes, page_glyphs
from PIL import Image, ImageChops, ImageDraw
from reportlab.lib.units import mm

from confdesk.db.database import Database
from confdesk.output.badges.stocks import STOCKS, Rect, Stock, get_stock
from confdesk.output.badges.writer import render_badges

A4 = (210.0, 297.0)
PX_PER_MM = 10  # 0.1 mm per pixel: finer than any printer's registration
INK = 235  # a pixel darker than this is ink (anti-aliased edges fade to white)


@dataclass(frozen=True)
class Published:
    source: str
    page: tuple[float, float]  # as the driver sees the page: width × height
    label: tuple[float, float]
    grid: tuple[int, int] = (1, 1)  # columns × rows
    first: tuple[float, float] = (0.0, 0.0)  # the first label's left and top edge
    pitch: tuple[float, float] = (0.0, 0.0)
    radius: float = 0.0
    # Roll printers: the printable width (dots at 300 dpi) across the tape.
    printable_dots_across: int | None = None


# Written here from the sources named, not from confdesk's own table.
PUBLISHED: dict[str, Published] = {
    "a6": Published("ISO 216: A6 is 105 × 148 mm", (105, 148), (105, 148), pitch=(105, 148)),
    "a6-4up": Published(
        "ISO 216: A4 210 × 297 holds 2 × 2 A6", A4, (105, 148), (2, 2), pitch=(105, 148)
    ),
    "a7-8up": Published(
        "ISO 216: A4 holds 2 × 4 landscape A7 (74 × 105)", A4, (105, 74), (2, 4), pitch=(105, 74)
    ),
    "a6-fold": Published(
        "ISO 216: landscape A5 (210 × 148) is two A6 side by side",
        (210, 148),
        (105, 148),
        (2, 1),
        pitch=(105, 148),
    ),
    "avery-l4785": Published(
        "glabels-qt templates/avery-iso-templates.xml, Avery L4785: width 80mm height 50mm "
        "round 4mm, Layout nx 2 ny 5 x0 18mm y0 13mm dx 95mm dy 55mm",
        A4,
        (80, 50),
        (2, 5),
        (18, 13),
        (95, 55),
        radius=4,
    ),
    "herma-4412": Published(
        'pretix badges exporter, "HERMA 50 x 80 mm (4412)": margins 13.5/17.5/13.5/17.5 mm, '
        "offsets 95 × 55 mm, 2 columns × 5 rows on A4",
        A4,
        (80, 50),
        (2, 5),
        (17.5, 13.5),
        (95, 55),
    ),
    "durable-54x90": Published(
        'pretix, "DURABLE BADGEMAKER® 54 x 90 mm (1445-02)": margins 12/15/15/15 mm, '
        "offsets 90 × 54 mm, 2 × 5",
        A4,
        (90, 54),
        (2, 5),
        (15, 12),
        (90, 54),
    ),
    "durable-60x90": Published(
        'pretix, "DURABLE BADGEMAKER® 60 x 90 mm (1456-02)": margins 28.5/15/28.5/15 mm, '
        "offsets 90 × 60 mm, 2 × 4",
        A4,
        (90, 60),
        (2, 4),
        (15, 28.5),
        (90, 60),
    ),
    "durable-40x75": Published(
        'pretix, "DURABLE BADGEMAKER® 40 x 75 mm (1453-02)": margins 28.5/30/28.5/30 mm, '
        "offsets 75 × 40 mm, 2 × 6",
        A4,
        (75, 40),
        (2, 6),
        (30, 28.5),
        (75, 40),
    ),
    "brother-ql-62": Published(
        'brother_ql labels.py, "62": 62 mm endless, 732 dots total, 696 printable at 300 dpi; '
        "cut at 100 mm (the length confdesk chooses)",
        (62, 100),
        (62, 100),
        printable_dots_across=696,
    ),
    "dymo-54x101": Published(
        "glabels-qt templates/dymo-other-templates.xml, DYMO 99014: width 54mm height 101mm; "
        "LabelWriter paper table: 638 dots wide, 608 printable",
        (54, 101),
        (54, 101),
        printable_dots_across=608,
    ),
    "dymo-41x89": Published(
        "glabels-qt templates/dymo-other-templates.xml, DYMO 11356: width 41mm height 89mm; "
        "LabelWriter paper table: 488 dots wide, 459 printable",
        (41, 89),
        (41, 89),
        printable_dots_across=459,
    ),
    "zebra-57x102": Published(
        'CUPS zebra.ppd: PageSize w162h288 "2.25x4.00"" (points), the whole page imageable',
        (57.15, 101.6),
        (57.15, 101.6),
    ),
}


def test_every_stock_has_published_dimensions() -> None:
    assert set(STOCKS) == set(PUBLISHED)


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_the_stock_matches_its_published_dimensions(name: str) -> None:
    stock, published = get_stock(name), PUBLISHED[name]
    assert (stock.page_width_mm, stock.page_height_mm) == pytest.approx(published.page)
    assert (stock.label_width_mm, stock.label_height_mm) == pytest.approx(published.label)
    assert (stock.columns, stock.rows) == published.grid
    assert (stock.left_mm, stock.top_mm) == pytest.approx(published.first)
    if stock.labels_per_page > 1:
        pitch = (stock.pitch_x_mm if stock.columns > 1 else published.pitch[0],
                 stock.pitch_y_mm if stock.rows > 1 else published.pitch[1])  # fmt: skip
        assert pitch == pytest.approx(published.pitch)
    assert stock.corner_radius_mm == pytest.approx(published.radius)
    if published.printable_dots_across is not None:
        unprintable = stock.unprintable.left + stock.unprintable.right
        # abs: a tape's width in whole millimetres is not a whole number of dots.
        assert stock.page_width_mm - unprintable == pytest.approx(
            published.printable_dots_across * 25.4 / 300, abs=0.05
        )


@pytest.mark.parametrize("name", sorted(STOCKS))
def test_labels_lie_on_the_page_apart_and_keep_a_safe_area(name: str) -> None:
    stock = get_stock(name)
    last = stock.label_rect(stock.labels_per_page - 1)
    assert stock.left_mm >= 0 and stock.top_mm >= 0
    assert last.right <= stock.page_width_mm + 1e-9 and last.bottom <= stock.page_height_mm + 1e-9
    assert stock.columns == 1 or stock.pitch_x_mm >= stock.label_width_mm
    assert stock.rows == 1 or stock.pitch_y_mm >= stock.label_height_mm
    assert stock.safe.at_least(stock.unprintable)
    # Rounded corners: the safe area's corner lies inside the arc (r·(1 − 1/√2) at least).
    assert min(stock.safe.top, stock.safe.left) >= stock.corner_radius_mm * (1 - 0.5**0.5)


@pytest.mark.parametrize("name", sorted(name for name, stock in STOCKS.items() if stock.roll))
def test_roll_pages_are_the_tape_as_the_driver_sees_it(name: str) -> None:
    stock = get_stock(name)
    # Portrait, the tape's width as the page's width; the badge reads along the tape.
    assert stock.page_width_mm < stock.page_height_mm
    assert stock.turned and stock.landscape
    # 2 mm clear of both long edges (a 62 mm Brother roll prints only its middle 58.9 mm).
    assert stock.safe.left >= 2.0 and stock.safe.right >= 2.0


def test_the_old_80x50_name_still_works() -> None:
    assert get_stock("label-80x50") is get_stock("avery-l4785")


@pytest.mark.parametrize("name", sorted(STOCKS))
def test_demo_badges_stay_inside_the_safe_area_on_every_stock(
    demo: Database, tmp_path: Path, name: str, long_name_id: int
) -> None:
    stock = get_stock(name)
    people = [*_people(demo, stock), long_name_id]
    out = tmp_path / "badges.pdf"
    run = render_badges(demo, EVENT_ID, out, stock=name, registration_ids=people,
                        back_side=not stock.fold_over)  # fmt: skip
    safe = [stock.safe_rect(slot) for slot in range(stock.labels_per_page)]
    for (_width, height), glyphs in page_glyphs(out):
        assert glyphs
        for glyph in glyphs:  # the text, read as vectors
            left, top = glyph.left / mm, (height - glyph.top) / mm
            right, bottom = glyph.right / mm, (height - glyph.bottom) / mm
            assert any(_contains(rect, left, top, right, bottom) for rect in safe), glyph
    for number, outside in enumerate(_ink_outside(out, stock)):
        assert outside is None, f"{name}, page {number + 1}: ink at {outside} (px, 10 px/mm)"
    # Every front's code scans, turned or not.
    assert len(decoded_codes(out, scale=3.0)) == run.badges == len(people)


def test_the_offset_moves_every_badge_on_the_page(demo: Database, tmp_path: Path) -> None:
    people = _people(demo, get_stock("brother-ql-62"))[:1]
    for name in ("avery-l4785", "brother-ql-62"):
        plain, moved = tmp_path / f"{name}.pdf", tmp_path / f"{name}-moved.pdf"
        render_badges(demo, EVENT_ID, plain, stock=name, registration_ids=people)
        render_badges(demo, EVENT_ID, moved, stock=name, registration_ids=people,
                      offset_mm=(1.5, 2.0))  # fmt: skip
        [(_size, before)], [(_size2, after)] = page_glyphs(plain), page_glyphs(moved)
        assert len(before) == len(after)
        for old, new in zip(before, after, strict=True):
            assert (new.left - old.left) / mm == pytest.approx(1.5, abs=0.05)
            assert (old.top - new.top) / mm == pytest.approx(2.0, abs=0.05)  # down the page


def _people(demo: Database, stock: Stock) -> list[int]:
    """A full sheet (two pages' worth of labels on small sheets) or three roll labels."""
    count = 3 if stock.roll or stock.fold_over else min(stock.labels_per_page, 12)
    with demo.engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql(
            "SELECT id FROM registrations WHERE event_id = ? AND status = 'registered' "
            "ORDER BY sort_name, id LIMIT ?", (EVENT_ID, count))]  # fmt: skip


def _contains(rect: Rect, left: float, top: float, right: float, bottom: float) -> bool:
    slack = 0.2  # mm: pdfium's glyph boxes are rounded
    return (
        left >= rect.left - slack
        and top >= rect.top - slack
        and right <= rect.right + slack
        and bottom <= rect.bottom + slack
    )


def _ink_outside(pdf: Path, stock: Stock) -> list[tuple[int, int, int, int] | None]:
    """Per page: the bounding box (pixels) of any ink outside every label's safe area."""
    document = pdfium.PdfDocument(pdf)
    found = []
    try:
        for page in document:
            image = page.render(scale=PX_PER_MM / (72 / 25.4)).to_pil().convert("L")
            ink = image.point(lambda value: 255 if value < INK else 0)
            allowed = Image.new("L", image.size, 0)
            draw = ImageDraw.Draw(allowed)
            for slot in range(stock.labels_per_page):
                rect = stock.safe_rect(slot)
                # One pixel of slack each side for anti-aliasing.
                draw.rectangle(
                    [rect.left * PX_PER_MM - 1, rect.top * PX_PER_MM - 1,
                     rect.right * PX_PER_MM + 1, rect.bottom * PX_PER_MM + 1],
                    fill=255,
                )  # fmt: skip
            found.append(ImageChops.subtract(ink, allowed).getbbox())
    finally:
        document.close()
    return found
