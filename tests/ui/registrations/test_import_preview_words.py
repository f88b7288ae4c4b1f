"""The import preview speaks the screens' words and says when it shows only some rows."""

from __future__ import annotations

from pathlib import Path

from confdesk.db.database import open_database
from confdesk.ui.registrations.import_dialog import ImportDialog


def test_the_preview_shows_words_not_codes_and_says_how_many_rows_it_leaves_out(
    qtbot, event_database: Path, tmp_path: Path
):
    path = tmp_path / "anmeldungen.csv"
    lines = ["Vorname;Nachname;E-Mail;Kategorie;Status"]
    lines += [f"Anna{n};Muster;anna{n}@example.org;Referent;angemeldet" for n in range(25)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    database = open_database(event_database)
    try:
        dialog = ImportDialog(database, 1, path)
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        headers = [
            dialog.preview_table.horizontalHeaderItem(column).text()
            for column in range(dialog.preview_table.columnCount())
        ]
        row = {
            header: dialog.preview_table.item(0, column).text()
            for column, header in enumerate(headers)
        }
        assert row["Action"] == "New"
        assert row["Category"] == "Speaker"
        assert row["Status"] == "Registered"
        assert dialog.preview_table.rowCount() == 20
        assert dialog.preview_note.isVisibleTo(dialog)
        assert dialog.preview_note.text() == "Showing the first 20 of 25 rows."
    finally:
        database.close()


def test_the_mapping_shows_each_column_s_first_value_as_the_file_has_it(
    qtbot, event_database: Path, tmp_path: Path
):
    """Beside each column its first cell as written in the file, also for a column left
    out or kept only in part (an order number, a salutation): an empty cell there would
    say the column is empty."""
    path = tmp_path / "export.csv"
    path.write_text(
        "Bestellnummer;Anrede;Vorname;Nachname;Kategorie\nORD1000;Frau;Anna;Muster;Teilnehmer*in\n",
        encoding="utf-8",
    )
    database = open_database(event_database)
    try:
        dialog = ImportDialog(database, 1, path)
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        table = dialog.mapping_table
        first_values = {
            table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())
        }
        assert first_values == {
            "Bestellnummer": "ORD1000",
            "Anrede": "Frau",
            "Vorname": "Anna",
            "Nachname": "Muster",
            "Kategorie": "Teilnehmer*in",
        }
    finally:
        database.close()


def test_choosing_to_update_people_already_registered_updates_them(
    qtbot, event_database: Path, tmp_path: Path
):
    """The choice comes back from the combo box as text; the plan must still know it."""
    from confdesk.domain.events.service import EventService
    from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService

    database = open_database(event_database)
    try:
        event = EventService(database).current()
        person = RegistrationService(database).create(
            event.id,
            RegistrationDraft(given_name="Anna", family_name="Muster", email="anna@x.example"),
        )
        path = tmp_path / "again.csv"
        path.write_text(
            "Vorname;Nachname;E-Mail;Funktion\nAnna;Muster;anna@x.example;Leitung\n",
            encoding="utf-8",
        )
        dialog = ImportDialog(database, event.id, path)
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        assert dialog.summary_label.text().startswith("0 new, 0 updated, 1 skipped.")

        dialog.existing_combo.setCurrentIndex(dialog.existing_combo.findData("update"))

        assert dialog.summary_label.text().startswith("0 new, 1 updated, 0 skipped.")
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=20_000)
        assert RegistrationService(database).get(person.id).position == "Leitung"
    finally:
        database.close()
