"""Consent honoured on paper: lists handed to other attendees name only those who agreed
to be listed (the others are counted), and the badge shows photo consent as the agreed
mark when the organiser turns it on."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from pdf_reading import EVENT_ID, page_texts

from confdesk.db.database import Database
from confdesk.db.models import RegistrationStatus
from confdesk.domain.agenda.signups import SignupService, sessions_taking_signups
from confdesk.domain.registrations.loading import load_people
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.output.agenda.outputs import write_attendee_list, write_participant_lists
from confdesk.output.badges.renderer import PHOTO_NO, PHOTO_OK
from confdesk.output.badges.writer import render_badges


def _flat(path: Path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def test_a_participant_list_counts_those_who_did_not_agree(demo: Database, tmp_path: Path) -> None:
    service = RegistrationService(demo)
    session_id = min(sessions_taking_signups(demo, EVENT_ID))
    signups = SignupService(demo)
    quiet = service.create(EVENT_ID, RegistrationDraft("Quirin", "Stillwasser"))
    open_ = service.create(
        EVENT_ID, RegistrationDraft("Olga", "Offenbach", attendee_list_consent=True)
    )
    for person in (quiet, open_):
        signups.sign_up(session_id, person.id)
    listed = signups.participants(session_id)
    out = tmp_path / "lists.pdf"

    write_participant_lists(demo, EVENT_ID, out, session_ids=[session_id])

    text = _flat(out)
    assert "Olga Offenbach" in text
    assert "Stillwasser" not in text and "Quirin" not in text
    for person in (*listed.seated, *listed.waiting):
        assert (person.full_name in text) == person.listed, person.full_name
    unnamed = sum(not person.listed for person in listed.seated)
    assert unnamed >= 1 and f"Weitere Teilnehmende: {unnamed}" in text


def test_the_attendee_list_names_only_who_agreed(demo: Database, tmp_path: Path) -> None:
    RegistrationService(demo).create(EVENT_ID, RegistrationDraft("Quirin", "Stillwasser"))
    people = load_people(demo, EVENT_ID, status=RegistrationStatus.REGISTERED.value)
    out = tmp_path / "teilnehmende.pdf"

    named, unnamed, _pages = write_attendee_list(demo, EVENT_ID, out)

    text = _flat(out)
    agreed = [person for person in people if person.attendee_list_consent]
    assert (named, unnamed) == (len(agreed), len(people) - len(agreed))
    assert unnamed >= 1 and f"Weitere Teilnehmende: {unnamed}" in text
    for person in people:
        assert (person.full_name in text) == person.attendee_list_consent, person.full_name


def _marks(path: Path) -> list[tuple[int, int]]:
    """Per page, the pixels in the photo mark's green and in its red."""
    wanted = [
        tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)) for colour in (PHOTO_OK, PHOTO_NO)
    ]
    document = pdfium.PdfDocument(path)
    found = []
    try:
        for page in document:
            data = page.render(scale=2).to_pil().convert("RGB").tobytes()
            pixels = [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]
            found.append(tuple(
                sum(1 for pixel in pixels
                    if all(abs(a - b) <= 12 for a, b in zip(pixel, colour, strict=True)))
                for colour in wanted
            ))  # fmt: skip
    finally:
        document.close()
    return [(green, red) for green, red in found]


def test_the_badge_shows_photo_consent_only_when_asked(demo: Database, tmp_path: Path) -> None:
    service = RegistrationService(demo)
    yes = service.create(EVENT_ID, RegistrationDraft("Paula", "Photogen", photo_consent=True))
    no = service.create(EVENT_ID, RegistrationDraft("Nina", "Niebild"))
    marked, plain = tmp_path / "marked.pdf", tmp_path / "plain.pdf"

    render_badges(demo, EVENT_ID, marked, stock="a6", registration_ids=[yes.id, no.id],
                  photo_mark=True)  # fmt: skip
    render_badges(demo, EVENT_ID, plain, stock="a6", registration_ids=[yes.id, no.id])

    (green_yes, red_yes), (green_no, red_no) = _marks(marked)
    assert green_yes > 50 and red_yes == 0
    assert red_no > 50 and green_no == 0
    assert _marks(plain) == [(0, 0), (0, 0)]
    assert "Paula" in page_texts(marked)[0] and "Nina" in page_texts(marked)[1]
