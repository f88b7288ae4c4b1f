"""One person, one name: the desk's answer, the badge, the certificate, the participant
list and the registration all name a person the way the one formatter does."""

from __future__ import annotations

from pathlib import Path

from pdf_reading import EVENT_ID, page_texts

from confdesk.db.database import Database
from confdesk.domain.agenda.signups import SignupService, sessions_taking_signups
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.output.agenda.outputs import write_participant_lists
from confdesk.output.badges.data import load_badges
from confdesk.output.badges.writer import render_badges
from confdesk.output.certificates.data import load_certificates
from confdesk.output.certificates.writer import render_certificates

FULL = "Prof. Dr. Ayşe Çalışkan"


def test_every_print_and_the_desk_show_the_same_full_name(demo: Database, tmp_path: Path) -> None:
    registration = RegistrationService(demo).create(
        EVENT_ID,
        RegistrationDraft(
            given_name="Ayşe", family_name="Çalışkan", title="Prof. Dr.", attendee_list_consent=True
        ),
    )
    person = registration.id
    session_id = min(sessions_taking_signups(demo, EVENT_ID))
    SignupService(demo).sign_up(session_id, person)
    with CheckinDesk(demo, EVENT_ID) as desk:
        answer = desk.check_in_registration(person)
    assert answer.attendee is not None

    (badge,) = load_badges(demo, EVENT_ID, [person]).people
    _event, (certificate,) = load_certificates(demo, EVENT_ID, [person])
    named = {
        "registration": registration.full_name,
        "check-in answer": answer.attendee.full_name,
        "command line": answer.as_json()["registration"]["name"],
        "badge": badge.full_name,
        "certificate": certificate.full_name,
    }
    assert named == dict.fromkeys(named, FULL)

    certificate_pdf = tmp_path / "certificate.pdf"
    render_certificates(demo, EVENT_ID, certificate_pdf, registration_ids=[person])
    assert FULL in page_texts(certificate_pdf)[0]

    lists_pdf = tmp_path / "lists.pdf"
    write_participant_lists(demo, EVENT_ID, lists_pdf, session_ids=[session_id])
    assert any(FULL in text for text in page_texts(lists_pdf))

    # The badge splits the same name in two lines: the given name large, then the title
    # with the family name; its back (small, above the programme) leaves the title out.
    badge_pdf = tmp_path / "badge.pdf"
    render_badges(demo, EVENT_ID, badge_pdf, registration_ids=[person], back_side=True)
    lines = [line.strip() for text in page_texts(badge_pdf) for line in text.splitlines()]
    assert "Ayşe" in lines and "Prof. Dr. Çalışkan" in lines and "Ayşe Çalışkan" in lines
