"""Import, export and duplicate review from the registrations screen."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from confdesk.db.database import open_database
from confdesk.domain.events.service import EventService
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.errors import UserError
from confdesk.ui.registrations import duplicates_dialog, import_dialog

GERMAN_EXPORT = (
    "Anmeldeliste Regionalkonferenz\n"
    "\n"
    "Vorname;Nachname;E-Mail-Adresse;Kommune / Organisation;Funktion\n"
    "Jürgen;Größmann;j.groessmann@hassfurt.example;Stadt Haßfurt;Bürgermeister\n"
    "Ayşe;Çalışkan;a.caliskan@guben.example;Stadt Guben;Smart-City-Koordinatorin\n"
    "Lena;;lena@wiesenburg.example;Gemeinde Wiesenburg/Mark;Amtsleiterin\n"
)


@pytest.fixture
def page(make_window, event_database):
    window = make_window(event_database)
    window.show_screen("registrations")
    return window.registrations_page


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    path = tmp_path / "anmeldungen.csv"
    path.write_bytes(GERMAN_EXPORT.encode("utf-8-sig"))  # Excel "CSV UTF-8"
    return path


def test_import_shows_the_problem_row_and_imports_nothing_until_resolved(
    qtbot, page, export_file, answer_next_dialog, message_boxes
):
    seen: dict[str, object] = {}

    def review(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        seen["problems"] = [
            (dialog.problems_table.item(row, 0).text(), dialog.problems_table.item(row, 1).text())
            for row in range(dialog.problems_table.rowCount())
        ]
        seen["enabled_before"] = dialog.import_button.isEnabled()
        seen["summary"] = dialog.summary_label.text()
        dialog.skip_errors_button.click()
        seen["enabled_after"] = dialog.import_button.isEnabled()
        dialog.import_button.click()

    answer_next_dialog(review)
    result = page.import_file(export_file)

    assert ("6", "Nachname") in seen["problems"]
    assert seen["enabled_before"] is False
    assert "nothing is imported" in seen["summary"]
    assert result is not None and result.added == 2
    assert page.count_label.text() == "2 of 2 shown"
    assert "2 new" in message_boxes.texts("information")[0]


def test_after_an_import_the_dialog_still_answers_qt_result(
    qtbot, page, export_file, answer_next_dialog, message_boxes
):
    # The dialog once kept the import's outcome as "result", hiding QDialog.result().
    seen: dict[str, import_dialog.ImportDialog] = {}

    def review(dialog) -> None:
        seen["dialog"] = dialog
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        dialog.skip_errors_button.click()
        dialog.import_button.click()

    answer_next_dialog(review)
    result = page.import_file(export_file)

    dialog = seen["dialog"]
    assert result is not None and dialog.import_result is result
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_cancelling_the_import_writes_nothing(
    qtbot, page, export_file, event_database, answer_next_dialog
):
    def cancel(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    answer_next_dialog(cancel)
    assert page.import_file(export_file) is None
    database = open_database(event_database)
    try:
        event = EventService(database).current()
        assert RegistrationService(database).waiting_list(event.id) == []
        from confdesk.domain.events.counts import event_counts

        assert event_counts(database, event.id).registrations == 0
    finally:
        database.close()


def test_an_import_error_goes_away_once_the_file_reads(
    qtbot, page, export_file, monkeypatch, answer_next_dialog
):
    real_plan_import = import_dialog.plan_import
    attempts: list[int] = []

    def locked_once(*args, **kwargs):
        attempts.append(1)
        if len(attempts) == 1:
            raise UserError("The file is open in another program.", code="file_locked")
        return real_plan_import(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "plan_import", locked_once)
    seen: dict[str, object] = {}

    def retry(dialog) -> None:
        try:
            qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=20_000)
            seen["error"] = dialog.error_label.text()
            dialog.start()  # as after choosing another column mapping
            qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
            seen["error_after"] = dialog.error_label.isVisibleTo(dialog)
            seen["source"] = dialog.source_label.text()
        finally:
            dialog.reject()

    answer_next_dialog(retry)
    page.import_file(export_file)
    assert seen["error"] == "The file is open in another program."
    assert seen["error_after"] is False
    assert "the header is in row 3" in seen["source"]


def test_export_writes_every_registration_with_its_check_in_code(
    qtbot, page, export_file, tmp_path, answer_next_dialog, message_boxes
):
    def import_all(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        dialog.skip_errors_button.click()
        dialog.import_button.click()

    answer_next_dialog(import_all)
    page.import_file(export_file)
    target = tmp_path / "export.csv"
    page.export_file(target)
    qtbot.waitUntil(lambda: len(message_boxes.texts("information")) == 2, timeout=20_000)
    assert "2 registrations saved" in message_boxes.texts("information")[1]
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert {row["checkin_code"][:3] for row in rows} == {"CDK"}
    assert len(rows) == 2


def test_duplicates_are_reviewed_and_merged(
    qtbot, page, event_database, answer_next_dialog, message_boxes
):
    database = open_database(event_database)
    try:
        event = EventService(database).current()
        service = RegistrationService(database)
        for given in ("Petra", "P."):
            service.create(
                event.id,
                RegistrationDraft(given_name=given, family_name="Weiß", email="weiss@x.example"),
            )
    finally:
        database.close()
    page.set_event(page._database, page._event)
    assert page.count_label.text() == "2 of 2 shown"
    seen: dict[str, object] = {}

    def merge(dialog) -> None:
        try:
            # The groups are looked for off the GUI thread, at the start and after a merge.
            qtbot.waitUntil(lambda: not dialog.busy)
            seen["groups"] = len(dialog.groups)
            seen["reason"] = dialog.reason_label.text()
            dialog.merge_button.click()
            qtbot.waitUntil(lambda: not dialog.busy)
            seen["after"] = len(dialog.groups)
        finally:
            dialog.reject()

    answer_next_dialog(merge)
    page.duplicates_button.click()
    assert seen["groups"] == 1
    assert "the same e-mail address" in seen["reason"]
    assert seen["after"] == 0
    assert page.count_label.text() == "1 of 1 shown"


def test_closing_the_duplicates_while_they_are_looked_for_waits_for_the_search(
    qtbot, page, monkeypatch, answer_next_dialog
):
    release = threading.Event()

    def slow_search(_database, _event_id):
        release.wait(10)
        return []

    monkeypatch.setattr(duplicates_dialog, "find_duplicates", slow_search)
    seen: dict[str, object] = {}

    def close(dialog) -> None:
        seen["busy"] = dialog.busy
        dialog.reject()
        seen["open"] = dialog.isVisible()  # the search cannot stop midway
        release.set()

    answer_next_dialog(close)
    page.duplicates_button.click()  # returns once the dialog has closed
    assert seen == {"busy": True, "open": True}


def test_the_dialog_asks_what_an_unknown_status_means_and_can_list_invalid_rows(
    qtbot, page, tmp_path, answer_next_dialog, message_boxes
):
    path = tmp_path / "liste.csv"
    path.write_bytes(
        (
            "Vorname;Nachname;E-Mail;Status\n"
            "Anna;Weiß;anna@hassfurt.example;angemeldet\n"
            "Ben;Ohm;ben@guben.example;Angefragt\n"
            "Cem;;cem@guben.example;angemeldet\n"
        ).encode()
    )
    seen: dict[str, object] = {}

    def review(dialog) -> None:
        try:
            qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
            seen["asked"] = list(dialog.status_combos)
            seen["enabled_before"] = dialog.import_button.isEnabled()
            dialog.plan = None
            combo = dialog.status_combos["Angefragt"]
            combo.setCurrentIndex(combo.findText("waitlisted"))
            combo.activated.emit(combo.currentIndex())
            qtbot.waitUntil(
                lambda: dialog.plan is not None or dialog.error_label.isVisibleTo(dialog),
                timeout=20_000,
            )
            assert dialog.error_label.text() == ""
            seen["unknown_after"] = dialog.plan.unknown_statuses
            dialog.skip_invalid_check.setChecked(True)
            qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
            dialog.import_button.click()
        except Exception:
            dialog.reject()
            raise

    answer_next_dialog(review)
    result = page.import_file(path)

    assert seen["asked"] == ["Angefragt"]
    assert seen["enabled_before"] is False  # Cem has no family name: all or nothing
    assert seen["unknown_after"] == {}
    assert result is not None and result.added == 2
    rejected = tmp_path / "liste.rejected.csv"
    assert rejected.exists()
    assert str(rejected) in message_boxes.texts("information")[0]
