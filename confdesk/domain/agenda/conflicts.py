"""Conflicts in the agenda: what a change breaks, recomputed after every edit.

Five kinds, all warnings (nothing here stops a save):

- ``room_double_booked``: two sessions overlap in one room. A session spanning all rooms
  (a plenary item, a break) occupies every room, so it clashes with any session that has
  a room; sessions without a room (an excursion) occupy none.
- ``person_double_booked``: a speaker or moderator is in two overlapping sessions.
- ``outside_hours``: a session starts before the day starts, ends after it ends, or lies
  on a day outside the event's dates.
- ``over_capacity``: more seats taken than the session's or its room's capacity.
- ``parallel_signup``: a person holds seats in two overlapping sessions.

Times are half-open: a session ending at 11:00 does not clash with one starting at 11:00.
:func:`find_conflicts` is pure (a :class:`AgendaSnapshot` in, conflicts out), so tests can
feed it any agenda; :func:`load_snapshot` reads one with four plain queries. Overlaps are
found by a sweep over start times, so the work grows with the overlaps, not with the
square of the sessions or sign-ups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from confdesk.db.database import Database
from confdesk.db.models import RegistrationStatus, SignupStatus
from confdesk.domain.agenda.seats import effective_capacity
from confdesk.domain.registrations.names import PersonName


class ConflictKind(StrEnum):
    ROOM_DOUBLE_BOOKED = "room_double_booked"
    PERSON_DOUBLE_BOOKED = "person_double_booked"
    OUTSIDE_HOURS = "outside_hours"
    OVER_CAPACITY = "over_capacity"
    PARALLEL_SIGNUP = "parallel_signup"


@dataclass(frozen=True)
class SlotInfo:
    """What conflict detection needs of one session."""

    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    room_id: int | None = None
    spans_all_rooms: bool = False
    capacity: int | None = None


@dataclass(frozen=True)
class AgendaSnapshot:
    start_date: date
    end_date: date
    day_starts: time
    day_ends: time
    sessions: tuple[SlotInfo, ...]
    rooms: dict[int, tuple[str, int | None]] = field(default_factory=dict)  # name, capacity
    # session id → (registration id, person's name) of speakers and moderators
    people: dict[int, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    # session id → registrations holding a seat
    seated: dict[int, tuple[int, ...]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # registration id → name


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    session_ids: tuple[int, ...]  # sorted
    message: str  # English; the screen words it from kind and params
    params: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    # The person or room concerned, so two conflicts of one pair stay apart.
    subject: int | None = None


def find_conflicts(snapshot: AgendaSnapshot) -> list[Conflict]:
    titles = {s.id: s.title for s in snapshot.sessions}
    found = [
        *_room_conflicts(snapshot, titles),
        *_person_conflicts(snapshot, titles),
        *_hours_conflicts(snapshot),
        *_capacity_conflicts(snapshot),
        *_signup_conflicts(snapshot, titles),
    ]
    return sorted(found, key=lambda c: (c.session_ids, c.kind, c.subject or 0))


def conflicts_by_session(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    result: dict[int, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        for session_id in conflict.session_ids:
            result[session_id].append(conflict)
    return dict(result)


def overlapping_pairs(slots: Iterable[SlotInfo]) -> Iterator[tuple[SlotInfo, SlotInfo]]:
    """Every pair of overlapping slots, by a sweep over start times."""
    ordered = sorted(slots, key=lambda s: (s.starts_at, s.id))
    active: list[SlotInfo] = []
    for slot in ordered:
        active = [other for other in active if other.ends_at > slot.starts_at]
        for other in active:
            yield other, slot
        active.append(slot)


def _pair(a: SlotInfo, b: SlotInfo) -> tuple[int, int]:
    return (a.id, b.id) if a.id < b.id else (b.id, a.id)


def _room_conflicts(snapshot: AgendaSnapshot, titles: dict[int, str]) -> Iterator[Conflict]:
    placed = [s for s in snapshot.sessions if s.room_id is not None or s.spans_all_rooms]
    for a, b in overlapping_pairs(placed):
        if a.spans_all_rooms and b.spans_all_rooms:
            room_id = None
        elif a.spans_all_rooms or b.spans_all_rooms:
            room_id = a.room_id if b.spans_all_rooms else b.room_id
        elif a.room_id == b.room_id:
            room_id = a.room_id
        else:
            continue
        room = snapshot.rooms.get(room_id, ("", None))[0] if room_id is not None else ""
        ids = _pair(a, b)
        yield Conflict(
            ConflictKind.ROOM_DOUBLE_BOOKED,
            ids,
            f"“{titles[ids[0]]}” and “{titles[ids[1]]}” overlap in "
            + (f"“{room}”." if room else "all rooms."),
            {"room": room, "first": titles[ids[0]], "second": titles[ids[1]]},
            room_id,
        )


def _person_conflicts(snapshot: AgendaSnapshot, titles: dict[int, str]) -> Iterator[Conflict]:
    return _in_two_places(
        snapshot,
        titles,
        (
            (session_id, registration_id, name)
            for session_id, people in snapshot.people.items()
            for registration_id, name in people
        ),
        ConflictKind.PERSON_DOUBLE_BOOKED,
        "{name} is on the programme of “{first}” and “{second}” at the same time.",
    )


def _hours_conflicts(snapshot: AgendaSnapshot) -> Iterator[Conflict]:
    for slot in snapshot.sessions:
        day = slot.starts_at.date()
        day_start = datetime.combine(day, snapshot.day_starts)
        day_end = datetime.combine(day, snapshot.day_ends)
        outside_days = not (snapshot.start_date <= day <= snapshot.end_date)
        if outside_days or slot.starts_at < day_start or slot.ends_at > day_end:
            yield Conflict(
                ConflictKind.OUTSIDE_HOURS,
                (slot.id,),
                f"“{slot.title}” lies outside the event's "
                + ("days." if outside_days else "hours."),
                {"title": slot.title, "days": outside_days},
            )


def _capacity_conflicts(snapshot: AgendaSnapshot) -> Iterator[Conflict]:
    for slot in snapshot.sessions:
        room_capacity = (
            snapshot.rooms.get(slot.room_id, ("", None))[1] if slot.room_id is not None else None
        )
        capacity = effective_capacity(slot.capacity, room_capacity)
        seated = len(snapshot.seated.get(slot.id, ()))
        if capacity is not None and seated > capacity:
            yield Conflict(
                ConflictKind.OVER_CAPACITY,
                (slot.id,),
                f"“{slot.title}” has {seated} sign-ups for {capacity} seats.",
                {"title": slot.title, "seated": seated, "capacity": capacity},
            )


def _signup_conflicts(snapshot: AgendaSnapshot, titles: dict[int, str]) -> Iterator[Conflict]:
    names = snapshot.names
    return _in_two_places(
        snapshot,
        titles,
        (
            (session_id, registration_id, names.get(registration_id, f"#{registration_id}"))
            for session_id, registration_ids in snapshot.seated.items()
            for registration_id in registration_ids
        ),
        ConflictKind.PARALLEL_SIGNUP,
        "{name} is signed up for “{first}” and “{second}”, which run at the same time.",
    )


def _in_two_places(
    snapshot: AgendaSnapshot,
    titles: dict[int, str],
    entries: Iterable[tuple[int, int, str]],
    kind: ConflictKind,
    message: str,
) -> Iterator[Conflict]:
    """A conflict for every person in two overlapping sessions; ``entries``: (session id,
    registration id, the person's name) of each speaker or seat, ``message`` worded with
    ``name``, ``first`` and ``second``."""
    slots = {s.id: s for s in snapshot.sessions}
    by_person: dict[int, list[SlotInfo]] = defaultdict(list)
    names: dict[int, str] = {}
    for session_id, registration_id, name in entries:
        if session_id in slots:
            by_person[registration_id].append(slots[session_id])
            names[registration_id] = name
    for registration_id, sessions in by_person.items():
        for a, b in overlapping_pairs(sessions):
            ids = _pair(a, b)
            words: dict[str, object] = {
                "name": names[registration_id],
                "first": titles[ids[0]],
                "second": titles[ids[1]],
            }
            yield Conflict(kind, ids, message.format(**words), words, registration_id)


def load_snapshot(database: Database, event_id: int) -> AgendaSnapshot:
    with database.engine.connect() as connection:
        run = connection.exec_driver_sql
        event = run(
            "SELECT start_date, end_date, day_starts, day_ends FROM events WHERE id = ?",
            (event_id,),
        ).one()
        sessions = tuple(
            SlotInfo(r[0], r[1], _moment(r[2]), _moment(r[3]), r[4], bool(r[5]), r[6])
            for r in run(
                "SELECT id, title, starts_at, ends_at, room_id, spans_all_rooms, capacity "
                "FROM agenda_sessions WHERE event_id = ?",
                (event_id,),
            )
        )
        rooms = {
            r[0]: (r[1], r[2])
            for r in run("SELECT id, name, capacity FROM rooms WHERE event_id = ?", (event_id,))
        }
        people: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for r in run(
            "SELECT p.session_id, r.id, r.title, r.given_name, r.family_name "
            "FROM session_speakers p JOIN agenda_sessions s ON s.id = p.session_id "
            "JOIN registrations r ON r.id = p.registration_id WHERE s.event_id = ?",
            (event_id,),
        ):
            people[r[0]].append((r[1], PersonName(r[3], r[4], r[2]).full))
        seated: dict[int, list[int]] = defaultdict(list)
        names: dict[int, str] = {}
        for r in run(
            "SELECT g.session_id, r.id, r.title, r.given_name, r.family_name "
            "FROM session_signups g JOIN agenda_sessions s ON s.id = g.session_id "
            "JOIN registrations r ON r.id = g.registration_id "
            "WHERE s.event_id = ? AND g.status = ? AND r.status != ?",
            (event_id, SignupStatus.SIGNED_UP.value, RegistrationStatus.CANCELLED.value),
        ):
            seated[r[0]].append(r[1])
            names[r[1]] = PersonName(r[3], r[4], r[2]).full
    return AgendaSnapshot(
        start_date=date.fromisoformat(event[0]),
        end_date=date.fromisoformat(event[1]),
        day_starts=time.fromisoformat(event[2]),
        day_ends=time.fromisoformat(event[3]),
        sessions=sessions,
        rooms=rooms,
        people={k: tuple(v) for k, v in people.items()},
        seated={k: tuple(v) for k, v in seated.items()},
        names=names,
    )


def agenda_conflicts(database: Database, event_id: int) -> list[Conflict]:
    return find_conflicts(load_snapshot(database, event_id))


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value)
