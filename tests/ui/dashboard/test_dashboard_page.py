"""The dashboard as an organiser and the foyer's projector see it: the demo's figures in
words, a scan at the desk arriving on the dashboard, Ctrl+6, full screen and Esc, an event
nobody has arrived at yet, and the report written from the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from confdesk.db.database import open_database
from confdesk.db.models import CheckinSource
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.reports.figures import EventReport, event_report
from confdesk.ui.dashboard.page import DashboardPage
from confdesk.ui.shell.main_window import MainWindow
from confdesk.words.vocabulary import CATEGORIES


@pytest.fixture
def arrivals_demo(tmp_path: Path) -> tuple[Path, EventReport]:
    """The demo conference as it went, and its figures read before any window opens it."""
    path = tmp_path / "arrivals.sqlite"
    database = open_database(path)
    try:
        summary = create_demo_event(database, attendees=70, seed=5, arrivals=True)
        report = event_report(database, summary.event_id)
    finally:
        database.close()
    return path, report


def shown_dashboard(qtbot, window: MainWindow) -> DashboardPage:
    window.show_screen("dashboard")
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.feed.latest is not None and not page.feed.busy, timeout=15_000)
    return page


def test_the_demo_figures_are_on_screen_in_words(qtbot, make_window, arrivals_demo):
    path, report = arrivals_demo
    page = shown_dashboard(qtbot, make_window(path))
    view = page.view

    assert report.checked_in > 0 and report.no_shows > 0
    assert view.checked_in_tile.value_label.text() == str(report.checked_in)
    assert f"of {report.registered} registered" in view.checked_in_tile.detail_label.text()
    assert view.no_shows_tile.value_label.text() == str(report.no_shows)
    assert view.walk_ins_tile.value_label.text() == str(report.walk_ins)
    steps = report.arrivals[-1].steps
    busiest = max(steps, key=lambda step: step.arrivals)
    assert view.busiest_tile.value_label.text() == str(busiest.arrivals)
    assert view.arrivals_stack.currentWidget() is view.arrivals_view

    assert view.category_chart.lines == [
        f"{CATEGORIES[t.key].english} {t.checked_in} / {t.registered}" for t in report.by_category
    ]
    states = [f"{t.key or 'not stated'} {t.checked_in} / {t.registered}"
              for t in report.by_federal_state]  # fmt: skip
    assert view.state_chart.lines == states
    assert len(view.kind_chart.lines) == len(report.by_organization_kind)
    funding = view.funding_chart.lines
    assert any(line.startswith("Not funded ") for line in funding)
    assert len(funding) == len(report.by_funding)

    table = view.sessions
    assert table.rowCount() == len(report.sessions)
    for row, figures in enumerate(report.sessions):
        assert table.item(row, 1).text() == figures.title
        assert table.item(row, 3).text() == table.load_text(figures)
        if figures.seats:
            assert table.item(row, 3).text().startswith(f"{figures.checked_in} / {figures.seats}")

    # The curve ends at everyone checked in that day.
    so_far = next(s for s in page.view.arrivals_chart.series() if s.name() == "Checked in so far")
    assert so_far.points()[-1].y() == steps[-1].cumulative


def test_a_scan_at_the_desk_reaches_the_dashboard_on_the_projector(qtbot, make_window, demo_copy):
    path = demo_copy(30, 3)
    database = open_database(path)
    try:
        code = next(iter(codes_for_event(database, 1).values()))
    finally:
        database.close()
    window = make_window(path)
    page = shown_dashboard(qtbot, window)
    assert page.view.checked_in_tile.value_label.text() == "0"
    page.show_full_screen()
    projector = page.full_screen
    assert projector is not None
    qtbot.waitUntil(lambda: projector.view.checked_in_tile.value_label.text() == "0")

    window.show_screen("checkin")
    window.checkin_page.play_sound = None
    window.checkin_page.handle_code(code, CheckinSource.SCANNER)

    qtbot.waitUntil(
        lambda: projector.view.checked_in_tile.value_label.text() == "1", timeout=15_000
    )
    assert projector.view.arrivals_stack.currentWidget() is projector.view.arrivals_view
    # The screen in the window, hidden meanwhile, shows it as soon as it is looked at.
    window.show_screen("dashboard")
    qtbot.waitUntil(lambda: page.view.checked_in_tile.value_label.text() == "1", timeout=15_000)
    projector.close()


def test_ctrl_6_opens_the_dashboard(qtbot, make_window, event_database):
    window = make_window(event_database)
    window.show_screen("registrations")

    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)

    assert window.pages.currentWidget() is window.dashboard_page
    assert window.navigation.shortcut_shown(5) == "Ctrl+6"


def test_f11_shows_the_dashboard_alone_and_esc_leaves(qtbot, make_window, arrivals_demo):
    window = make_window(arrivals_demo[0])
    page = shown_dashboard(qtbot, window)

    window.show_screen("registrations")  # from any screen
    qtbot.keyClick(window, Qt.Key.Key_F11)

    projector = page.full_screen
    assert projector is not None
    qtbot.waitUntil(projector.isFullScreen)
    assert projector.isWindow() and projector is not window
    # Larger type than the window's, to be read across a foyer.
    assert projector.view.scale > page.view.scale
    qtbot.waitUntil(lambda: projector.view.checked_in_tile.value_label.text() != "–")

    qtbot.keyClick(projector, Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: page.full_screen is None)
    assert window.isVisible()


def test_before_anybody_arrives_the_dashboard_says_so(qtbot, make_window, demo_copy):
    page = shown_dashboard(qtbot, make_window(demo_copy(30, 3)))
    view = page.view

    assert view.checked_in_tile.value_label.text() == "0"
    assert view.busiest_tile.value_label.text() == "–"
    assert view.arrivals_stack.currentWidget() is view.no_arrivals_label
    assert view.no_arrivals_label.text() == "Nobody has been checked in yet."
    # Everyone registered is still expected, group by group.
    assert all(line.split()[-3] == "0" for line in view.category_chart.lines)


def test_the_report_is_saved_from_the_dashboard_and_says_it_holds_only_totals(
    qtbot, make_window, arrivals_demo, tmp_path, monkeypatch, message_boxes
):
    page = shown_dashboard(qtbot, make_window(arrivals_demo[0]))
    target = tmp_path / "out" / "Report.xlsx"
    target.parent.mkdir()
    offered: list[tuple[str, str]] = []

    def choose(_parent, caption, suggested, _filters):
        offered.append((caption, suggested))
        return str(target)

    monkeypatch.setattr("confdesk.ui.dashboard.page.save_file_name", choose)

    page.report_button.click()

    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert target.is_file() and target.stat().st_size > 0
    caption, suggested = offered[0]
    assert "only totals" in caption
    assert Path(suggested).name == "Report-Regionalkonferenz-Modellprojekte-Smart-Cities.pdf"
    [saved] = message_boxes.texts("information")
    assert str(target) in saved and "only totals" in saved and "no names" in saved
    QApplication.processEvents()
