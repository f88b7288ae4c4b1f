"""The agenda screen as an organiser uses it: dragging blocks to move, resize and create
sessions, the keyboard, undo and redo of every edit, and conflicts that come and go."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from confdesk.db.database import open_database
from confdesk.domain.agenda.service import AgendaService, SessionDraft
from confdesk.domain.events.service import EventDraft, EventService
from confdesk.ui.agenda.grid import PX_PER_MINUTE
from confdesk.ui.shell.app import DeskApplication
from confdesk.ui.shell.main_window import MainWindow

DAY = date(2027, 3, 18)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute))


@pytest.fixture
def agenda_database(event_database: Path) -> Path:
    database = open_database(event_database)
    event = EventService(database).list_events()[0]
    rooms = {room.name: room.id for room in event.rooms}
    service = AgendaService(database)
    service.create(event.id, SessionDraft("Begrüßung", at(10), at(10, 30), "talk",
                                          rooms["Großer Saal"]))  # fmt: skip
    service.create(event.id, SessionDraft("Workshop Innenstadt", at(11), at(12), "workshop",
                                          rooms["Seminarraum 1"]))  # fmt: skip
    database.close()
    return event_database


@pytest.fixture
def window(make_window, agenda_database: Path) -> MainWindow:
    window = make_window(agenda_database)
    window.show_screen("agenda")
    return window


def sessions(window: MainWindow) -> dict[str, object]:
    service = AgendaService(window.database)
    return {s.title: s for s in service.list_sessions(window.current_event.id)}


def block_point(window: MainWindow, title: str, *, bottom: bool = False) -> QPoint:
    """Where the block of ``title`` is on the viewport: its middle, or its bottom edge."""
    page = window.agenda_page
    block = next(b for b in page.scene.blocks.values() if b.session.title == title)
    rect = block.sceneBoundingRect()
    point = QPointF(rect.center().x(), rect.bottom() - 2 if bottom else rect.center().y())
    return page.view.mapFromScene(point)


def drag(window: MainWindow, start: QPoint, end: QPoint) -> None:
    viewport = window.agenda_page.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = (start + end) / 2
    QTest.mouseMove(viewport, QPoint(int(middle.x()), int(middle.y())))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def column_width(window: MainWindow) -> int:
    """The width of a room's column as the grid is drawn now (it follows the view's)."""
    geometry = window.agenda_page.scene.geometry
    assert geometry is not None
    return int(geometry.column_width)


def minutes(count: int) -> int:
    return round(count * PX_PER_MINUTE)


def test_agenda_is_ctrl_5_and_shows_the_sessions(window: MainWindow, qtbot) -> None:
    window.show_screen("event")
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.agenda_page
    assert window.pages.currentWidget() is page
    assert {b.session.title for b in page.scene.blocks.values()} == {
        "Begrüßung",
        "Workshop Innenstadt",
    }
    assert page.session_list.topLevelItemCount() == 2
    assert page.day_tabs.count() == 1


def test_drag_moves_across_rooms_and_undo_redo_take_it_back(window: MainWindow) -> None:
    start = block_point(window, "Begrüßung")
    end = start + QPoint(column_width(window), minutes(60))
    drag(window, start, end)
    moved = sessions(window)["Begrüßung"]
    rooms = {r.name: r.id for r in window.current_event.rooms}
    assert (moved.starts_at, moved.ends_at, moved.room_id) == (
        at(11),
        at(11, 30),
        rooms["Seminarraum 1"],
    )
    page = window.agenda_page
    assert page.undo_action.text().startswith("Undo Move")
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = sessions(window)["Begrüßung"]
    assert (back.starts_at, back.room_id) == (at(10), rooms["Großer Saal"])
    QTest.keyClick(
        page.view, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert sessions(window)["Begrüßung"].starts_at == at(11)


def test_moving_onto_another_session_shows_a_conflict_until_undone(window: MainWindow) -> None:
    page = window.agenda_page
    assert page.conflict_list.count() == 0
    drag(window, block_point(window, "Begrüßung"),
         block_point(window, "Begrüßung") + QPoint(column_width(window), minutes(60)))  # fmt: skip
    assert page.conflict_list.count() == 1
    assert "overlap in Seminarraum 1" in page.conflict_list.item(0).text()
    blocks = {b.session.title: b for b in page.scene.blocks.values()}
    assert blocks["Workshop Innenstadt"].has_conflict
    assert "⚠" in blocks["Workshop Innenstadt"].toolTip()
    # Clicking the warning selects a block of it.
    page.scene.clearSelection()
    item = page.conflict_list.item(0)
    page.conflict_list.itemClicked.emit(item)
    assert page.scene.selected_id() in {s.id for s in sessions(window).values()}
    page.undo_stack.undo()
    assert page.conflict_list.count() == 0
    assert not any(b.has_conflict for b in page.scene.blocks.values())


def test_resizing_by_the_bottom_edge(window: MainWindow) -> None:
    start = block_point(window, "Workshop Innenstadt", bottom=True)
    drag(window, start, start + QPoint(0, minutes(30)))
    assert sessions(window)["Workshop Innenstadt"].ends_at == at(12, 30)
    assert sessions(window)["Workshop Innenstadt"].starts_at == at(11)
    window.agenda_page.undo_stack.undo()
    assert sessions(window)["Workshop Innenstadt"].ends_at == at(12)


def test_dragging_in_empty_space_creates_and_undo_deletes(window: MainWindow) -> None:
    page = window.agenda_page
    geometry = page.scene.geometry
    top = QPointF(geometry.x(0) + 20, geometry.y(at(14)))
    start = page.view.mapFromScene(top)
    drag(window, start, start + QPoint(0, minutes(90)))
    created = sessions(window)["New session"]
    assert (created.starts_at, created.ends_at) == (at(14), at(15, 30))
    assert page.scene.selected_id() == created.id
    page.undo_stack.undo()
    assert "New session" not in sessions(window)
    page.undo_stack.redo()
    assert sessions(window)["New session"].id == created.id


def test_a_session_drawn_beside_a_round_s_workshop_joins_that_round(
    make_window, agenda_database: Path
) -> None:
    database = open_database(agenda_database)
    service = AgendaService(database)
    event = EventService(database).list_events()[0]
    workshop = next(s for s in service.list_sessions(event.id) if s.kind == "workshop")
    service.update(workshop.id, replace(workshop.draft(), round_number=1, signup_required=True))
    database.close()
    window = make_window(agenda_database)
    window.show_screen("agenda")
    page = window.agenda_page
    geometry = page.scene.geometry
    # The workshop is in the second room at 11:00: the new one is drawn in the first.
    start = page.view.mapFromScene(QPointF(geometry.x(0) + 20, geometry.y(at(11))))
    drag(window, start, start + QPoint(0, minutes(60)))
    created = sessions(window)["New session"]
    assert created.starts_at == at(11)
    assert (created.kind, created.round_number, created.signup_required) == ("workshop", 1, True)


def test_a_session_drawn_at_another_time_stays_a_talk(window: MainWindow) -> None:
    page = window.agenda_page
    geometry = page.scene.geometry
    start = page.view.mapFromScene(QPointF(geometry.x(0) + 20, geometry.y(at(11, 30))))
    drag(window, start, start + QPoint(0, minutes(30)))
    created = sessions(window)["New session"]
    assert (created.kind, created.round_number) == ("talk", None)


def test_keyboard_moves_resizes_and_deletes(window: MainWindow) -> None:
    page = window.agenda_page
    workshop = sessions(window)["Workshop Innenstadt"]
    page.select_session(workshop.id)
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Down)
    QTest.keyClick(page.view, Qt.Key.Key_Left)
    QTest.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = sessions(window)["Workshop Innenstadt"]
    rooms = {r.name: r.id for r in window.current_event.rooms}
    assert (moved.starts_at, moved.ends_at, moved.room_id) == (
        at(11, 15),
        at(12, 30),
        rooms["Großer Saal"],
    )
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Workshop Innenstadt" not in sessions(window)
    for _ in range(4):
        page.undo_stack.undo()
    restored = sessions(window)["Workshop Innenstadt"]
    assert (restored.starts_at, restored.ends_at, restored.room_id) == (
        at(11),
        at(12),
        rooms["Seminarraum 1"],
    )


def test_side_panel_edits_are_undoable_and_impossible_times_refused(window: MainWindow) -> None:
    page = window.agenda_page
    page.select_session(sessions(window)["Begrüßung"].id)
    editor = page.editor
    editor.title_edit.setText("Begrüßung und Grußworte")
    editor.capacity_spin.setValue(150)
    editor.apply_button.click()
    edited = sessions(window)["Begrüßung und Grußworte"]
    assert edited.capacity == 150
    editor.end_edit.setTime(editor.start_edit.time())
    editor.apply_button.click()
    assert "end after it starts" in editor.error_label.text()
    page.undo_stack.undo()
    assert "Begrüßung" in sessions(window)


def test_a_break_for_all_rooms_in_one_action(window: MainWindow) -> None:
    page = window.agenda_page
    page.select_session(sessions(window)["Begrüßung"].id)
    page.new_plenary_action.trigger()
    created = sessions(window)["Pause"]
    assert created.spans_all_rooms and created.starts_at == at(10, 30)
    block = page.scene.blocks[created.id]
    assert block.rect().width() > 1.5 * column_width(window)


@pytest.fixture
def two_day_window(make_window, agenda_database: Path) -> MainWindow:
    database = open_database(agenda_database)
    events = EventService(database)
    event = events.list_events()[0]
    events.update(event.id, replace(event.draft(), end_date=date(2027, 3, 19)))
    database.close()
    window = make_window(agenda_database)
    window.show_screen("agenda")
    return window


def test_dragging_a_block_onto_another_days_tab_moves_it_there(
    two_day_window: MainWindow,
) -> None:
    window = two_day_window
    page = window.agenda_page
    tabs = page.day_tabs
    assert tabs.count() == 2 and tabs.currentIndex() == 0
    viewport = page.view.viewport()
    start = block_point(window, "Workshop Innenstadt")
    on_tab = viewport.mapFromGlobal(tabs.mapToGlobal(tabs.tabRect(1).center()))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(0, -20))
    QTest.mouseMove(viewport, on_tab)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       on_tab)  # fmt: skip
    moved = sessions(window)["Workshop Innenstadt"]
    rooms = {r.name: r.id for r in window.current_event.rooms}
    next_day = date(2027, 3, 19)
    assert (moved.starts_at, moved.ends_at, moved.room_id) == (
        datetime.combine(next_day, time(11)),
        datetime.combine(next_day, time(12)),
        rooms["Seminarraum 1"],
    )
    # The screen follows the session to its new day, where it stays selected.
    assert tabs.currentIndex() == 1
    assert page.scene.blocks[page.scene.selected_id()].session.title == "Workshop Innenstadt"
    assert page.undo_action.text().startswith("Undo Move “Workshop Innenstadt” to ")
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sessions(window)["Workshop Innenstadt"].starts_at == at(11)
    assert tabs.currentIndex() == 0


def test_dropping_on_the_current_days_tab_changes_nothing(two_day_window: MainWindow) -> None:
    page = two_day_window.agenda_page
    tabs = page.day_tabs
    viewport = page.view.viewport()
    start = block_point(two_day_window, "Begrüßung")
    on_tab = viewport.mapFromGlobal(tabs.mapToGlobal(tabs.tabRect(0).center()))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, on_tab)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       on_tab)  # fmt: skip
    assert sessions(two_day_window)["Begrüßung"].starts_at == at(10)
    assert page.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "Thu 3/18/2027"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "Do. 18.03.2027"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "Thu 18/03/2027"),
    ],
)
def test_the_side_panel_shows_the_day_with_a_four_digit_year(
    window: MainWindow, locale: QLocale, shown: str
) -> None:
    QLocale.setDefault(locale)
    page = window.agenda_page
    page.select_session(sessions(window)["Begrüßung"].id)
    assert page.editor.date_edit.text() == shown
    # Typed in the user's way, the day is read back as the same date.
    page.editor.apply_button.click()
    assert sessions(window)["Begrüßung"].starts_at == at(10)


def test_with_no_session_selected_the_side_panel_is_empty(window: MainWindow) -> None:
    page = window.agenda_page
    page.select_session(sessions(window)["Begrüßung"].id)
    assert page.editor.title_edit.text() == "Begrüßung"
    page.scene.clearSelection()
    editor = page.editor
    assert editor.title_edit.text() == ""
    # Not a made-up day such as "1/1/00".
    assert editor.date_edit.text() == "–"
    assert not editor.apply_button.isEnabled()


def test_a_short_block_shows_its_title_first_on_one_line_cut_at_its_edge(
    window: MainWindow,
) -> None:
    long_title = "Impuls: Drei Staffeln Modellprojekte Smart Cities – Zwischenbilanz"
    event = window.current_event
    rooms = {room.name: room.id for room in event.rooms}
    AgendaService(window.database).create(
        event.id, SessionDraft(long_title, at(9, 30), at(9, 45), "talk", rooms["Großer Saal"])
    )
    page = window.agenda_page
    page.reload()
    block = next(b for b in page.scene.blocks.values() if b.session.title == long_title)
    assert block.rect().height() < 44  # a 15-minute block
    (line,) = block.lines
    assert line.text.startswith("Impuls: ")
    assert line.text.endswith("…")
    assert block.rect().contains(block.title_rect())


def press_undo(window: MainWindow, *, redo: bool = False) -> None:
    """Ctrl+Z (or Ctrl+Y) as the keyboard sends it: to the widget with the focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    key = Qt.Key.Key_Y if redo else Qt.Key.Key_Z
    QTest.keyClick(focus, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_right_after_apply_undoes_the_edit_with_the_focus_in_the_title(
    window: MainWindow, qtbot
) -> None:
    page = window.agenda_page
    page.select_session(sessions(window)["Begrüßung"].id)
    editor = page.editor
    editor.title_edit.setFocus()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    editor.title_edit.selectAll()
    QTest.keyClicks(editor.title_edit, "Grußworte")
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert "Grußworte" in sessions(window)
    # The label names the session as it is called now, not as it was before the rename.
    assert page.undo_action.text() == "Undo Edit “Grußworte”"
    assert editor.title_edit.hasFocus()

    press_undo(window)
    assert "Begrüßung" in sessions(window)
    assert "Grußworte" not in sessions(window)
    press_undo(window, redo=True)
    assert "Grußworte" in sessions(window)


def test_ctrl_z_while_typing_in_the_title_undoes_the_typing_only(window: MainWindow, qtbot) -> None:
    page = window.agenda_page
    page.select_session(sessions(window)["Begrüßung"].id)
    page.editor.capacity_spin.setValue(150)
    page.editor.apply_button.click()
    assert page.undo_stack.canUndo()
    title_edit = page.editor.title_edit
    title_edit.setFocus()
    qtbot.waitUntil(title_edit.hasFocus)
    title_edit.end(False)
    QTest.keyClicks(title_edit, "!")
    assert title_edit.text() == "Begrüßung!"

    press_undo(window)
    # The typing is taken back; the applied change stays.
    assert title_edit.text() == "Begrüßung"
    assert sessions(window)["Begrüßung"].capacity == 150
    assert page.undo_stack.canUndo()


def test_switching_the_language_keeps_the_agenda_history(
    qtbot, qapp, user_settings, agenda_database: Path
) -> None:
    desk = DeskApplication(qapp, user_settings)
    try:
        desk.languages.install("en")
        first = desk.open_window(agenda_database)
        qtbot.addWidget(first)
        first.show()
        first.show_screen("agenda")
        page = first.agenda_page
        page.select_session(sessions(first)["Begrüßung"].id)
        page.editor.title_edit.setText("Grußworte")
        page.editor.apply_button.click()
        assert "Grußworte" in sessions(first)

        german = next(a for a in first.language_actions.actions() if a.data() == "de")
        german.trigger()
        second = desk.window
        assert second is not None and second is not first
        qtbot.addWidget(second)
        history = second.agenda_page.undo_stack
        assert history.canUndo()
        assert second.agenda_page.undo_action.isEnabled()
        # Named in the language the window speaks now, not in the one it spoke then.
        assert history.undoText() == "„Grußworte“ bearbeiten"
        assert second.agenda_page.undo_action.text() == "Rückgängig „Grußworte“ bearbeiten"
        second.agenda_page.undo_action.trigger()
        assert "Begrüßung" in sessions(second)
        assert "Grußworte" not in sessions(second)
        history.redo()
        assert "Grußworte" in sessions(second)
        second.release()
    finally:
        desk.languages.install("en")
        desk.setParent(None)


def test_enter_in_any_single_line_field_of_the_session_applies(window: MainWindow, qtbot) -> None:
    """Apply looks like the default button; Enter in the workshop round (or the capacity,
    a time, a choice) applies as it does in the title."""
    page = window.agenda_page
    page.select_session(sessions(window)["Workshop Innenstadt"].id)
    editor = page.editor
    editor.round_spin.setFocus()
    qtbot.waitUntil(editor.round_spin.hasFocus)
    editor.round_spin.selectAll()
    QTest.keyClicks(editor.round_spin, "2")
    QTest.keyClick(editor.round_spin, Qt.Key.Key_Return)
    assert sessions(window)["Workshop Innenstadt"].round_number == 2

    editor.kind_combo.setFocus()
    qtbot.waitUntil(editor.kind_combo.hasFocus)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("talk"))
    QTest.keyClick(editor.kind_combo, Qt.Key.Key_Return)
    assert sessions(window)["Workshop Innenstadt"].kind == "talk"
    # Once only: one Enter is one step to undo.
    assert page.undo_action.text() == "Undo Edit “Workshop Innenstadt”"


def test_a_new_break_is_named_in_the_event_s_language(window: MainWindow) -> None:
    """The title goes onto the printed programme, which speaks the event's language
    (German here) whatever language the window speaks (English here)."""
    page = window.agenda_page
    assert window.current_event.language == "de"
    assert page.undo_action.text() == "Undo"  # the window speaks English

    page.new_session(plenary=True)

    assert "Pause" in sessions(window)


@pytest.fixture
def roomless_database(database_path: Path) -> Path:
    database = open_database(database_path)
    EventService(database).create(
        EventDraft(title="Fachtag Ehrenamt", start_date=DAY, end_date=DAY, venue_name="Rathaus"),
        [],
    )
    database.close()
    return database_path


def test_an_event_without_rooms_says_where_rooms_are_added_and_goes_there(
    make_window, roomless_database: Path, qtbot
) -> None:
    window = make_window(roomless_database)
    window.show_screen("agenda")
    page = window.agenda_page
    assert page.no_rooms_hint.isVisible()
    assert "Event screen" in page.no_rooms_label.text()
    qtbot.mouseClick(page.add_rooms_button, Qt.MouseButton.LeftButton)
    rooms = window.event_page.rooms_editor
    assert window.pages.currentWidget() is window.event_page
    assert rooms.table.rowCount() == 1
    # The new row's name is being typed: the first key goes into it.
    assert rooms.table.state() == QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: rooms.table.viewport().isAncestorOf(QApplication.focusWidget()))
    QTest.keyClicks(QApplication.focusWidget(), "Ratssaal")
    assert window.event_page.save()  # takes the name still being typed
    window.show_screen("agenda")
    assert not page.no_rooms_hint.isVisible()
    assert [column.name for column in page.scene.geometry.columns][:1] == ["Ratssaal"]


def test_an_event_with_rooms_shows_no_rooms_hint(window: MainWindow) -> None:
    assert not window.agenda_page.no_rooms_hint.isVisible()
