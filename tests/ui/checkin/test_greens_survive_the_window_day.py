"""The sequence that lost green check-ins, in the real window: a new event, an import
through the import dialog, something in the window's process opening and closing the
database file (what Qt's file dialog did), a second confdesk started in a terminal — then
scans at the desk. Every green is on disk afterwards, read by another connection."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from confdesk.db.models import CheckinSource
from confdesk.domain.checkin.codes import codes_for_event
from tests.database_guard import stray_database_opens_allowed

PEOPLE = (
    "Vorname;Nachname;E-Mail-Adresse;Kommune / Organisation\n"
    "Jürgen;Größmann;j.groessmann@hassfurt.example;Stadt Haßfurt\n"
    "Ayşe;Çalışkan;a.caliskan@guben.example;Stadt Guben\n"
    "Lena;Krüger;lena@wiesenburg.example;Gemeinde Wiesenburg/Mark\n"
    "Karl-Heinz;Büttner;kh.buettner@zwoenitz.example;Stadt Zwönitz\n"
    "Marta;Nowak;m.nowak@cottbus.example;Stadt Cottbus\n"
)


def test_an_import_a_stray_close_and_a_second_confdesk_lose_no_green(
    qtbot, make_window, event_database: Path, tmp_path: Path, answer_next_dialog, message_boxes
) -> None:
    window = make_window(event_database)
    window.show_screen("registrations")
    listing = tmp_path / "anmeldungen.csv"
    listing.write_bytes(PEOPLE.encode("utf-8-sig"))

    import_enabled: list[bool] = []

    def import_all(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        # A clean preview enables Import at once (it stayed disabled: issue 15, item 1).
        import_enabled.append(dialog.import_button.isEnabled())
        dialog.import_button.click() if import_enabled[-1] else dialog.reject()

    answer_next_dialog(import_all)
    window.registrations_page.import_file(listing)
    assert import_enabled == [True]
    assert window.database is not None and window.current_event is not None
    codes = codes_for_event(window.database, window.current_event.id)
    assert len(codes) == 5

    with stray_database_opens_allowed(), event_database.open("rb") as file:
        file.read(100)  # SQLite's locks of this process are gone now
    export = subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(event_database), "export",
         str(tmp_path / "out.csv")],
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert export.returncode == 1
    assert "is open in a confdesk window on this computer" in export.stderr

    window.show_screen("checkin")
    desk = window.checkin_page
    desk.play_sound = lambda _kind: None
    greens = []
    for registration_id, code in codes.items():
        desk.handle_code(code, CheckinSource.SCANNER)
        qtbot.waitUntil(lambda: desk.answers_outstanding == 0, timeout=15_000)
        assert desk.result_panel.outcome == "accepted"
        greens.append(registration_id)
    window.close()

    with closing(sqlite3.connect(event_database)) as connection:
        on_disk = [
            row[0]
            for row in connection.execute(
                "SELECT registration_id FROM checkins WHERE action = 'check_in' ORDER BY id"
            )
        ]
    assert on_disk == greens
