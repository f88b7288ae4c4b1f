"""The event service: what a desk enters is stored as entered, mistakes are refused
with a reason, and rooms are saved in the order the user gave."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from confdesk.db.models import AgendaSession
from confdesk.domain.events.service import EventDraft, EventService, RoomData, ValidationError

DAY = date(2027, 3, 18)
DRAFT = EventDraft(
    title="  Regionalkonferenz Modellprojekte Smart Cities ",
    start_date=DAY,
    end_date=DAY,
    day_starts=time(10, 0),
    day_ends=time(17, 0),
    venue_name="Kulturzentrum Bad Belzig",
    venue_address="Weitzgrunder Straße 4\n14806 Bad Belzig",
)


def test_create_stores_the_event_with_its_rooms(database) -> None:
    service = EventService(database)
    created = service.create(DRAFT, [RoomData("Großer Saal", 200), RoomData("Foyer", None, "EG")])
    stored = service.get(created.id)
    assert stored.title == "Regionalkonferenz Modellprojekte Smart Cities"
    assert stored.venue_address == "Weitzgrunder Straße 4\n14806 Bad Belzig"
    assert [(r.name, r.capacity, r.location) for r in stored.rooms] == [
        ("Großer Saal", 200, ""),
        ("Foyer", None, "EG"),
    ]
    assert len(stored.uuid) == 36


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"title": "   "}, "title", "title_required"),
        ({"end_date": date(2027, 3, 17)}, "end_date", "ends_before_start"),
        ({"day_ends": time(9, 0)}, "day_ends", "day_ends_before_start"),
        ({"timezone": "Europe/Bad_Belzig"}, "timezone", "unknown_timezone"),
        ({"language": "fr"}, "language", "unknown_language"),
    ],
)
def test_impossible_event_details_are_refused(database, change, field, code) -> None:
    service = EventService(database)
    with pytest.raises(ValidationError) as raised:
        service.create(replace(DRAFT, **change))
    assert (raised.value.field, raised.value.code) == (field, code)
    assert service.list_events() == []


@pytest.mark.parametrize(
    ("rooms", "code"),
    [
        ([RoomData("  ")], "room_name_required"),
        ([RoomData("Saal"), RoomData("saal ")], "room_twice"),
        ([RoomData("Saal", -1)], "room_capacity_negative"),
    ],
)
def test_impossible_rooms_are_refused_and_nothing_is_saved(database, rooms, code) -> None:
    service = EventService(database)
    event = service.create(DRAFT, [RoomData("Großer Saal", 200)])
    with pytest.raises(ValidationError) as raised:
        service.update(event.id, replace(DRAFT, title="Changed"), rooms)
    assert raised.value.code == code
    unchanged = service.get(event.id)
    assert unchanged.title == DRAFT.title.strip()
    assert [r.name for r in unchanged.rooms] == ["Großer Saal"]


def test_update_renames_reorders_adds_and_removes_rooms(database) -> None:
    service = EventService(database)
    event = service.create(DRAFT, [RoomData("Saal A", 100), RoomData("Saal B", 50)])
    saal_a, saal_b = event.rooms
    updated = service.update(
        event.id,
        event.draft(),
        [RoomData("Bibliothek", 25), replace(saal_b, name="Kleiner Saal")],
    )
    assert [(r.name, r.capacity) for r in updated.rooms] == [
        ("Bibliothek", 25),
        ("Kleiner Saal", 50),
    ]
    assert updated.rooms[1].id == saal_b.id  # renamed, not replaced: sessions stay in it
    assert saal_a.id not in {r.id for r in updated.rooms}


def test_removing_a_room_keeps_its_sessions_without_a_room(database) -> None:
    service = EventService(database)
    event = service.create(DRAFT, [RoomData("Saal A", 100)])
    with database.transaction() as session:
        session.add(
            AgendaSession(
                event_id=event.id,
                title="Impuls",
                starts_at=datetime(2027, 3, 18, 10, 15),
                ends_at=datetime(2027, 3, 18, 10, 45),
                room_id=event.rooms[0].id,
            )
        )
    assert service.sessions_per_room(event.id) == {event.rooms[0].id: 1}
    service.update(event.id, event.draft(), [])
    with database.transaction() as session:
        agenda = session.query(AgendaSession).one()
        assert (agenda.title, agenda.room_id) == ("Impuls", None)


def test_current_event_prefers_the_remembered_one_else_the_newest(database) -> None:
    service = EventService(database)
    assert service.current() is None
    older = service.create(
        replace(DRAFT, title="2026", start_date=date(2026, 5, 1), end_date=date(2026, 5, 1))
    )
    newer = service.create(replace(DRAFT, title="2027"))
    assert service.current().uuid == newer.uuid
    assert service.current(older.uuid).uuid == older.uuid
    assert service.current("no-such-uuid").uuid == newer.uuid
