"""Workshop places from wishes on the agenda screen: the preview, applying it, undo, redo."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from confdesk.db.database import open_database
from confdesk.domain.agenda.service import AgendaService, SessionDraft
from confdesk.domain.agenda.signups import SignupService
from confdesk.domain.events.service import EventService
from confdesk.domain.networking.wishes import set_wishes
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.ui.shell.main_window import MainWindow

DAY = date(2027, 3, 18)


def at(hour: int) -> datetime:
    return datetime.combine(DAY, time(hour))


@pytest.fixture
def wishes_database(event_database: Path) -> Path:
    """Two workshops of one seat each; Anna and Ben both want the first, Cleo too."""
    database = open_database(event_database)
    event = EventService(database).list_events()[0]
    agenda = AgendaService(database)
    first, second = (
        agenda.create(event.id, SessionDraft(title, at(11), at(12), "workshop", capacity=1,
                                             round_number=1)).id
        for title in ("Workshop Innenstadt", "Workshop Dorfladen")
    )  # fmt: skip
    people = RegistrationService(database)
    for given, wished in (("Anna", (first, second)), ("Ben", (first, second)),
                          ("Cleo", (first,))):  # fmt: skip
        person = people.create(event.id, RegistrationDraft(given, "Muster")).id
        set_wishes(database, person, {1: wished})
    database.close()
    return event_database


def seated(window: MainWindow) -> dict[str, set[str]]:
    database = window.agenda_page._database
    assert database is not None
    service = SignupService(database)
    (workshop_round,) = service.rounds(window.agenda_page._event.id)  # type: ignore[union-attr]
    return {
        session.title: {p.given_name for p in service.participants(session.session_id).seated}
        for session in workshop_round.sessions
    }


def test_the_preview_shows_choices_and_who_waits_then_applies_as_one_undoable_edit(
    make_window, wishes_database: Path, qtbot
) -> None:
    window = make_window(wishes_database)
    window.show_screen("agenda")
    page = window.agenda_page

    QTest.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = page.assign_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    head = dialog.preview.topLevelItem(0)
    assert head.text(0) == "Round 1: 3 with wishes"
    # Two places for three people: one first and one second choice, one waits.
    assert [head.text(column) for column in range(1, 5)] == ["1", "1", "0", "1"]
    assert head.childCount() == 2
    assert head.child(0).text(0) == "2 newly placed (0 moved), 0 keep their seat"
    assert "waits for “Workshop Innenstadt”" in head.child(1).text(0)
    assert seated(window) == {"Workshop Innenstadt": set(), "Workshop Dorfladen": set()}

    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = seated(window)
    assert len(after["Workshop Innenstadt"]) == 1 and len(after["Workshop Dorfladen"]) == 1
    assert page.undo_action.text() == "Undo Assign workshop places"
    rounds_head = page.rounds_view.topLevelItem(0)
    assert rounds_head.child(0).text(2) == "1 / 1"

    page.undo_stack.undo()
    assert seated(window) == {"Workshop Innenstadt": set(), "Workshop Dorfladen": set()}
    assert page.rounds_view.topLevelItem(0).child(0).text(2) == "0 / 1"
    page.undo_stack.redo()
    assert seated(window) == after


def test_nothing_to_assign_keeps_apply_disabled(make_window, event_database: Path, qtbot) -> None:
    window = make_window(event_database)
    window.show_screen("agenda")
    page = window.agenda_page
    page.assign_action.trigger()
    dialog = page.assign_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.apply_button.isEnabled()
    assert dialog.summary.text() == "There are no workshop rounds yet."
    dialog.reject()
