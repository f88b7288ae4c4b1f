"""Sign-ups on the agenda screen as an organiser handles them: signing people up by name,
the waiting list, a cancellation that promotes the first in line (and says who), undo and
redo, conflicts that follow, the rounds overview and the participant list of a session."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget

from confdesk.db.database import open_database
from confdesk.domain.agenda.service import AgendaService, SessionDraft
from confdesk.domain.agenda.signups import SignupService
from confdesk.domain.events.service import EventService
from confdesk.domain.registrations.organizations import OrganizationDraft, create_organization
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.ui.agenda import page as agenda_page
from confdesk.ui.shell.main_window import MainWindow

DAY = date(2027, 3, 18)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute))


@pytest.fixture
def signup_database(event_database: Path) -> Path:
    database = open_database(event_database)
    event = EventService(database).list_events()[0]
    rooms = {room.name: room.id for room in event.rooms}
    agenda = AgendaService(database)
    agenda.create(event.id, SessionDraft("Workshop Innenstadt", at(11), at(12), "workshop",
                                         rooms["Seminarraum 1"], capacity=1, round_number=1,
                                         signup_required=True))  # fmt: skip
    agenda.create(event.id, SessionDraft("Workshop Dorfladen", at(11), at(12), "workshop",
                                         rooms["Großer Saal"], round_number=1,
                                         signup_required=True))  # fmt: skip
    agenda.create(event.id, SessionDraft("Führung", at(11, 30), at(12, 30), "excursion", None,
                                         signup_required=True))  # fmt: skip
    organization = create_organization(database, OrganizationDraft("Stadt Bad Belzig")).id
    people = RegistrationService(database)
    for given, family in (("Anna", "Arndt"), ("Ben", "Brandt"), ("Cleo", "Conrad")):
        people.create(event.id, RegistrationDraft(given, family, organization_id=organization))
    database.close()
    return event_database


@pytest.fixture
def window(make_window, signup_database: Path) -> MainWindow:
    window = make_window(signup_database)
    window.show_screen("agenda")
    return window


def click_block(window: MainWindow, title: str) -> None:
    page = window.agenda_page
    block = next(b for b in page.scene.blocks.values() if b.session.title == title)
    center = block.sceneBoundingRect().center()
    point = page.view.mapFromScene(QPointF(center.x(), center.y()))
    viewport = page.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def open_signups(window: MainWindow, title: str):
    click_block(window, title)
    page = window.agenda_page
    tabs = page.side_tabs.tabBar()
    QTest.mouseClick(tabs, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tabs.tabRect(1).center())  # fmt: skip
    assert page.side_tabs.currentWidget() is page.signup_panel
    return page.signup_panel


def type_and_sign_up(panel, text: str, *, enter: bool = False) -> None:
    line = panel.person_combo.lineEdit()
    line.setFocus()
    QTest.keyClicks(line, text)
    if enter:
        QTest.keyClick(line, Qt.Key.Key_Return)
    else:
        QTest.mouseClick(panel.sign_up_button, Qt.MouseButton.LeftButton)


def names(tree: QTreeWidget, column: int = 0) -> list[str]:
    return [tree.topLevelItem(row).text(column) for row in range(tree.topLevelItemCount())]


def click_row(tree: QTreeWidget, row: int) -> None:
    rect = tree.visualItemRect(tree.topLevelItem(row))
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())  # fmt: skip


def test_seat_waiting_list_and_a_cancellation_that_promotes(window: MainWindow) -> None:
    panel = open_signups(window, "Workshop Innenstadt")
    type_and_sign_up(panel, "Anna")
    assert names(panel.seated_list) == ["Anna Arndt"]
    assert panel.seated_list.topLevelItem(0).text(1) == "Stadt Bad Belzig"
    assert "1 of 1 seats taken" in panel.seats_label.text()
    assert "Anna Arndt has a seat" in panel.notice_label.text()
    type_and_sign_up(panel, "brandt", enter=True)
    type_and_sign_up(panel, "Cleo")
    assert names(panel.waiting_list, 1) == ["Ben Brandt", "Cleo Conrad"]
    assert names(panel.waiting_list, 0) == ["1", "2"]
    assert "waiting list (place 2)" in panel.notice_label.text()
    assert window.agenda_page.side_tabs.tabText(1) == "Sign-ups (1/1)"

    assert not panel.cancel_button.isEnabled()
    click_row(panel.seated_list, 0)
    QTest.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert names(panel.seated_list) == ["Ben Brandt"]
    assert names(panel.waiting_list, 1) == ["Cleo Conrad"]
    assert "Moved up from the waiting list: Ben Brandt." in panel.notice_label.text()

    page = window.agenda_page
    assert page.undo_action.text().startswith("Undo Cancel the sign-up of Anna Arndt")
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(panel.seated_list) == ["Anna Arndt"]
    assert names(panel.waiting_list, 1) == ["Ben Brandt", "Cleo Conrad"]
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(page.view, Qt.Key.Key_Z, redo)
    assert names(panel.seated_list) == ["Ben Brandt"]


def test_only_a_registered_person_can_be_signed_up(window: MainWindow) -> None:
    panel = open_signups(window, "Workshop Innenstadt")
    type_and_sign_up(panel, "Nobody")
    assert "Choose one registered person" in panel.error_label.text()
    assert names(panel.seated_list) == []
    assert window.agenda_page.undo_stack.count() == 0


def test_a_second_choice_in_the_round_gives_up_the_first(window: MainWindow) -> None:
    panel = open_signups(window, "Workshop Innenstadt")
    type_and_sign_up(panel, "Anna")
    type_and_sign_up(panel, "Ben")
    panel = open_signups(window, "Workshop Dorfladen")
    type_and_sign_up(panel, "Anna")
    text = panel.notice_label.text()
    assert "“Workshop Innenstadt” (same round) is given up" in text
    assert "Moved up from the waiting list: Ben Brandt." in text
    window.agenda_page.undo_stack.undo()
    service = SignupService(window.database)
    first = next(s for s in window.agenda_page._sessions if s.title == "Workshop Innenstadt")
    listed = service.participants(first.id)
    assert [p.full_name for p in listed.seated] == ["Anna Arndt"]
    assert [p.full_name for p in listed.waiting] == ["Ben Brandt"]
    assert names(panel.seated_list) == []


def test_parallel_sign_ups_show_a_conflict_until_undone(window: MainWindow) -> None:
    page = window.agenda_page
    assert page.conflict_list.count() == 0
    type_and_sign_up(open_signups(window, "Workshop Dorfladen"), "Cleo")
    type_and_sign_up(open_signups(window, "Führung"), "Cleo")
    texts = [page.conflict_list.item(row).text() for row in range(page.conflict_list.count())]
    assert any("Cleo Conrad is signed up for" in text for text in texts)
    page.undo_stack.undo()
    assert page.conflict_list.count() == 0


def test_rounds_overview_counts_seats_and_selects_a_session(window: MainWindow) -> None:
    type_and_sign_up(open_signups(window, "Workshop Innenstadt"), "Anna")
    type_and_sign_up(window.agenda_page.signup_panel, "Ben")
    page = window.agenda_page
    rounds = page.rounds_view
    head = rounds.topLevelItem(0)
    assert head.text(0).startswith("Round 1")
    rows = {head.child(i).text(0): head.child(i) for i in range(head.childCount())}
    assert rows["Workshop Innenstadt"].text(2) == "1 / 1"
    assert rows["Workshop Innenstadt"].text(3) == "1"
    assert rows["Workshop Dorfladen"].text(2) == "0 / 200"  # the hall's capacity
    page.side_tabs.setCurrentWidget(rounds)
    rect = rounds.visualItemRect(rows["Workshop Dorfladen"])
    QTest.mouseClick(rounds.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())  # fmt: skip
    assert page.scene.blocks[page.scene.selected_id()].session.title == "Workshop Dorfladen"


def test_the_participant_list_of_one_session(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    panel = open_signups(window, "Workshop Innenstadt")
    type_and_sign_up(panel, "Anna")
    type_and_sign_up(panel, "Ben")
    out = tmp_path / "liste.pdf"
    monkeypatch.setattr(agenda_page, "save_file_name", lambda *args: str(out))
    QTest.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.agenda_page.busy)
    document = pdfium.PdfDocument(out)
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    # Neither agreed to appear on lists: the moderator's list counts them, names nobody.
    assert "Workshop Innenstadt" in text and "Weitere Teilnehmende: 1" in text
    assert "Weitere auf der Warteliste: 1" in text
    assert "Anna Arndt" not in text and "Ben Brandt" not in text
    assert "Workshop Dorfladen" not in text
    assert any("liste.pdf" in shown for shown in message_boxes.texts("information"))


def test_no_session_selected_disables_the_panel(window: MainWindow) -> None:
    panel = window.agenda_page.signup_panel
    window.agenda_page.scene.clearSelection()
    assert not panel.sign_up_button.isEnabled()
    assert "Select a session" in panel.heading.text()


def test_a_walk_in_registered_elsewhere_can_be_signed_up(window: MainWindow) -> None:
    window.show_screen("registrations")
    RegistrationService(window.database).create(
        window.current_event.id, RegistrationDraft("Dana", "Dietrich")
    )
    window.show_screen("agenda")
    panel = open_signups(window, "Workshop Innenstadt")
    type_and_sign_up(panel, "Dietrich")
    assert names(panel.seated_list) == ["Dana Dietrich"]
