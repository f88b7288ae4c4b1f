"""The agenda on a 1366×768 laptop (window maximised: about 1366×730): every room of the
demo side by side, titles broken between words only, a side panel that makes room for the
grid when nothing is selected, and a break whose title is never hidden."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtTest import QTest

from confdesk.db.database import open_database
from confdesk.domain.agenda.service import AgendaService, SessionDraft
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.events.service import EventService
from confdesk.ui.agenda.block import SessionBlock
from confdesk.ui.agenda.block_text import ELLIPSIS, wrap_words
from confdesk.ui.agenda.grid import HEADER, MIN_COLUMN_WIDTH
from confdesk.ui.agenda.page import AgendaPage
from confdesk.ui.shell.main_window import MainWindow

LAPTOP = (1366, 730)
LONG_TITLE = "Dorfgemeinschaftsorte: Das digitale Dorfgemeinschaftshaus"
DAY = date(2027, 3, 18)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute))


@pytest.fixture
def demo_window(make_window, database_path: Path) -> MainWindow:
    database = open_database(database_path)
    create_demo_event(database)
    database.close()
    window = make_window(database_path)
    window.resize(*LAPTOP)
    window.show_screen("agenda")
    return window


def on_viewport(page: AgendaPage, scene_rect: QRectF) -> QRectF:
    return QRectF(page.view.mapFromScene(scene_rect).boundingRect())


def header_rects(page: AgendaPage) -> dict[str, QRectF]:
    """Each room's header cell (the whole column width) as it lies on the viewport."""
    geometry = page.scene.geometry
    assert geometry is not None
    return {
        column.name: on_viewport(page, QRectF(geometry.x(index), 0, geometry.column_width, HEADER))
        for index, column in enumerate(geometry.columns)
        if column.room_id is not None
    }


def column_width(page: AgendaPage) -> float:
    geometry = page.scene.geometry
    assert geometry is not None
    return geometry.column_width


def all_rooms_visible(page: AgendaPage) -> bool:
    viewport = QRectF(page.view.viewport().rect())
    return all(viewport.contains(rect) for rect in header_rects(page).values())


def test_every_room_of_the_demo_is_visible_side_by_side_at_1366_px(
    demo_window: MainWindow, qtbot
) -> None:
    page = demo_window.agenda_page
    assert len(header_rects(page)) == 6
    # The grid is laid out again once the view has its size.
    qtbot.waitUntil(lambda: all_rooms_visible(page))
    rooms = [room.name for room in demo_window.current_event.rooms]
    shown = [label.text().replace("\n", " ") for label in page.scene.headers]
    assert shown[: len(rooms)] == rooms  # whole names, not cut
    qtbot.waitUntil(lambda: page.view.horizontalScrollBar().maximum() == 0)


def test_with_the_side_panel_open_columns_keep_a_readable_width_and_the_grid_scrolls(
    demo_window: MainWindow, qtbot
) -> None:
    page = demo_window.agenda_page
    page.panel_button.click()
    assert page.side_tabs.isVisible()
    # A wide panel leaves the grid less than its columns' least width.
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([total - 600, 600])
    qtbot.waitUntil(lambda: column_width(page) == MIN_COLUMN_WIDTH)
    assert page.view.horizontalScrollBar().maximum() > 0
    page.panel_button.click()
    qtbot.waitUntil(lambda: all_rooms_visible(page))


def is_cut_word(token: str, words: list[str]) -> bool:
    return token.endswith(ELLIPSIS) and any(word.startswith(token[:-1]) for word in words)


def assert_words_whole(lines: list[str], title: str) -> None:
    """Each piece of each line is a word of the title, or the start of one ending in "…"
    (a cut word), never the middle or end of a word broken across lines."""
    words = title.split()
    for line in lines:
        for token in line.split():
            assert token in words or is_cut_word(token, words), (token, lines)


def test_titles_wrap_between_words_and_a_too_long_word_is_cut_with_an_ellipsis(qapp) -> None:
    font = QFont()
    font.setPointSizeF(9)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance("Dorfgemeinschaft")  # narrower than the long word
    lines = wrap_words(LONG_TITLE, metrics, width, 10)
    assert_words_whole(lines, LONG_TITLE)
    assert lines[0].startswith("Dorfgemein") and lines[0].endswith(ELLIPSIS)
    assert "Das digitale" in lines
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert not any(re.match(r"f?tsorte|aftshaus", line) for line in lines)
    # More lines than there is room for: the last one shown says that the title goes on.
    (only,) = wrap_words("Das digitale Dorfgemeinschaftshaus", metrics, width, 1)
    assert only.endswith(ELLIPSIS) and only.startswith("Das digitale")


def test_a_line_may_end_after_a_hyphen(qapp) -> None:
    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("Speed-Dating") - 1
    assert wrap_words("Speed-Dating", metrics, width, 3) == ["Speed-", "Dating"]


def test_a_narrow_block_draws_its_title_in_whole_words_with_the_title_in_its_tooltip(
    demo_window: MainWindow, qtbot
) -> None:
    page = demo_window.agenda_page
    event = demo_window.current_event
    seminar = next(room.id for room in event.rooms if room.name == "Seminarraum 1")
    # A second session at the same time halves the block's width.
    AgendaService(demo_window.database).create(
        event.id, SessionDraft("Parallel", at(11, 5), at(11, 55), "workshop", seminar)
    )
    page.reload()
    qtbot.waitUntil(lambda: all_rooms_visible(page))
    block = next(b for b in page.scene.blocks.values() if b.session.title == LONG_TITLE)
    assert block.rect().width() < 80
    title_lines = [line.text for line in block.lines if line.font.bold()]
    assert title_lines
    assert_words_whole(title_lines, LONG_TITLE)
    assert any(is_cut_word(text, LONG_TITLE.split()) for text in title_lines)
    assert block.rect().contains(block.title_rect())
    assert block.toolTip().startswith(LONG_TITLE)


def select_block(page: AgendaPage, title: str) -> SessionBlock:
    block = next(b for b in page.scene.blocks.values() if b.session.title == title)
    point = page.view.mapFromScene(block.sceneBoundingRect().center())
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, point)  # fmt: skip
    return block


def test_the_side_panel_opens_for_a_selected_session_and_closes_without_one(
    demo_window: MainWindow, qtbot
) -> None:
    page = demo_window.agenda_page
    assert not page.side_tabs.isVisible()
    assert not page.panel_button.isChecked()
    block = select_block(page, LONG_TITLE)
    assert page.side_tabs.isVisible() and page.panel_button.isChecked()
    assert page.editor.title_edit.text() == LONG_TITLE
    # A click selects: it does not move the 11:05 session to the 15-minute grid.
    assert block.session.starts_at == at(11, 5)
    assert page.undo_stack.count() == 0
    # At its first width the panel leaves the grid room for every column still.
    qtbot.waitUntil(lambda: all_rooms_visible(page))
    qtbot.waitUntil(lambda: page.view.horizontalScrollBar().maximum() == 0)
    page.scene.clearSelection()
    assert not page.side_tabs.isVisible() and not page.panel_button.isChecked()
    qtbot.waitUntil(lambda: all_rooms_visible(page))
    qtbot.waitUntil(lambda: column_width(page) > 140)


def test_the_splitter_sets_the_panels_width_and_the_people_box_stays_usable(
    demo_window: MainWindow, qtbot
) -> None:
    page = demo_window.agenda_page
    select_block(page, LONG_TITLE)
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([total - 300, 300])
    qtbot.waitUntil(lambda: abs(page.side_tabs.width() - 300) <= 2)
    rows = page.editor.people_list.fontMetrics().lineSpacing()
    assert page.editor.people_list.height() >= 3 * rows
    assert page.editor.people_list.width() > 100
    # Its width is kept the next time the panel opens.
    page.scene.clearSelection()
    select_block(page, "Bildung: Digitale Lernorte in Schule und Bibliothek")
    assert abs(page.side_tabs.width() - 300) <= 2
    page.side_tabs.setCurrentWidget(page.signup_panel)
    for tree in (page.signup_panel.seated_list, page.signup_panel.waiting_list):
        assert tree.height() >= 3 * rows


@pytest.fixture
def break_window(make_window, event_database: Path) -> MainWindow:
    database = open_database(event_database)
    event = EventService(database).list_events()[0]
    first_room = event.rooms[0].id
    service = AgendaService(database)
    service.create(event.id, SessionDraft("Plenum mit langer Diskussion", at(10), at(12),
                                          "talk", first_room))  # fmt: skip
    service.create(event.id, SessionDraft("Kaffeepause", at(11), at(11, 45), "break", None,
                                          spans_all_rooms=True))  # fmt: skip
    database.close()
    window = make_window(event_database)
    window.resize(*LAPTOP)
    window.show_screen("agenda")
    return window


def test_a_break_for_all_rooms_shows_its_title_beside_the_first_rooms_block(
    break_window: MainWindow,
) -> None:
    page = break_window.agenda_page
    blocks = {b.session.title: b for b in page.scene.blocks.values()}
    pause = blocks["Kaffeepause"]
    assert any(line.text == "Kaffeepause" for line in pause.lines)
    title = pause.title_rect()
    assert pause.rect().contains(title)
    for other in page.scene.blocks.values():
        if other is not pause:
            assert not title.intersects(other.rect()), other.session.title
