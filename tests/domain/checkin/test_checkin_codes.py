"""Check-in codes: only codes made with the event's key pass, whatever a scanner or an
attacker sends; codes fit a small QR; a reissue revokes the old code; a desk recognises
authentic codes of registrations it has not seen yet."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
import qrcode
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select

from confdesk.db import migrate
from confdesk.db.database import Database, open_database
from confdesk.db.models import Event, Registration
from confdesk.domain.checkin.codes import (
    ALPHABET,
    CODE_LENGTH,
    MAX_ISSUE,
    PREFIX,
    CodeCheck,
    CodeStatus,
    CodeVerifier,
    EventKey,
    RegistrationState,
    check_code,
    code_for_registration,
    codes_for_event,
    read_code,
    reissue_code,
    verify_code,
)
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.events.service import EventDraft, EventService
from confdesk.errors import UserError

# --- the pure layer: one event key, registrations looked up in a dict -----------------------

EVENT = EventKey("6f1c2a0e-5b7d-4c3e-9a8f-0d1e2f3a4b5c", bytes(range(32)))
OTHER_EVENT = EventKey("0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b", bytes(range(32, 64)))
KNOWN_UUID = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"
KNOWN = RegistrationState(id=7, issue=2, status="registered")
CURRENT_CODE = EVENT.code_for(KNOWN_UUID, 2)
REJECTED = {CodeStatus.INVALID, CodeStatus.WRONG_EVENT}


def lookup(registration_uuid: str) -> RegistrationState | None:
    return KNOWN if registration_uuid == KNOWN_UUID else None


def check(text: str) -> CodeCheck:
    return check_code(text, EVENT, lookup, [OTHER_EVENT])


def test_a_current_code_of_a_known_registration_is_valid() -> None:
    result = check(CURRENT_CODE)

    assert result == CodeCheck(
        CodeStatus.VALID,
        registration_id=7,
        registration_status="registered",
        registration_uuid=KNOWN_UUID,
        issue=2,
    )
    assert result.authentic


@given(st.uuids(version=4), st.integers(1, MAX_ISSUE))
def test_codes_are_short_and_made_of_characters_every_scanner_types_right(
    registration: uuid.UUID, issue: int
) -> None:
    code = EVENT.code_for(str(registration), issue)

    assert len(code) == CODE_LENGTH
    assert code.startswith(PREFIX)
    assert set(code[len(PREFIX) :]) <= set(ALPHABET)
    # Y and Z are swapped by a US-layout scanner on a German keyboard; I and O misread.
    assert not set(code) & set("IOYZ")
    parsed = read_code(code)
    assert parsed is not None
    assert (parsed.registration_uuid, parsed.issue) == (str(registration), issue)


@given(
    st.lists(st.booleans(), min_size=CODE_LENGTH, max_size=CODE_LENGTH),
    st.sampled_from(["", " ", "\t", "  "]),
    st.sampled_from(["", "\n", "\r\n", "\t", " \n"]),
)
def test_lowercase_and_surrounding_whitespace_from_scanners_are_accepted(
    lowered: list[bool], before: str, after: str
) -> None:
    typed = "".join(c.lower() if low else c for c, low in zip(CURRENT_CODE, lowered, strict=True))

    assert check(before + typed + after).status is CodeStatus.VALID


def test_a_german_keyboard_swapping_y_and_z_does_not_change_a_code() -> None:
    qwertz = CURRENT_CODE.translate(str.maketrans("YZyz", "ZYzy"))

    assert check(qwertz).status is CodeStatus.VALID


@given(st.data())
def test_changing_any_character_is_rejected(data: st.DataObject) -> None:
    position = data.draw(st.integers(0, CODE_LENGTH - 1), label="position")
    original = CURRENT_CODE[position]
    # Mostly characters of the code's own alphabet: the forgeries a scanner could read.
    replacement = data.draw(
        st.one_of(st.sampled_from(ALPHABET + ALPHABET.lower()), st.characters()).filter(
            lambda c: c.upper() != original
        ),
        label="replacement",
    )
    forged = CURRENT_CODE[:position] + replacement + CURRENT_CODE[position + 1 :]

    result = check(forged)

    assert result.status in REJECTED
    assert not result.authentic


@given(st.integers(0, CODE_LENGTH - 1))
def test_truncated_codes_are_rejected(length: int) -> None:
    assert check(CURRENT_CODE[:length]).status is CodeStatus.INVALID
    assert check(CURRENT_CODE[CODE_LENGTH - length :]).status is CodeStatus.INVALID


@given(st.text())
@example("")
@example(PREFIX)
@example("\x00" * CODE_LENGTH)
def test_random_text_is_rejected(text: str) -> None:
    assert check(text).status is CodeStatus.INVALID


@given(st.text(alphabet=ALPHABET, min_size=CODE_LENGTH - 3, max_size=CODE_LENGTH - 3))
def test_random_codes_in_the_right_shape_are_rejected(body: str) -> None:
    result = check(PREFIX + body)

    assert result.status in REJECTED
    assert not result.authentic


@given(st.integers(1, CODE_LENGTH - 1), st.characters(categories=["Cc"]))
def test_control_characters_inside_a_code_are_rejected(position: int, control: str) -> None:
    assert check(CURRENT_CODE[:position] + control + CURRENT_CODE[position:]).status in REJECTED


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f"])
def test_non_whitespace_control_characters_around_a_code_are_rejected(control: str) -> None:
    assert check(control + CURRENT_CODE).status is CodeStatus.INVALID
    assert check(CURRENT_CODE + control).status is CodeStatus.INVALID


def test_a_megabyte_of_input_is_rejected() -> None:
    assert check(CURRENT_CODE + "A" * 1_000_000).status is CodeStatus.INVALID
    assert check(" " * 1_000_000 + CURRENT_CODE).status is CodeStatus.INVALID
    assert check("\x00" * 1_048_576).status is CodeStatus.INVALID


def test_unicode_that_uppercases_into_the_alphabet_is_rejected() -> None:
    # "ſ".upper() == "S": a lenient reader would take this for the real code.
    code = next(
        code
        for issue in range(1, 100)
        if "S" in (code := EVENT.code_for(KNOWN_UUID, issue))[len(PREFIX) :]
    )
    index = code.index("S", len(PREFIX))
    lookalike = code[:index] + "ſ" + code[index + 1 :]

    assert check(code).authentic
    assert check(lookalike).status is CodeStatus.INVALID


def test_a_code_signed_with_another_key_is_invalid() -> None:
    impostor = EventKey(EVENT.event_uuid, bytes(32))

    assert check(impostor.code_for(KNOWN_UUID, 2)).status is CodeStatus.INVALID


def test_a_code_of_another_event_held_here_is_recognised_as_such() -> None:
    result = check(OTHER_EVENT.code_for(KNOWN_UUID, 1))

    assert result.status is CodeStatus.WRONG_EVENT
    assert result.authentic
    assert result.registration_id is None


def test_a_forgery_carrying_another_events_tag_is_invalid() -> None:
    forged = EventKey(OTHER_EVENT.event_uuid, bytes(32)).code_for(KNOWN_UUID, 1)

    assert check(forged).status is CodeStatus.INVALID


def test_a_code_of_an_event_not_held_here_is_another_events() -> None:
    stranger = EventKey(str(uuid.uuid4()), bytes(32))

    result = check(stranger.code_for(KNOWN_UUID, 1))

    assert result.status is CodeStatus.WRONG_EVENT
    assert not result.authentic


def test_an_older_issue_is_revoked_and_a_newer_one_is_valid() -> None:
    older = check(EVENT.code_for(KNOWN_UUID, 1))
    newer = check(EVENT.code_for(KNOWN_UUID, 3))  # reissued at a desk not synced yet

    assert (older.status, older.registration_id) == (CodeStatus.REVOKED, 7)
    assert (newer.status, newer.registration_id) == (CodeStatus.VALID, 7)


def test_an_authentic_code_of_an_unknown_registration_says_so() -> None:
    newcomer = str(uuid.uuid4())

    result = check(EVENT.code_for(newcomer, 1))

    assert result == CodeCheck(CodeStatus.UNKNOWN, registration_uuid=newcomer, issue=1)
    assert result.authentic


def test_issue_zero_is_never_read() -> None:
    with pytest.raises(ValueError):
        EVENT.code_for(KNOWN_UUID, 0)


def test_the_key_never_shows_in_a_repr() -> None:
    assert EVENT.key.hex() not in repr(EVENT)
    assert repr(EVENT.key) not in repr(EVENT)


# --- on a database ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("codes") / "demo.sqlite"
    database = open_database(path)
    create_demo_event(database, attendees=500, seed=5)
    database.close()
    return path


@pytest.fixture(scope="module")
def demo(demo_path: Path) -> Iterator[Database]:
    """Read-only use: tests that change registrations make their own database."""
    database = open_database(demo_path)
    yield database
    database.close()


def _event_id(database: Database) -> int:
    with database.transaction() as session:
        return session.scalars(select(Event.id).order_by(Event.id)).first() or 0


def test_every_code_of_a_500_attendee_demo_verifies_and_fits_a_small_qr(demo: Database) -> None:
    event_id = _event_id(demo)
    codes = codes_for_event(demo, event_id)
    verifier = CodeVerifier(demo, event_id)
    with demo.transaction() as session:
        statuses = dict(session.execute(select(Registration.id, Registration.status)).all())

    assert len(codes) == 500
    assert len(set(codes.values())) == 500
    for registration_id, code in codes.items():
        result = verifier.verify(code)
        assert result.status is CodeStatus.VALID
        assert result.registration_id == registration_id
        assert result.registration_status == statuses[registration_id]
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
        qr.add_data(code)
        assert qr.best_fit() <= 4
    # The full build, masks and all, agrees and uses the compact alphanumeric mode.
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(next(iter(codes.values())))
    qr.make(fit=True)
    assert qr.version <= 4
    assert [chunk.mode for chunk in qr.data_list] == [qrcode.util.MODE_ALPHA_NUM]


def test_the_demo_gives_the_same_codes_for_the_same_seed(tmp_path: Path) -> None:
    def demo_codes(name: str, seed: int) -> list[str]:
        database = open_database(tmp_path / name)
        try:
            event_id = create_demo_event(database, attendees=30, seed=seed).event_id
            return sorted(codes_for_event(database, event_id).values())
        finally:
            database.close()

    assert demo_codes("a.sqlite", 4) == demo_codes("b.sqlite", 4)
    assert demo_codes("c.sqlite", 4) != demo_codes("d.sqlite", 6)


def test_code_for_one_registration_matches_the_event_list(demo: Database) -> None:
    codes = codes_for_event(demo, _event_id(demo))

    for registration_id in list(codes)[:20]:
        assert code_for_registration(demo, registration_id) == codes[registration_id]


@given(
    st.one_of(
        st.text(max_size=200),
        st.sampled_from(
            [
                "' OR 1=1 --",
                "CDK'; DROP TABLE registrations; --",
                '" OR ""="',
                "1; DELETE FROM events",
                "%' UNION SELECT checkin_key FROM events --",
            ]
        ),
    )
)
def test_hostile_input_is_rejected_and_changes_nothing(demo: Database, text: str) -> None:
    event_id = _event_id(demo)

    assert verify_code(demo, event_id, text).status is CodeStatus.INVALID
    with demo.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Registration)) == 500


def test_a_reissue_revokes_the_old_code(database: Database) -> None:
    event_id = create_demo_event(database, attendees=12, seed=2).event_id
    registration_id = next(iter(codes_for_event(database, event_id)))
    first = code_for_registration(database, registration_id)

    second = reissue_code(database, registration_id)
    third = reissue_code(database, registration_id)

    assert len({first, second, third}) == 3
    for old in (first, second):
        result = verify_code(database, event_id, old)
        assert (result.status, result.registration_id) == (CodeStatus.REVOKED, registration_id)
    assert verify_code(database, event_id, third).status is CodeStatus.VALID
    assert codes_for_event(database, event_id)[registration_id] == third


def test_a_reissue_marks_the_registration_changed(database: Database) -> None:
    event_id = create_demo_event(database, attendees=12, seed=2).event_id
    registration_id = next(iter(codes_for_event(database, event_id)))
    with database.transaction() as session:
        before = session.get(Registration, registration_id).updated_at  # type: ignore[union-attr]

    reissue_code(database, registration_id)

    with database.transaction() as session:
        registration = session.get(Registration, registration_id)
        assert registration is not None
        assert registration.updated_at > before
        assert registration.checkin_code_issue == 2


def test_a_desk_recognises_the_code_of_a_registration_it_has_not_seen(tmp_path: Path) -> None:
    """Two desks with copies of one file; a walk-in registered at the first desk shows
    up at the second as authentic but unknown, ready for a later sync."""
    first_desk = open_database(tmp_path / "desk1.sqlite")
    event_id = create_demo_event(first_desk, attendees=10, seed=3).event_id
    with (
        closing(sqlite3.connect(first_desk.path)) as source,
        closing(sqlite3.connect(tmp_path / "desk2.sqlite")) as target,
    ):
        source.backup(target)
    with first_desk.transaction() as session:
        walk_in = Registration(event_id=event_id, given_name="Mia", family_name="Weiß")
        session.add(walk_in)
        session.flush()
        walk_in_id, walk_in_uuid = walk_in.id, walk_in.uuid
    code = code_for_registration(first_desk, walk_in_id)
    first_desk.close()

    second_desk = open_database(tmp_path / "desk2.sqlite")
    try:
        result = verify_code(second_desk, event_id, code)
    finally:
        second_desk.close()

    assert result == CodeCheck(CodeStatus.UNKNOWN, registration_uuid=walk_in_uuid, issue=1)


def test_codes_of_another_event_in_the_same_file_are_told_apart(database: Database) -> None:
    first = create_demo_event(database, attendees=5, seed=1).event_id
    second = create_demo_event(database, attendees=5, seed=9).event_id
    code_of_first = next(iter(codes_for_event(database, first).values()))

    result = verify_code(database, second, code_of_first)

    assert result.status is CodeStatus.WRONG_EVENT
    assert result.authentic


def test_verifying_inside_the_callers_transaction_sees_its_writes(database: Database) -> None:
    event_id = create_demo_event(database, attendees=3, seed=1).event_id
    verifier = CodeVerifier(database, event_id)
    with database.transaction() as session:
        key = session.scalars(select(Event.checkin_key).where(Event.id == event_id)).one()
        event_uuid = session.scalars(select(Event.uuid).where(Event.id == event_id)).one()
        walk_in = Registration(event_id=event_id, given_name="Jonas", family_name="Öztürk")
        session.add(walk_in)
        session.flush()
        code = EventKey(event_uuid, key).code_for(walk_in.uuid, 1)

        result = verifier.verify(code, session)

    assert (result.status, result.registration_id) == (CodeStatus.VALID, walk_in.id)


def test_new_events_get_a_secret_key_of_their_own(database: Database) -> None:
    service = EventService(database)
    day = date(2027, 3, 18)
    draft = EventDraft(title="Themenmarktplatz", start_date=day, end_date=day)
    ids = [service.create(draft).id, service.create(draft).id]
    with database.transaction() as session:
        keys = session.scalars(select(Event.checkin_key).where(Event.id.in_(ids))).all()

    assert [len(key) for key in keys] == [32, 32]
    assert keys[0] != keys[1]
    assert all(key.hex() not in repr(service.get(i)) for key, i in zip(keys, ids, strict=True))


def test_an_event_without_a_proper_key_is_refused_by_the_database(database: Database) -> None:
    create_demo_event(database, attendees=1, seed=1)
    with closing(sqlite3.connect(database.path)) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="check-in key"):
            connection.execute(
                "INSERT INTO events (uuid, created_at, updated_at, title, subtitle, start_date, "
                "end_date, day_starts, day_ends, venue_name, venue_address, timezone, language) "
                "VALUES ('0e5d3f5e-2f6c-4a57-9a43-2d1b9f0c8e11', '2026-11-01', '2026-11-01', "
                "'Ohne Schlüssel', '', '2027-03-18', '2027-03-18', '10:00:00', '17:00:00', "
                "'', '', 'Europe/Berlin', 'de')"
            )
        with pytest.raises(sqlite3.IntegrityError, match="check-in key"):
            connection.execute("UPDATE events SET checkin_key = X'00'")


def test_unknown_ids_are_reported_clearly(database: Database) -> None:
    with pytest.raises(UserError) as no_registration:
        code_for_registration(database, 404)
    with pytest.raises(UserError) as no_event:
        verify_code(database, 404, CURRENT_CODE)

    assert no_registration.value.code == "no_such_registration"
    assert no_event.value.code == "no_such_event"


def test_a_registration_whose_uuid_is_not_a_uuid_has_no_code(database: Database) -> None:
    event_id = create_demo_event(database, attendees=2, seed=1).event_id
    with closing(sqlite3.connect(database.path)) as connection, connection:
        connection.execute("UPDATE registrations SET uuid = 'not-a-uuid' WHERE id = 1")

    with pytest.raises(UserError) as error:
        codes_for_event(database, event_id)

    assert error.value.code == "registration_uuid_malformed"


# --- upgrading a file written before codes existed -------------------------------------------

# At the first schema, with plain SQL so the test does not depend on today's models.
FIRST_REVISION_ROWS = """
INSERT INTO events (id, uuid, created_at, updated_at, title, subtitle, start_date, end_date,
    day_starts, day_ends, venue_name, venue_address, timezone, language)
VALUES (1, '8c3e1f2a-4b5d-4e6f-8a7b-9c0d1e2f3a4b', '2026-10-01 09:00:00',
    '2026-10-01 09:00:00', 'Themenmarktplatz Dorfgemeinschaft', '', '2027-05-06', '2027-05-06',
    '10:00:00', '17:00:00', 'Dorfgemeinschaftshaus Wiebelsheim', '', 'Europe/Berlin', 'de');
INSERT INTO registrations (id, uuid, created_at, updated_at, event_id, title, given_name,
    family_name, email, phone, organization_id, position, category, status, dietary_needs,
    accessibility_needs, photo_consent, attendee_list_consent, notes, source)
VALUES
 (1, '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', '2026-10-02 09:00:00', '2026-10-02 09:00:00', 1,
  '', 'Hannah', 'Schäfer', '', '', NULL, '', 'participant', 'registered', '', '', 0, 0, '',
  'manual'),
 (2, '6e7f8a9b-0c1d-4e2f-9a3b-4c5d6e7f8a9b', '2026-10-02 09:05:00', '2026-10-02 09:05:00', 1,
  '', 'Lukas', 'Brandt', '', '', NULL, '', 'speaker', 'cancelled', '', '', 0, 0, '',
  'import');
"""


def _upgraded_first_revision_file(path: Path) -> Database:
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, migrate.revisions_oldest_first()[0])
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(FIRST_REVISION_ROWS)
    return open_database(path)


def test_an_upgraded_file_gives_every_registration_a_working_code(tmp_path: Path) -> None:
    database = _upgraded_first_revision_file(tmp_path / "old.sqlite")
    try:
        codes = codes_for_event(database, 1)
        results = {i: verify_code(database, 1, code) for i, code in codes.items()}
        with database.transaction() as session:
            issues = session.scalars(select(Registration.checkin_code_issue)).all()
    finally:
        database.close()

    assert issues == [1, 1]
    assert {i: (r.status, r.registration_status) for i, r in results.items()} == {
        1: (CodeStatus.VALID, "registered"),
        2: (CodeStatus.VALID, "cancelled"),
    }


def test_an_upgrade_gives_each_file_a_fresh_random_key(tmp_path: Path) -> None:
    keys = []
    for name in ("one.sqlite", "two.sqlite"):
        database = _upgraded_first_revision_file(tmp_path / name)
        with database.transaction() as session:
            keys.append(session.scalars(select(Event.checkin_key)).one())
        database.close()

    assert [len(key) for key in keys] == [32, 32]
    assert keys[0] != keys[1]  # same event row, same UUID: only randomness tells them apart
