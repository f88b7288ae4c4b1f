"""The demo conference: deterministic, realistic, consistent, and all or nothing."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from contextlib import closing
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from confdesk.db.database import Database, open_database
from confdesk.db.models import Organization, SessionKind
from confdesk.domain.demo.conference import DemoSummary, create_demo_event
from confdesk.domain.events.service import EventService
from confdesk.errors import UserError
from confdesk.normalize import ascii_slug

DEMO_TABLES = (
    "events",
    "rooms",
    "topics",
    "organizations",
    "registrations",
    "registration_topics",
    "agenda_sessions",
    "session_speakers",
    "session_signups",
)


def _demo_file(path: Path, **options: Any) -> tuple[Path, DemoSummary]:
    database = open_database(path)
    try:
        summary = create_demo_event(database, **options)
    finally:
        database.close()
    return path, summary


def _rows(path: Path, sql: str, *parameters: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, parameters).fetchall()


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    return {table: _rows(path, f"SELECT * FROM {table} ORDER BY 1, 2") for table in DEMO_TABLES}


def _count(path: Path, table: str) -> int:
    return _rows(path, f"SELECT count(*) FROM {table}")[0][0]


@pytest.fixture(scope="module")
def default_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as `confdesk demo` makes it without options."""
    path, _ = _demo_file(tmp_path_factory.mktemp("default") / "demo.sqlite")
    return path


@pytest.fixture(scope="module")
def large_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, _ = _demo_file(tmp_path_factory.mktemp("large") / "demo.sqlite", attendees=5_000, seed=3)
    return path


@pytest.fixture
def two_demos_in_one(tmp_path: Path) -> Path:
    """A user's file that already knew Guben, then got the same demo twice."""
    path = tmp_path / "twice.sqlite"
    database = open_database(path)
    try:
        with database.transaction() as session:
            session.add(
                Organization(name="Stadt Guben", kind="municipality", federal_state="Brandenburg")
            )
        create_demo_event(database, attendees=300, seed=1)
        create_demo_event(database, attendees=300, seed=1)
    finally:
        database.close()
    return path


def test_same_seed_gives_identical_databases(tmp_path: Path) -> None:
    first, _ = _demo_file(tmp_path / "a.sqlite", attendees=400, seed=7)
    second, _ = _demo_file(tmp_path / "b.sqlite", attendees=400, seed=7)

    first_dump = _dump(first)
    assert all(first_dump[table] for table in DEMO_TABLES)
    assert first_dump == _dump(second)


@pytest.mark.slow
def test_same_seed_gives_identical_databases_in_another_process(tmp_path: Path) -> None:
    """Nothing may depend on the process, such as the order of a set of strings."""
    here, _ = _demo_file(tmp_path / "here.sqlite", attendees=300, seed=11)
    there = tmp_path / "there.sqlite"
    command = [sys.executable, "-m", "confdesk", "--db", str(there), "demo"]
    subprocess.run(
        [*command, "--attendees", "300", "--seed", "11"],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONHASHSEED": "4242"},
    )

    assert _dump(here) == _dump(there)


def test_different_seeds_give_different_crowds(tmp_path: Path) -> None:
    first, _ = _demo_file(tmp_path / "a.sqlite", attendees=400, seed=7)
    second, _ = _demo_file(tmp_path / "b.sqlite", attendees=400, seed=8)

    names = "SELECT given_name, family_name, email FROM registrations ORDER BY id"
    assert _rows(first, names) != _rows(second, names)
    assert _rows(first, "SELECT uuid FROM events") != _rows(second, "SELECT uuid FROM events")


@pytest.mark.parametrize("attendees", [1, 7, 40, 400])
def test_counts_match_the_request(tmp_path: Path, attendees: int) -> None:
    path, summary = _demo_file(tmp_path / "demo.sqlite", attendees=attendees)

    assert summary.registrations == attendees == _count(path, "registrations")
    assert summary.sessions == _count(path, "agenda_sessions") > 0
    assert summary.rooms == _count(path, "rooms") > 0
    assert summary.signups == _count(path, "session_signups")
    used = _rows(path, "SELECT count(DISTINCT organization_id) FROM registrations")[0][0]
    assert summary.organizations == used == _count(path, "organizations")
    assert summary.title == "Regionalkonferenz Modellprojekte Smart Cities"


def test_fewer_than_one_attendee_is_refused(database: Database) -> None:
    with pytest.raises(UserError):
        create_demo_event(database, attendees=0)


def test_event_is_the_bad_belzig_conference(default_demo: Path) -> None:
    database = open_database(default_demo)
    try:
        event = EventService(database).current()
    finally:
        database.close()

    assert event is not None
    assert event.title == "Regionalkonferenz Modellprojekte Smart Cities"
    assert "Bad Belzig" in event.venue_name and "Bad Belzig" in event.venue_address
    assert event.start_date == event.end_date
    assert (event.day_starts, event.day_ends) == (time(10, 0), time(17, 0))
    assert (event.timezone, event.language) == ("Europe/Berlin", "de")
    assert {room.name for room in event.rooms} >= {"Großer Saal", "Foyer"}
    assert all(room.capacity is not None and 0 < room.capacity <= 200 for room in event.rooms)


def test_default_demo_has_german_and_international_names(default_demo: Path) -> None:
    people = _rows(default_demo, "SELECT title, given_name, family_name FROM registrations")
    titles = {title for title, _, _ in people}
    names = [f"{given} {family}" for _, given, family in people]
    families = [family for _, _, family in people]

    assert {"Dr.", "Prof. Dr.", "Dipl.-Ing."} <= titles
    assert any(re.search("[äöüÄÖÜ]", name) for name in names)
    assert any("ß" in family for family in families)
    assert any("-" in family for family in families)
    assert any(re.match(r"(von|van|de|zu) ", family) for family in families)
    assert any(re.search("[\u0400-\u04ff]", name) for name in names)  # Cyrillic
    assert any(re.search("[\u0370-\u03ff]", name) for name in names)  # Greek
    assert any(re.search("[ÇŞİışçğ]", name) for name in names)  # Turkish


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Müller-Lüdenscheidt", "mueller-luedenscheidt"),
        ("Größmann", "groessmann"),
        ("von und zu Guttenberg", "von-und-zu-guttenberg"),
        ("Çalışkan", "caliskan"),
        ("Nguyễn", "nguyen"),
        ("Wiśniewski", "wisniewski"),
        ("Østergaard", "oestergaard"),
        ("Иванова", "ivanova"),
        ("Παπαδόπουλος", "papadopoulos"),
        ("Thu Trang", "thu-trang"),
    ],
)
def test_names_become_ascii_in_email_addresses(name: str, slug: str) -> None:
    assert ascii_slug(name) == slug


@pytest.mark.parametrize("demo", ["default_demo", "large_demo"])
def test_emails_are_unique_and_made_from_the_names(
    demo: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(demo)
    people = _rows(path, "SELECT given_name, family_name, email FROM registrations")
    emails = [email for _, _, email in people]

    assert len(set(emails)) == len(emails)
    for given, family, email in people:
        assert re.fullmatch(r"[a-z0-9.-]+@[a-z0-9.-]+\.example", email), email
        assert email.startswith(f"{ascii_slug(given)}.{ascii_slug(family)}"), email


def _sessions(path: Path) -> list[dict[str, Any]]:
    columns = "id, title, kind, starts_at, ends_at, room_id, capacity, topic_id, signup_required"
    rows = _rows(path, f"SELECT {columns} FROM agenda_sessions")
    sessions = [dict(zip(columns.split(", "), row, strict=True)) for row in rows]
    for session in sessions:
        session["starts_at"] = datetime.fromisoformat(session["starts_at"])
        session["ends_at"] = datetime.fromisoformat(session["ends_at"])
    return sessions


def _overlap(first: dict[str, Any], second: dict[str, Any]) -> bool:
    return first["starts_at"] < second["ends_at"] and second["starts_at"] < first["ends_at"]


def test_agenda_has_three_rounds_of_parallel_workshops(default_demo: Path) -> None:
    rounds: dict[tuple[datetime, datetime], list[dict[str, Any]]] = defaultdict(list)
    for session in _sessions(default_demo):
        if session["kind"] == SessionKind.WORKSHOP:
            rounds[session["starts_at"], session["ends_at"]].append(session)
    room_capacity = dict(_rows(default_demo, "SELECT id, capacity FROM rooms"))

    assert len(rounds) == 3
    for workshops in rounds.values():
        assert 3 <= len(workshops) <= 4
        rooms = [workshop["room_id"] for workshop in workshops]
        assert None not in rooms and len(set(rooms)) == len(rooms)
        for workshop in workshops:
            assert workshop["signup_required"] and workshop["topic_id"] is not None
            assert 0 < workshop["capacity"] <= room_capacity[workshop["room_id"]]


def test_agenda_fits_the_day_without_double_booked_rooms(default_demo: Path) -> None:
    sessions = _sessions(default_demo)
    day = sessions[0]["starts_at"].date()
    opens, closes = datetime.combine(day, time(10, 0)), datetime.combine(day, time(17, 0))

    assert {session["kind"] for session in sessions} == {kind.value for kind in SessionKind}
    for session in sessions:
        assert opens <= session["starts_at"] < session["ends_at"] <= closes, session["title"]
    for index, first in enumerate(sessions):
        for second in sessions[index + 1 :]:
            if first["room_id"] is not None and first["room_id"] == second["room_id"]:
                assert not _overlap(first, second), (first["title"], second["title"])

    by_kind = {session["kind"]: session for session in sessions}
    excursion = by_kind[SessionKind.EXCURSION]
    assert excursion["signup_required"] and excursion["capacity"] <= 20
    workshops = [s for s in sessions if s["kind"] == SessionKind.WORKSHOP]
    assert any(_overlap(excursion, workshop) for workshop in workshops)
    speed_dating = by_kind[SessionKind.SPEED_DATING]
    assert speed_dating["ends_at"] - speed_dating["starts_at"] == timedelta(minutes=45)


def _signups(path: Path) -> list[tuple[int, int, str, str, str]]:
    return _rows(
        path,
        "SELECT u.session_id, u.registration_id, u.status, u.signed_up_at, r.status "
        "FROM session_signups u JOIN registrations r ON r.id = u.registration_id",
    )


@pytest.mark.parametrize("demo", ["default_demo", "large_demo"])
def test_signups_fill_seats_then_an_ordered_waiting_list(
    demo: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(demo)
    sessions = {session["id"]: session for session in _sessions(path)}
    signups = _signups(path)
    by_session: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for session_id, _, status, signed_up_at, _ in signups:
        by_session[session_id][status].append(signed_up_at)

    assert sum(len(lists["waitlisted"]) for lists in by_session.values()) > 0
    for session_id, lists in by_session.items():
        session = sessions[session_id]
        assert session["signup_required"]
        assert len(lists["signed_up"]) <= session["capacity"]
        if lists["waitlisted"]:
            assert len(lists["signed_up"]) == session["capacity"]
            assert max(lists["signed_up"]) < min(lists["waitlisted"])


def test_signups_stay_bounded_and_consistent(large_demo: Path) -> None:
    sessions = {session["id"]: session for session in _sessions(large_demo)}
    signups = _signups(large_demo)
    offered = sum(s["capacity"] for s in sessions.values() if s["signup_required"])

    # Seats plus short waiting lists plus the odd cancellation: not one per attendee.
    assert len(signups) < 2 * offered
    for _, _, status, _, registration_status in signups:
        assert registration_status != "waitlisted"
        assert (status == "cancelled") == (registration_status == "cancelled")
    per_person: dict[int, list[int]] = defaultdict(list)
    for session_id, registration_id, *_ in signups:
        per_person[registration_id].append(session_id)
    for chosen in per_person.values():
        for index, first in enumerate(chosen):
            for second in chosen[index + 1 :]:
                assert not _overlap(sessions[first], sessions[second])


def test_speakers_and_moderators_are_on_the_programme(default_demo: Path) -> None:
    sessions = {session["id"]: session for session in _sessions(default_demo)}
    links = _rows(
        default_demo,
        "SELECT p.session_id, p.registration_id, p.role, r.category "
        "FROM session_speakers p JOIN registrations r ON r.id = p.registration_id",
    )
    on_stage = _rows(
        default_demo, "SELECT id FROM registrations WHERE category IN ('speaker', 'moderator')"
    )

    assert {role for _, _, role, _ in links} == {"speaker", "moderator"}
    assert all(role == category for _, _, role, category in links)
    assert {registration_id for (registration_id,) in on_stage} == {r for _, r, _, _ in links}
    moderators = Counter(session_id for session_id, _, role, _ in links if role == "moderator")
    for session in sessions.values():
        if session["kind"] == SessionKind.WORKSHOP:
            assert moderators[session["id"]] == 1
    per_person: dict[int, list[int]] = defaultdict(list)
    for session_id, registration_id, _, _ in links:
        per_person[registration_id].append(session_id)
    for appearances in per_person.values():
        for index, first in enumerate(appearances):
            for second in appearances[index + 1 :]:
                assert not _overlap(sessions[first], sessions[second])


def test_registrations_have_a_realistic_mix(large_demo: Path) -> None:
    total = _count(large_demo, "registrations")
    statuses = Counter(
        dict(_rows(large_demo, "SELECT status, count(*) FROM registrations GROUP BY 1"))
    )
    categories = {c for (c,) in _rows(large_demo, "SELECT DISTINCT category FROM registrations")}
    sources = {s for (s,) in _rows(large_demo, "SELECT DISTINCT source FROM registrations")}
    needs = _rows(
        large_demo,
        "SELECT sum(dietary_needs != ''), sum(accessibility_needs != ''), sum(notes != ''), "
        "sum(phone != ''), sum(photo_consent), sum(attendee_list_consent) FROM registrations",
    )[0]

    assert statuses["registered"] / total > 0.85
    assert 0.03 < statuses["waitlisted"] / total < 0.07
    assert 0.03 < statuses["cancelled"] / total < 0.07
    assert categories == {
        "participant", "speaker", "moderator", "exhibitor", "staff", "press", "guest",
    }  # fmt: skip
    assert sources == {"import", "manual"}
    assert all(0 < count < total for count in needs)
    assert _count(large_demo, "registration_topics") > total
    assert _count(large_demo, "checkins") == _count(large_demo, "print_records") == 0


def test_organizations_cover_funded_and_unfunded_places(default_demo: Path) -> None:
    organizations = _rows(
        default_demo,
        "SELECT name, kind, federal_state, funding_programme, cohort FROM organizations",
    )
    kinds = {kind for _, kind, _, _, _ in organizations}
    names = {name for name, *_ in organizations}
    municipalities = [o for o in organizations if o[1] == "municipality"]

    assert {"Stadt Bad Belzig", "Stadt Cottbus", "Landeshauptstadt Potsdam"} <= names
    assert kinds >= {"municipality", "district", "state_agency", "business", "research"}
    assert all(state for _, _, state, _, _ in organizations)
    for _, _, _, programme, cohort in organizations:
        assert (programme == "Modellprojekte Smart Cities") == bool(cohort)
        assert cohort in ("", "Staffel 1", "Staffel 2", "Staffel 3")
    assert any(cohort for *_, cohort in municipalities)
    assert any(not cohort for *_, cohort in municipalities)


def test_two_demos_in_one_database_share_organizations(two_demos_in_one: Path) -> None:
    path = two_demos_in_one
    events = _rows(path, "SELECT id, uuid FROM events ORDER BY id")
    names = [name for (name,) in _rows(path, "SELECT name FROM organizations")]
    used = {
        event_id: {
            organization_id
            for (organization_id,) in _rows(
                path,
                "SELECT DISTINCT organization_id FROM registrations WHERE event_id = ?",
                event_id,
            )
        }
        for event_id, _ in events
    }
    guben = _rows(path, "SELECT id FROM organizations WHERE name = 'Stadt Guben'")

    assert len(events) == 2 and events[0][1] != events[1][1]
    assert len(names) == len(set(names))
    first, second = used.values()
    assert first == second  # the same seed chose the same organisations, now shared
    assert guben == [(1,)]  # the one that was there before the demos
    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(path, "PRAGMA foreign_key_check") == []


@pytest.mark.parametrize("demo", ["default_demo", "large_demo"])
def test_database_passes_integrity_checks(demo: str, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(demo)

    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(path, "PRAGMA foreign_key_check") == []


class _Cancelled(Exception):
    pass


def test_an_error_midway_writes_nothing(database: Database) -> None:
    def cancel_after_some_registrations(done: int, total: int) -> None:
        if 1_500 < done < total:
            raise _Cancelled

    with pytest.raises(_Cancelled):
        create_demo_event(database, attendees=3_000, progress=cancel_after_some_registrations)

    for table in DEMO_TABLES:
        assert _count(database.path, table) == 0, table
    assert create_demo_event(database, attendees=50).registrations == 50


def test_progress_rises_to_the_total(database: Database) -> None:
    reports: list[tuple[int, int]] = []

    create_demo_event(database, attendees=2_500, progress=lambda *report: reports.append(report))

    totals = {total for _, total in reports}
    done = [value for value, _ in reports]
    assert len(totals) == 1 and len(reports) > 3
    assert done[0] == 0 and done[-1] == totals.pop()
    assert done == sorted(done)


def test_the_day_as_it_went_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    first, summary = _demo_file(tmp_path / "a.sqlite", attendees=120, seed=7, arrivals=True)
    second, _ = _demo_file(tmp_path / "b.sqlite", attendees=120, seed=7, arrivals=True)
    before, _ = _demo_file(tmp_path / "c.sqlite", attendees=120, seed=7)

    records = "SELECT * FROM checkins ORDER BY id"
    prints = "SELECT * FROM print_records ORDER BY id"
    assert summary.checkins == _count(first, "checkins") > 0
    assert _rows(first, records) == _rows(second, records)
    assert _rows(first, prints) == _rows(second, prints)
    # The day adds to the demo; everything before it stays as without it.
    assert _dump(first) == _dump(before)
    assert _count(before, "checkins") == _count(before, "print_records") == 0
