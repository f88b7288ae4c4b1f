"""Certificates list exactly the sessions a person was checked in at, with total hours."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import EVENT_ID, page_texts

from confdesk.db.database import Database
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.errors import UserError
from confdesk.output.certificates.writer import render_certificates


def _first_registered(database: Database, count: int) -> list[int]:
    with database.engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql(
            "SELECT id FROM registrations WHERE event_id = ? AND status = 'registered' "
            "ORDER BY id LIMIT ?", (EVENT_ID, count))]  # fmt: skip


def test_a_certificate_lists_exactly_the_sessions_attended_and_their_hours(
    demo: Database, tmp_path: Path
) -> None:
    person, other = _first_registered(demo, 2)
    with CheckinDesk(demo, EVENT_ID) as desk:
        sessions = [s for s in desk.sessions() if s.room]
        first, second, third, fourth = sessions[0], sessions[3], sessions[6], sessions[8]
        desk.check_in_registration(person)
        desk.check_in_registration(other)
        for session in (first, second, third):
            desk.check_in_registration(person, session_id=session.id)
        undone = desk.check_in_registration(person, session_id=fourth.id)
        assert undone.checkin_id is not None
        desk.undo(undone.checkin_id)  # scanned at the wrong door: not attended
    out = tmp_path / "certificates.pdf"
    run = render_certificates(demo, EVENT_ID, out, registration_ids=[person])
    assert run.certificates == 1 and run.pages == 1
    (text,) = page_texts(out)
    assert "Teilnahmebescheinigung" in text
    for session in (first, second, third):
        assert session.title[:25] in text
        assert f"{session.starts_at:%H:%M}–{session.ends_at:%H:%M}" in text
    assert fourth.title[:25] not in text or fourth.title in {first.title, second.title}
    # Parallel sessions (a person who changed rooms) count once: the minutes covered.
    covered = set()
    for session in (first, second, third):
        start = int(session.starts_at.timestamp() // 60)
        covered.update(range(start, int(session.ends_at.timestamp() // 60)))
    hours = f"{len(covered) / 60:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    assert f"{hours} Stunden" in text


def test_in_one_pdf_each_page_lists_its_own_sessions_line_by_line(
    demo: Database, tmp_path: Path
) -> None:
    # The merged PDF draws what pages share once and places it by reference: a session
    # two people attended stands in each list at its own place, and nothing carries over.
    first_person, second_person = _first_registered(demo, 2)
    with CheckinDesk(demo, EVENT_ID) as desk:
        sessions = [s for s in desk.sessions() if s.room]
        shared, earlier, later = sessions[4], sessions[0], sessions[8]
        attended = {first_person: (shared, later), second_person: (earlier, shared)}
        for person, theirs in attended.items():
            desk.check_in_registration(person)
            for session in theirs:
                desk.check_in_registration(person, session_id=session.id)
    out = tmp_path / "certificates.pdf"
    run = render_certificates(demo, EVENT_ID, out, registration_ids=[first_person, second_person])
    assert run.pages == 2
    listed = [
        [line for line in text.splitlines() if line[:2].isdigit() and "–" in line[:12]]
        for text in page_texts(out)
    ]
    expected = [
        [f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M} {s.title} ({s.room})" for s in theirs]
        for theirs in attended.values()
    ]
    assert sorted(listed) == sorted(expected)


def test_only_people_checked_in_at_the_venue_get_one(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        render_certificates(demo, EVENT_ID, tmp_path / "none.pdf")
    assert raised.value.code == "no_certificates"
    arrived = _first_registered(demo, 3)
    with CheckinDesk(demo, EVENT_ID) as desk:
        for registration_id in arrived:
            desk.check_in_registration(registration_id)
    run = render_certificates(demo, EVENT_ID, tmp_path / "all.pdf", language="en")
    assert run.certificates == 3
    assert all("Certificate of attendance" in text for text in page_texts(run.paths[0]))


def test_one_file_per_person_with_safe_unique_names(demo: Database, tmp_path: Path) -> None:
    service = RegistrationService(demo)
    twins = [
        service.create(EVENT_ID, RegistrationDraft(given_name="Jörg", family_name="Weiß/../x")).id
        for _ in range(2)
    ]
    greek = service.create(
        EVENT_ID, RegistrationDraft(given_name="Γιώργος", family_name="Παπαδόπουλος")
    ).id
    folder = tmp_path / "certificates"
    run = render_certificates(demo, EVENT_ID, folder, registration_ids=[*twins, greek])
    names = [path.name for path in run.paths]
    assert names == ["weiss-x-joerg.pdf", "weiss-x-joerg-2.pdf", "papadopoulos-giorgos.pdf"]
    assert all(path.parent == folder and path.name.isascii() for path in run.paths)
    assert "Παπαδόπουλος" in page_texts(folder / "papadopoulos-giorgos.pdf")[0]
