"""Badge PDFs read as a person (text), a scanner (pixels) and a ruler (boxes) would."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest
from pdf_reading import (
    EVENT_ID,
    LONG_GIVEN,
    SPECIAL_NAMES,
    Glyph,
    decoded_codes,
    page_glyphs,
    page_texts,
)
from reportlab.lib.units import mm

from confdesk.db.database import Database
from confdesk.db.models import PrintKind, ScanStatus
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.domain.printing.records import record_prints, unprinted_ids
from confdesk.errors import UserError
from confdesk.output.badges.layouts import CategoryBand, ScheduleElement, TextElement, layout_for
from confdesk.output.badges.stocks import STOCKS, get_stock
from confdesk.output.badges.writer import check_badges, render_badges

TOLERANCE = 0.5  # points: pdfium's boxes are rounded


def _registered(database: Database) -> list[int]:
    with database.engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql(
            "SELECT id FROM registrations WHERE event_id = ? AND status = 'registered' "
            "ORDER BY sort_name, id", (EVENT_ID,))]  # fmt: skip


def test_every_registered_person_gets_a_badge_with_a_qr_code_that_checks_them_in(
    demo: Database, tmp_path: Path
) -> None:
    out = tmp_path / "badges.pdf"
    run = render_badges(demo, EVENT_ID, out)
    registered = _registered(demo)
    assert run.registration_ids == tuple(registered)
    assert run.pages == math.ceil(len(registered) / 4)
    codes = codes_for_event(demo, EVENT_ID)
    decoded = decoded_codes(out)
    assert sorted(decoded) == sorted(codes[rid] for rid in registered)
    with CheckinDesk(demo, EVENT_ID) as desk:
        for code in decoded:
            assert desk.check_in(code).status is ScanStatus.ACCEPTED


def test_every_name_is_in_the_text_as_registered(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    render_badges(demo, EVENT_ID, out)
    text = "\n".join(page_texts(out))
    for name in SPECIAL_NAMES:
        assert name in text
    with demo.engine.connect() as connection:
        names = connection.exec_driver_sql(
            "SELECT given_name, family_name FROM registrations WHERE event_id = ? "
            "AND status = 'registered' AND length(given_name) < 20", (EVENT_ID,)).all()  # fmt: skip
    for given, family in names:
        assert given in text
        assert family in text or len(family) > 30


@pytest.mark.parametrize("stock_name", sorted(STOCKS))
def test_pages_match_the_stock_and_no_glyph_leaves_its_box(
    demo: Database, tmp_path: Path, stock_name: str, long_name_id: int
) -> None:
    stock = get_stock(stock_name)
    ids = [*_registered(demo)[:9], long_name_id]
    out = tmp_path / "badges.pdf"
    render_badges(demo, EVENT_ID, out, stock=stock_name, registration_ids=ids, back_side=True)
    layout = layout_for(stock)
    pages = page_glyphs(out)
    for number, ((width, height), glyphs) in enumerate(pages):
        assert width == pytest.approx(stock.page_width_mm * mm, abs=0.5)
        assert height == pytest.approx(stock.page_height_mm * mm, abs=0.5)
        if stock.fold_over:  # every sheet: the back on the left, the front on the right
            boxes = _text_boxes(stock, layout.back, height, slots=[0])
            boxes += _text_boxes(stock, layout.front, height, slots=[1])
        else:
            elements = layout.back if number % 2 else layout.front
            boxes = _text_boxes(stock, elements, height)
        assert glyphs
        for glyph in glyphs:
            assert glyph.left >= 0 and glyph.right <= width and glyph.bottom >= 0
            assert glyph.top <= height
            assert any(_inside(glyph, box) for box in boxes), (stock_name, number, glyph)


def _text_boxes(stock, elements, page_height, *, slots=None):  # type: ignore[no-untyped-def]
    """The text boxes of every slot (or of ``slots``): a mirrored back side lands on a
    slot of the same page, so it needs no special case."""
    boxes = []
    for slot in range(stock.labels_per_page) if slots is None else slots:
        for element in elements:
            if isinstance(element, TextElement | CategoryBand | ScheduleElement):
                box = element.box
                rect = stock.page_rect(slot, box.x, box.y, box.width, box.height)
                boxes.append((rect.left * mm, page_height - rect.bottom * mm,
                              rect.width * mm, rect.height * mm))  # fmt: skip
    return boxes


def _inside(glyph: Glyph, box: tuple[float, float, float, float]) -> bool:
    x, y, width, height = box
    return (
        glyph.left >= x - TOLERANCE
        and glyph.right <= x + width + TOLERANCE
        and glyph.bottom >= y - TOLERANCE
        and glyph.top <= y + height + TOLERANCE
    )


def test_a_name_too_long_for_the_badge_is_shortened_and_reported(
    demo: Database, tmp_path: Path, long_name_id: int
) -> None:
    # On A6 the name wraps at a readable size; a DYMO label is too small for it.
    assert check_badges(demo, EVENT_ID, registration_ids=[long_name_id]) == ()
    reported = check_badges(demo, EVENT_ID, registration_ids=[long_name_id], stock="dymo-54x101")
    assert "family_name" in {item.field for item in reported}
    assert all(item.registration_id == long_name_id for item in reported)
    out = tmp_path / "long.pdf"
    run = render_badges(demo, EVENT_ID, out, registration_ids=[long_name_id], stock="dymo-54x101")
    assert run.shrunk
    text = page_texts(out)[0]
    assert "Anna" in text and "Konstanze" in text  # the given names wrap, whole
    assert LONG_GIVEN not in text.replace("\r\n", "\n")  # …onto two lines


def test_the_preflight_check_finds_nothing_on_ordinary_names(demo: Database) -> None:
    assert check_badges(demo, EVENT_ID, registration_ids=_registered(demo)[:5]) == ()


def test_start_at_leaves_the_first_labels_of_the_sheet_empty(
    demo: Database, tmp_path: Path
) -> None:
    out = tmp_path / "badges.pdf"
    run = render_badges(demo, EVENT_ID, out, registration_ids=_registered(demo)[:3], start_at=3)
    assert run.pages == 2
    (size, glyphs), _second = page_glyphs(out)
    # a6-4up: labels 1 and 2 are the top row; everything printed lies in the bottom half.
    assert glyphs and all(glyph.top <= size[1] / 2 + TOLERANCE for glyph in glyphs)


def test_start_at_beyond_the_sheet_is_refused(demo: Database) -> None:
    with pytest.raises(UserError) as raised:
        render_badges(demo, EVENT_ID, io.BytesIO(), start_at=5)
    assert raised.value.code == "start_at_out_of_range"


def test_unknown_stock_names_the_choices(demo: Database) -> None:
    with pytest.raises(UserError) as raised:
        render_badges(demo, EVENT_ID, io.BytesIO(), stock="a5")
    assert raised.value.code == "unknown_stock"
    assert "a6-4up" in raised.value.params["choices"]


def test_only_unprinted_skips_badges_recorded_as_printed(demo: Database) -> None:
    registered = _registered(demo)
    assert record_prints(demo, registered[:5], PrintKind.BADGE, stock="a6-4up").count == 5
    assert unprinted_ids(demo, EVENT_ID, PrintKind.BADGE) == registered[5:]
    run = render_badges(demo, EVENT_ID, io.BytesIO(), only_unprinted=True)
    assert run.registration_ids == tuple(registered[5:])
    # A certificate printed is not a badge printed.
    assert unprinted_ids(demo, EVENT_ID, PrintKind.CERTIFICATE) == registered


def test_back_side_puts_each_back_behind_its_front(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    first = _registered(demo)[:1]
    render_badges(demo, EVENT_ID, out, registration_ids=first, back_side=True)
    (front_size, front), (_back_size, back) = page_glyphs(out)
    half = front_size[0] / 2
    assert all(glyph.right <= half + TOLERANCE for glyph in front)  # label 1: left column
    assert all(glyph.left >= half - TOLERANCE for glyph in back)  # its back: right column


def test_cancelling_through_progress_writes_nothing(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"

    def cancel(done: int, _total: int) -> None:
        if done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        render_badges(demo, EVENT_ID, out, progress=cancel)
    assert not out.exists()


def test_a_fold_over_badge_has_its_back_beside_its_front_on_one_sheet(
    demo: Database, tmp_path: Path
) -> None:
    out = tmp_path / "badges.pdf"
    people = _registered(demo)[:3]

    run = render_badges(demo, EVENT_ID, out, stock="a6-fold", registration_ids=people)

    assert run.pages == 3  # one A5 sheet per person
    codes = codes_for_event(demo, EVENT_ID)
    assert decoded_codes(out) == [codes[person] for person in people]
    texts = page_texts(out)
    for (size, glyphs), text in zip(page_glyphs(out), texts, strict=True):
        assert size == (pytest.approx(210 * mm, abs=0.5), pytest.approx(148 * mm, abs=0.5))
        half = size[0] / 2
        assert "Mein Programm" in text or "My programme" in text
        assert any(glyph.right <= half for glyph in glyphs)  # the back, left
        assert any(glyph.left >= half for glyph in glyphs)  # the front, right
    with pytest.raises(UserError) as raised:
        render_badges(demo, EVENT_ID, out, stock="a6-fold", start_at=2)
    assert raised.value.code == "start_at_out_of_range"


def test_the_event_logo_is_printed_on_every_front(demo: Database, tmp_path: Path) -> None:
    import pypdfium2
    import pypdfium2.raw as pdfium_c
    from PIL import Image

    from confdesk.domain.events.logo import set_logo

    logo = io.BytesIO()
    Image.new("RGB", (300, 100), (200, 30, 30)).save(logo, format="PNG")
    set_logo(demo, EVENT_ID, logo.getvalue())
    out = tmp_path / "badges.pdf"

    run = render_badges(demo, EVENT_ID, out, registration_ids=_registered(demo)[:4])

    document = pypdfium2.PdfDocument(str(out))
    try:
        images = [
            len(list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))) for page in document
        ]
    finally:
        document.close()
    assert run.pages == 1 and images == [4]  # one logo per badge (the QR codes are vectors)
