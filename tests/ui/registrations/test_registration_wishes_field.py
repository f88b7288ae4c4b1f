"""Workshop wishes in the registration form: shown only with rounds, chosen, saved, undone."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from confdesk.db.database import open_database
from confdesk.domain.agenda.service import AgendaService, SessionDraft
from confdesk.domain.events.service import EventService
from confdesk.domain.networking.wishes import wishes_of
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService

DAY = date(2027, 3, 18)


@pytest.fixture
def wishes_database(event_database: Path) -> Path:
    database = open_database(event_database)
    event = EventService(database).list_events()[0]
    agenda = AgendaService(database)
    for title in ("Innenstadt", "Dorfladen", "Plattformen"):
        agenda.create(event.id, SessionDraft(
            title, datetime.combine(DAY, time(11)), datetime.combine(DAY, time(12)),
            "workshop", round_number=1,
        ))  # fmt: skip
    RegistrationService(database).create(event.id, RegistrationDraft("Petra", "Weiß"))
    database.close()
    return event_database


def test_wishes_are_chosen_in_a_small_dialog_saved_and_undone(
    make_window, wishes_database: Path, qtbot
) -> None:
    window = make_window(wishes_database)
    window.show_screen("registrations")
    page = window.registrations_page
    page.table.selectRow(0)
    field = page.form.wishes_field
    assert field.isVisible()
    assert field.summary.text() == "No wishes"

    QTest.mouseClick(field.edit_button, Qt.MouseButton.LeftButton)
    dialog = field.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    first, second, _third = dialog.combos[1]
    first.setCurrentIndex(first.findText("Dorfladen"))
    second.setCurrentIndex(second.findText("Innenstadt"))
    dialog.accept()
    assert field.summary.toolTip() == "Round 1: Dorfladen › Innenstadt"
    page.save_button.click()

    database = page._database
    registration_id = page.model.registration_at(0).id
    stored = wishes_of(database, registration_id)
    titles = {s.id: s.title for s in AgendaService(database).list_sessions(page._event.id)}
    assert [titles[sid] for sid in stored[1]] == ["Dorfladen", "Innenstadt"]

    page.undo_button.click()
    assert wishes_of(database, registration_id) == {}
    assert field.summary.text() == "No wishes"


def test_without_rounds_the_form_has_no_wishes_row(make_window, event_database: Path) -> None:
    window = make_window(event_database)
    window.show_screen("registrations")
    assert not window.registrations_page.form.wishes_field.isVisibleTo(
        window.registrations_page.form
    )
