"""The programme as people and calendar programs read it: PDF text by day with parallel
sessions side by side, door signs per room, participant lists, and an iCalendar file that
the icalendar package parses back to the same sessions and moments."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from pdf_reading import EVENT_ID, page_texts

from confdesk.domain.agenda.programme import load_programme
from confdesk.domain.agenda.service import AgendaService
from confdesk.domain.agenda.signups import SignupService
from confdesk.errors import UserError
from confdesk.output.agenda.ical import fold, programme_ical
from confdesk.output.agenda.ical_timezone import vtimezone_lines
from confdesk.output.agenda.outputs import (
    write_door_signs,
    write_participant_lists,
    write_programme,
)
from confdesk.output.agenda.programme_pdf import programme_rows


def test_the_programme_pdf_lists_every_session_by_day(demo, tmp_path: Path) -> None:
    run = write_programme(demo, EVENT_ID, tmp_path / "programm.pdf")
    text = " ".join(page_texts(tmp_path / "programm.pdf")).replace("\r\n", " ")
    assert run.programme_pages >= 1
    assert "Donnerstag, 18. März 2027" in text
    for word in ("Begrüßung", "Mittagspause", "Runde 1", "Seminarraum 2", "außer Haus"):
        assert word in text


def test_parallel_sessions_share_a_row_and_rounds_stay_together(demo) -> None:
    programme = load_programme(demo, EVENT_ID)
    rows = programme_rows(programme.on(programme.start_date))
    sizes = {row.starts_at.strftime("%H:%M"): len(row.items) for row in rows}
    # Round 2 holds the excursion (14:15) and three workshops; the coffee break
    # overlapping the excursion keeps a row of its own.
    assert sizes["11:05"] == 4 and sizes["14:15"] == 4 and sizes["15:10"] == 1
    assert all(len({item.round_number for item in row.items}) == 1 for row in rows)


def test_every_room_gets_its_door_sign(demo, tmp_path: Path) -> None:
    write_door_signs(demo, EVENT_ID, tmp_path / "tueren.pdf")
    pages = page_texts(tmp_path / "tueren.pdf")
    assert len(pages) == 6
    library = next(page for page in pages if page.startswith("Bibliothek"))
    assert "Katastrophenschutz" in library and "Kaffeepause" in library
    assert "Smart Sharing" not in library  # Kleiner Saal's
    files = write_door_signs(demo, EVENT_ID, tmp_path / "signs")
    assert files == 6 and (tmp_path / "signs" / "2027-03-18-grosser-saal.pdf").exists()


def test_rooms_whose_names_spell_alike_get_a_door_sign_file_each(demo, tmp_path: Path) -> None:
    with demo.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE rooms SET name = 'Großer-Saal' WHERE name = 'Kleiner Saal'"
        )
    files = write_door_signs(demo, EVENT_ID, tmp_path / "signs")
    assert files == 6
    assert (tmp_path / "signs" / "2027-03-18-grosser-saal.pdf").exists()
    assert (tmp_path / "signs" / "2027-03-18-grosser-saal-2.pdf").exists()


def test_participant_lists_name_the_seated_and_the_waiting_in_order(demo, tmp_path: Path) -> None:
    """(Of those who agreed to be listed: see test_consent_on_paper.py.)"""
    programme = load_programme(demo, EVENT_ID)
    workshop = next(item for item in programme.items if item.round_number == 1)
    listed = SignupService(demo).participants(workshop.id)
    lists, _pages = write_participant_lists(
        demo, EVENT_ID, tmp_path / "listen.pdf", session_ids=[workshop.id]
    )
    text = " ".join(page_texts(tmp_path / "listen.pdf"))
    assert lists == 1
    assert workshop.title in text and "Moderation" in text
    for person in listed.seated:
        assert (person.full_name in text) == person.listed
    if listed.waiting:
        assert "Warteliste" in text
        positions = [text.index(p.full_name) for p in listed.waiting if p.listed]
        assert positions == sorted(positions)


def test_the_icalendar_file_parses_back(demo, tmp_path: Path) -> None:
    write_programme(demo, EVENT_ID, tmp_path / "programm.ics")
    data = (tmp_path / "programm.ics").read_bytes()
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    sessions = AgendaService(demo).list_sessions(EVENT_ID)
    assert set(events) == {s.uuid for s in sessions}
    berlin = ZoneInfo("Europe/Berlin")
    for session in sessions:
        event = events[session.uuid]
        assert str(event["SUMMARY"]) == session.title
        assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        # The venue's wall-clock time, and the same instant as in Berlin.
        assert start.replace(tzinfo=None) == session.starts_at
        assert end.replace(tzinfo=None) == session.ends_at
        assert start == session.starts_at.replace(tzinfo=berlin)
        assert end == session.ends_at.replace(tzinfo=berlin)


def test_icalendar_escapes_and_folds_any_text(demo) -> None:
    sessions = AgendaService(demo).list_sessions(EVENT_ID)
    odd = "Ärger; Lösungen, Backslash \\ und\nZeilen – " + "Überlänge " * 20
    AgendaService(demo).update(
        sessions[0].id, replace(sessions[0].draft(), title=odd.replace("\n", " "),
                                description=odd)
    )  # fmt: skip
    data = programme_ical(load_programme(demo, EVENT_ID), now=datetime(2027, 1, 1, tzinfo=UTC))
    event = next(
        e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
        if str(e["UID"]) == sessions[0].uuid
    )  # fmt: skip
    assert str(event["DESCRIPTION"]).startswith(odd.strip())
    assert str(event["SUMMARY"]) == " ".join(odd.split())


def test_folding_never_splits_a_character() -> None:
    line = "SUMMARY:" + "ä€😀" * 40
    folded = fold(line).encode()
    parts = folded.split(b"\r\n ")
    assert all(len(part) <= 75 for part in parts)
    assert b"".join(parts).decode() == line


def test_a_clock_change_day_keeps_wall_clock_times(demo) -> None:
    """On 28 March 2027 Berlin moves from UTC+1 to UTC+2 at 02:00."""
    session = AgendaService(demo).list_sessions(EVENT_ID)[0]
    day = datetime(2027, 3, 28, 10, 0)
    AgendaService(demo).update(
        session.id, replace(session.draft(), starts_at=day, ends_at=day + timedelta(hours=1))
    )
    data = programme_ical(load_programme(demo, EVENT_ID))
    assert b"DTSTART;TZID=Europe/Berlin:20270328T100000\r\n" in data
    calendar = icalendar.Calendar.from_ical(data)
    # The zone the file defines itself, not the parser's own copy of Europe/Berlin.
    (timezone,) = calendar.walk("VTIMEZONE")
    own = timezone.to_tz(lookup_tzid=False)
    assert own.utcoffset(datetime(2027, 3, 27, 10)) == timedelta(hours=1)
    assert own.utcoffset(datetime(2027, 3, 28, 10)) == timedelta(hours=2)
    assert own.utcoffset(datetime(2027, 10, 31, 10)) == timedelta(hours=1)
    event = next(e for e in calendar.walk("VEVENT") if str(e["UID"]) == session.uuid)
    start = event.decoded("DTSTART")
    assert start.replace(tzinfo=None) == day
    assert start.astimezone(UTC) == datetime(2027, 3, 28, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "hours"), [("Europe/Berlin", 1), ("Asia/Tokyo", 9), ("America/New_York", -5)]
)
def test_the_vtimezone_matches_the_zone_database(zone: str, hours: int) -> None:
    """Every wall-clock hour of the years covered has the offset the zone database gives
    (skipping the hour a clock change makes missing or double, where parsers differ)."""
    lines = vtimezone_lines(zone, date(2027, 1, 1), date(2028, 12, 31))
    calendar = icalendar.Calendar.from_ical(
        "\r\n".join(
            ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *lines, "END:VCALENDAR", ""]
        )
    )
    own = calendar.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    reference = ZoneInfo(zone)
    assert reference.utcoffset(datetime(2027, 1, 15)) == timedelta(hours=hours)
    moment = datetime(2027, 1, 1, 0, 30)
    checked = 0
    while moment < datetime(2029, 1, 1):
        offset = reference.utcoffset(moment)
        if offset == reference.utcoffset(moment.replace(fold=1)):
            assert own.utcoffset(moment) == offset, moment
            checked += 1
        moment += timedelta(hours=1)
    assert checked > 17000


def test_unknown_formats_and_empty_agendas_are_refused(demo, tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        write_programme(demo, EVENT_ID, tmp_path / "agenda.docx")
    assert raised.value.code == "agenda_format"
    for session in AgendaService(demo).list_sessions(EVENT_ID):
        AgendaService(demo).delete(session.id)
    with pytest.raises(UserError) as raised:
        write_programme(demo, EVENT_ID, tmp_path / "agenda.ics")
    assert raised.value.code == "agenda_empty"
