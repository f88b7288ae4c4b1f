"""Every screen fits the laptop most desks borrow: 1366×768, the window maximised beneath
a taskbar (1366×728). What a person needs on each screen is on it whole — no essential
column or button pushed off the edge or hidden behind a panel, no header or selector
cut short — in English and in the longer German."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from confdesk.ui.registrations.table_model import Column
from confdesk.ui.shell.main_window import MainWindow

MAXIMISED_ON_1366_X_768 = QSize(1366, 728)


@pytest.fixture(params=["en", "de"])
def language(request, english_ui) -> str:
    english_ui.install(request.param)
    return request.param


def fitted(qtbot, window: MainWindow) -> MainWindow:
    window.resize(MAXIMISED_ON_1366_X_768)
    qtbot.waitUntil(lambda: window.size() == MAXIMISED_ON_1366_X_768)
    QApplication.processEvents()  # the layouts follow the new size
    return window


@pytest.fixture
def small_window(qtbot, language, make_window, demo_copy) -> MainWindow:
    return fitted(qtbot, make_window(demo_copy(180, 1)))


def show(qtbot, window: MainWindow, screen: str) -> None:
    window.show_screen(screen)
    QApplication.processEvents()


def unseen_part(widget: QWidget) -> str | None:
    """Where ``widget`` is not wholly on screen: hidden, or cut by the edge of a parent
    (the window, a splitter pane, a scroll area's viewport). None when it is all there."""
    if not widget.isVisible():
        return "hidden"
    rect = widget.rect()
    current = widget
    while not current.isWindow():
        parent = current.parentWidget()
        assert parent is not None
        rect = rect.translated(current.pos())
        if not parent.rect().contains(rect):
            return f"cut by {type(parent).__name__} {parent.objectName()!r}"
        current = parent
    return None


def assert_wholly_shown(widgets: Iterable[QWidget]) -> None:
    problems = [
        f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}: {problem}"
        for widget in widgets
        if (problem := unseen_part(widget)) is not None
    ]
    assert not problems, problems


def header_text_fits(header: QHeaderView, section: int) -> bool:
    """As the style lays out a header label: a margin either side, and room for the sort
    arrow where it is drawn."""
    text = str(header.model().headerData(section, Qt.Orientation.Horizontal))
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        needed += header.height() // 2 + 2 * margin
    return needed <= header.sectionSize(section)


def assert_columns_shown(
    table: QTableView, columns: Iterable[Column], whole_cells: Iterable[Column] = ()
) -> None:
    """Each column lies inside the table's visible area with its header text whole; in
    ``whole_cells`` also every cell shown (the short words: category, status, yes)."""
    assert unseen_part(table) is None
    header = table.horizontalHeader()
    viewport_width = table.viewport().width()
    for column in columns:
        assert not table.isColumnHidden(column), column.name
        left = header.sectionViewportPosition(column)
        right = left + header.sectionSize(column)
        assert left >= 0 and right <= viewport_width, (column.name, left, right, viewport_width)
        assert header_text_fits(header, column), (column.name, header.sectionSize(column))
    metrics = table.fontMetrics()
    padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    rows = range(table.rowAt(0), table.rowAt(table.viewport().height() - 1) + 1)
    assert len(rows) > 5, "the list shows a handful of people at least"
    for column in whole_cells:
        for row in rows:
            text = str(table.model().index(row, column).data() or "")
            needed = metrics.horizontalAdvance(text) + padding
            assert needed <= table.columnWidth(column), (column.name, text)


def assert_shows_whole_text(combo: QComboBox) -> None:
    """The text of the closed selector, wrapped at spaces if it wraps, fits its field."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    text = combo.currentText()
    assert text
    needed = combo.fontMetrics().boundingRect(
        QRect(0, 0, field.width(), 10_000), Qt.TextFlag.TextWordWrap, text
    )
    assert needed.width() <= field.width() and needed.height() <= field.height(), (
        text,
        needed,
        field,
    )
    assert unseen_part(combo) is None


def test_the_window_takes_the_size_of_a_small_laptop(small_window):
    assert small_window.minimumSizeHint().width() <= MAXIMISED_ON_1366_X_768.width()
    assert small_window.size() == MAXIMISED_ON_1366_X_768


def test_welcome_page_fits(qtbot, language, make_window, database_path):
    window = fitted(qtbot, make_window(database_path))
    page = window.welcome_page
    assert window.pages.currentWidget() is page
    assert_wholly_shown(
        [page.heading, page.explanation, page.create_event_button, page.load_demo_button,
         page.open_database_button, page.new_database_button]
    )  # fmt: skip
    assert_wholly_shown([window.database_label])


def test_event_screen_fits(qtbot, small_window):
    show(qtbot, small_window, "event")
    page = small_window.event_page
    form = page.form
    assert_wholly_shown(
        [form.title_edit, form.start_date_edit, form.end_date_edit, form.venue_name_edit,
         form.timezone_combo, form.language_combo, page.rooms_editor.table,
         page.rooms_editor.add_button, page.save_button, page.revert_button, page.logo_button]
    )  # fmt: skip
    assert_shows_whole_text(small_window.event_combo)


ESSENTIAL_REGISTRATION_COLUMNS = (
    Column.NAME,
    Column.ORGANIZATION,
    Column.POSITION,
    Column.CATEGORY,
    Column.STATUS,
    Column.CHECKED_IN,
)
SHORT_WORDS = (Column.CATEGORY, Column.STATUS, Column.CHECKED_IN)


def test_registrations_screen_shows_every_essential_column(qtbot, small_window):
    show(qtbot, small_window, "registrations")
    page = small_window.registrations_page
    assert_wholly_shown(
        [page.search_edit, page.count_label, *page.filter_combos, page.new_button,
         page.walk_in_button, page.undo_button, page.duplicates_button, page.import_button,
         page.export_button]
    )  # fmt: skip
    assert_columns_shown(page.table, ESSENTIAL_REGISTRATION_COLUMNS, SHORT_WORDS)
    assert_shows_whole_text(small_window.event_combo)


def test_registrations_screen_keeps_the_columns_beside_the_edit_panel(qtbot, small_window):
    show(qtbot, small_window, "registrations")
    page = small_window.registrations_page
    page.table.selectRow(3)
    QApplication.processEvents()
    assert page.form.isEnabled()
    assert_wholly_shown(
        [page.form.given_name_edit, page.form.family_name_edit, page.form.category_combo,
         page.save_button]
    )  # fmt: skip
    assert_columns_shown(page.table, ESSENTIAL_REGISTRATION_COLUMNS, SHORT_WORDS)


def test_check_in_screen_fits(qtbot, small_window):
    show(qtbot, small_window, "checkin")
    page = small_window.checkin_page
    assert_wholly_shown(
        [page.place_combo, page.check_out_box, page.operator_edit, page.desk_button,
         page.sound_box, page.result_panel, page.search_edit, page.check_in_button,
         page.print_button, page.walk_in_button, page.undo_button, page.arrived_label]
    )  # fmt: skip
    assert_columns_shown(
        page.matches,
        (Column.NAME, Column.ORGANIZATION, Column.CATEGORY, Column.STATUS, Column.CHECKED_IN),
        SHORT_WORDS,
    )
    assert_shows_whole_text(small_window.event_combo)


def test_print_screen_fits(qtbot, small_window):
    show(qtbot, small_window, "print")
    page = small_window.print_page
    assert_wholly_shown(
        [page.kind_combo, page.selection_combo, page.stock_combo, page.start_spin,
         page.back_box, page.calibration_button, page.preview_button, page.print_button,
         page.save_button]
    )  # fmt: skip
    assert_shows_whole_text(small_window.event_combo)


def test_agenda_screen_controls_fit(qtbot, small_window):
    """The grid and its side panel are measured by the agenda's own tests."""
    show(qtbot, small_window, "agenda")
    page = small_window.agenda_page
    assert_wholly_shown(
        [page.undo_button, page.redo_button, page.new_button, page.new_plenary_button,
         page.color_combo, page.export_button, page.day_tabs]
    )  # fmt: skip
    assert_shows_whole_text(small_window.event_combo)


def test_agenda_side_panel_tabs_show_their_words_whole(qtbot, small_window):
    """At the panel's first width each tab's name is read whole: no tab pushed behind
    scroll arrows, none cut to "Li…" — also with the sign-up counts of a big session."""
    show(qtbot, small_window, "agenda")
    page = small_window.agenda_page
    biggest = max(
        (s for s in page._sessions if s.capacity is not None),
        key=lambda s: (s.signup_required or s.round_number is not None, s.capacity),
    )
    page.select_session(biggest.id)
    qtbot.waitUntil(page.side_tabs.isVisible)
    QApplication.processEvents()
    assert "(" in page.side_tabs.tabText(1)  # the counts are in the tab's name
    bar = page.side_tabs.tabBar()
    assert_wholly_shown([page.side_tabs, bar])
    metrics = bar.fontMetrics()
    problems = [
        bar.tabText(index)
        for index in range(bar.count())
        if not bar.rect().contains(bar.tabRect(index))
        or bar.tabRect(index).width() < metrics.horizontalAdvance(bar.tabText(index))
    ]
    assert not problems, (problems, bar.width())


def test_status_line_fits(qtbot, small_window):
    show(qtbot, small_window, "registrations")
    assert_wholly_shown([small_window.counts_label])


def test_check_in_list_shows_its_words_whole_in_a_new_window(
    qtbot, language, make_window, demo_copy
):
    """The first window of a fresh laptop, at confdesk's own default size."""
    window = make_window(demo_copy(180, 1))
    show(qtbot, window, "checkin")
    assert_columns_shown(
        window.checkin_page.matches,
        (Column.NAME, Column.ORGANIZATION, Column.CATEGORY, Column.STATUS, Column.CHECKED_IN),
        SHORT_WORDS,
    )


def test_dashboard_fits(qtbot, small_window):
    """Every figure of the dashboard on screen at once, nothing to scroll to but the
    sessions' list."""
    show(qtbot, small_window, "dashboard")
    page = small_window.dashboard_page
    qtbot.waitUntil(lambda: page.feed.latest is not None and not page.feed.busy, timeout=15_000)
    view = page.view
    assert_wholly_shown(
        [page.report_button, page.full_screen_button, page.as_of_label, *view.tiles,
         view.arrivals_stack, view.sessions, view.sessions_title, *view.group_charts]
    )  # fmt: skip
    for tile in view.tiles:
        assert_wholly_shown([tile.caption_label, tile.value_label, tile.detail_label])
    for chart in view.group_charts:
        # Each group a readable row: no group squeezed below a line of text.
        assert chart.height() >= chart.fontMetrics().height() * (len(chart.groups) + 3)
    header = view.sessions.horizontalHeader()
    load_column = view.sessions.COLUMNS - 1
    assert header_text_fits(header, load_column)
    assert (
        header.sectionViewportPosition(load_column) + header.sectionSize(load_column)
        <= view.sessions.viewport().width()
    )
    assert_shows_whole_text(small_window.event_combo)
