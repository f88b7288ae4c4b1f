"""A certificate's verification code, read off the printed PDF as the person asking would
read it, leads back to whose certificate it is; changed attendance, another event's code
and typing mistakes do not."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pdf_reading import EVENT_ID, page_texts

from confdesk.db.database import Database
from confdesk.domain.checkin.codes import ALPHABET, event_key
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.errors import UserError
from confdesk.output.certificates.codes import (
    certificate_code,
    certificate_digest,
    read_certificate_code,
    written_code,
)
from confdesk.output.certificates.data import find_certificate
from confdesk.output.certificates.writer import render_certificates

PRINTED_CODE = re.compile(r"Prüfcode ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})")


def _attend(database: Database) -> tuple[int, int, list[int]]:
    """Two people at the venue; the first also at two sessions."""
    with database.engine.connect() as connection:
        person, other = (row[0] for row in connection.exec_driver_sql(
            "SELECT id FROM registrations WHERE event_id = ? AND status = 'registered' "
            "ORDER BY id LIMIT 2", (EVENT_ID,)))  # fmt: skip
    with CheckinDesk(database, EVENT_ID) as desk:
        sessions = [s for s in desk.sessions() if s.room][:2]
        desk.check_in_registration(person)
        desk.check_in_registration(other)
        session_checkins = [
            desk.check_in_registration(person, session_id=session.id).checkin_id
            for session in sessions
        ]
    return person, other, [c for c in session_checkins if c is not None]


def _printed_codes(database: Database, tmp_path: Path, ids: list[int]) -> list[str]:
    out = tmp_path / "certificates.pdf"
    render_certificates(database, EVENT_ID, out, registration_ids=ids)
    return [PRINTED_CODE.search(text).group(1) for text in page_texts(out)]  # type: ignore[union-attr]


def test_the_printed_code_names_its_person(demo: Database, tmp_path: Path) -> None:
    person, other, _ = _attend(demo)
    person_code, other_code = _printed_codes(demo, tmp_path, [person, other])

    found = find_certificate(demo, EVENT_ID, person_code)
    assert found is not None and found.registration_id == person
    assert len(found.sessions) == 2
    # As read out over the phone: lower case, spaces, an O for a zero, an I for a one.
    spoken = other_code.replace("-", " ").lower().replace("0", "o").replace("1", "i")
    assert find_certificate(demo, EVENT_ID, spoken).registration_id == other  # type: ignore[union-attr]


def test_a_certificate_whose_attendance_changed_no_longer_verifies(
    demo: Database, tmp_path: Path
) -> None:
    person, _other, session_checkins = _attend(demo)
    (code,) = _printed_codes(demo, tmp_path, [person])
    with CheckinDesk(demo, EVENT_ID) as desk:
        desk.undo(session_checkins[0])  # the session was a mistake: the certificate lied

    assert find_certificate(demo, EVENT_ID, code) is None


def test_a_code_one_character_off_belongs_to_nobody(demo: Database, tmp_path: Path) -> None:
    person, _other, _ = _attend(demo)
    (code,) = _printed_codes(demo, tmp_path, [person])
    last = code[-1]
    forged = code[:-1] + ALPHABET[(ALPHABET.index(last) + 1) % len(ALPHABET)]
    assert find_certificate(demo, EVENT_ID, forged) is None


NOT_CODES = (
    "",
    "hello",
    "7K2M-Q9XD-4HPT",  # too short
    "7K2M-Q9XD-4HPT-B3NWX",  # too long
    "7K2M-Q9XD-4HPT-B3NY",  # Y is not in the alphabet
    "CDK06CDNDPU2VU3SAEGSM5SR1QBN8B27",  # a check-in code
)


@pytest.mark.parametrize("text", NOT_CODES)
def test_what_cannot_be_a_code_is_said_so(demo: Database, text: str) -> None:
    with pytest.raises(UserError) as raised:
        find_certificate(demo, EVENT_ID, text)
    assert raised.value.code == "not_a_certificate_code"


@given(
    uuid=st.uuids().map(str),
    sessions=st.lists(st.uuids().map(str), max_size=6),
)
def test_the_written_code_reads_back_to_its_bits(demo_key, uuid, sessions) -> None:
    printed = certificate_code(demo_key, uuid, sessions)
    assert re.fullmatch(r"[0-9A-HJ-NP-X]{4}(-[0-9A-HJ-NP-X]{4}){3}", printed)
    digest = certificate_digest(demo_key, uuid, sessions)
    assert read_certificate_code(printed) == digest
    assert written_code(digest) == printed


@pytest.fixture(scope="module")
def demo_key(demo_template):
    from confdesk.db.database import open_database

    database = open_database(demo_template[0])
    try:
        return event_key(database, EVENT_ID)
    finally:
        database.close()


def _confdesk(database_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(database_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_the_command_line_says_genuine_or_not(demo: Database, tmp_path: Path) -> None:
    person, _other, _ = _attend(demo)
    (code,) = _printed_codes(demo, tmp_path, [person])
    found = find_certificate(demo, EVENT_ID, code)
    assert found is not None
    path = Path(demo.path)
    demo.close()  # one confdesk process works on a file at a time

    genuine = _confdesk(path, "certificates", "--verify", code)
    assert genuine.returncode == 0, genuine.stderr
    assert genuine.stdout.startswith(f"Genuine: {code} is the certificate of {found.full_name}")
    assert "2 sessions" in genuine.stdout

    nobody = _confdesk(
        path, "certificates", "--verify", code[:-1] + ("0" if code[-1] != "0" else "1")
    )
    assert nobody.returncode == 3
    assert nobody.stdout.startswith("No certificate of ")

    garbled = _confdesk(path, "certificates", "--verify", "hello")
    assert garbled.returncode == 1
    assert garbled.stderr.splitlines() == [
        "confdesk: “hello” is not a certificate code: it has 16 letters and digits, as in "
        "7K2M-Q9XD-4HPT-B3NW."
    ]
    for args in (("certificates",), ("certificates", "x.pdf", "--verify", code)):
        usage = _confdesk(path, *args)
        assert usage.returncode == 2
        assert len(usage.stderr.splitlines()) == 1


def test_a_huge_or_control_character_input_is_shown_short_and_visible(demo: Database) -> None:
    for text in ("A" * 1_000_000, "ab\x1b[31mred\x00"):
        with pytest.raises(UserError) as raised:
            find_certificate(demo, EVENT_ID, text)
        message = str(raised.value)
        assert len(message) < 250
        assert message.isprintable()
