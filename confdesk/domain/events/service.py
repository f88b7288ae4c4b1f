"""Events and their rooms: the conference a desk works on.

Services take the :class:`~confdesk.db.database.Database`, do one unit of work in one
transaction and return plain frozen dataclasses, never live ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import AgendaSession, Event, Room
from confdesk.domain.changes import NOTHING, Changes
from confdesk.errors import UserError

LANGUAGES = ("de", "en")


class ValidationError(UserError):
    """Input that cannot be saved; ``field`` names the offending input."""

    def __init__(self, field_name: str, message: str, *, code: str, **params: object) -> None:
        super().__init__(message, code=code, **params)
        self.field = field_name


@dataclass(frozen=True)
class RoomData:
    name: str
    capacity: int | None = None
    location: str = ""
    id: int | None = None  # None: not saved yet


@dataclass(frozen=True)
class EventDraft:
    """What a user enters for an event; validated by :func:`validate_event`."""

    title: str
    start_date: date
    end_date: date
    subtitle: str = ""
    day_starts: time = time(9, 0)
    day_ends: time = time(17, 0)
    venue_name: str = ""
    venue_address: str = ""
    timezone: str = "Europe/Berlin"
    language: str = "de"


@dataclass(frozen=True)
class EventData(EventDraft):
    id: int = 0
    uuid: str = ""
    rooms: tuple[RoomData, ...] = field(default=())
    # What the write that returned this value changed (nothing for a read).
    changes: Changes = field(default=NOTHING, compare=False, kw_only=True)

    def draft(self) -> EventDraft:
        return EventDraft(**{name: getattr(self, name) for name in EventDraft.__dataclass_fields__})


def validate_event(draft: EventDraft) -> None:
    if not draft.title.strip():
        raise ValidationError("title", "The event needs a title.", code="title_required")
    if draft.end_date < draft.start_date:
        raise ValidationError(
            "end_date", "The event cannot end before it starts.", code="ends_before_start"
        )
    if draft.day_ends <= draft.day_starts:
        raise ValidationError(
            "day_ends", "The day must end after it starts.", code="day_ends_before_start"
        )
    try:
        ZoneInfo(draft.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            "timezone",
            f"“{draft.timezone}” is not a known time zone.",
            code="unknown_timezone",
            timezone=draft.timezone,
        ) from None
    if draft.language not in LANGUAGES:
        raise ValidationError(
            "language",
            f"The event language must be one of {', '.join(LANGUAGES)}.",
            code="unknown_language",
        )


def validate_rooms(rooms: list[RoomData]) -> None:
    seen: set[str] = set()
    for room in rooms:
        name = room.name.strip()
        if not name:
            raise ValidationError("rooms", "Every room needs a name.", code="room_name_required")
        if name.casefold() in seen:
            raise ValidationError(
                "rooms", f"There are two rooms called “{name}”.", code="room_twice", room=name
            )
        seen.add(name.casefold())
        if room.capacity is not None and room.capacity < 0:
            raise ValidationError(
                "rooms",
                f"The capacity of “{name}” cannot be negative.",
                code="room_capacity_negative",
                room=name,
            )


class EventService:
    def __init__(self, database: Database) -> None:
        self._database = database

    @property
    def database(self) -> Database:
        return self._database

    def list_events(self) -> list[EventData]:
        with self._database.transaction() as session:
            events = session.scalars(select(Event).order_by(Event.start_date, Event.id)).all()
            return [_to_data(event) for event in events]

    def get(self, event_id: int) -> EventData:
        with self._database.transaction() as session:
            return _to_data(load_event(session, event_id))

    def current(self, preferred_uuid: str = "") -> EventData | None:
        """The event the desk works on: the preferred one if it exists, else the newest."""
        with self._database.transaction() as session:
            event = None
            if preferred_uuid:
                event = session.scalar(select(Event).where(Event.uuid == preferred_uuid))
            if event is None:
                event = session.scalar(
                    select(Event).order_by(Event.start_date.desc(), Event.id.desc()).limit(1)
                )
            return _to_data(event) if event is not None else None

    def create(self, draft: EventDraft, rooms: list[RoomData] | None = None) -> EventData:
        validate_event(draft)
        validate_rooms(rooms or [])
        with self._database.transaction() as session:
            event = Event(**_draft_values(draft))
            _replace_rooms(event, rooms or [])
            session.add(event)
            session.flush()
            return replace(_to_data(event), changes=Changes(event=True))

    def update(
        self, event_id: int, draft: EventDraft, rooms: list[RoomData] | None = None
    ) -> EventData:
        """Save the details and, when given, make the event's rooms exactly ``rooms`` in
        this order, in one transaction. Rooms left out are deleted; agenda sessions in them
        keep their time and lose the room."""
        validate_event(draft)
        if rooms is not None:
            validate_rooms(rooms)
        with self._database.transaction() as session:
            event = load_event(session, event_id)
            for name, value in _draft_values(draft).items():
                setattr(event, name, value)
            if rooms is not None:
                _replace_rooms(event, rooms)
            session.flush()
            # Sessions in a room left out lose their room: the agenda changes too.
            return replace(_to_data(event), changes=Changes(event=True, agenda=rooms is not None))

    def sessions_per_room(self, event_id: int) -> dict[int, int]:
        """How many agenda sessions each room holds, to warn before a room is deleted."""
        with self._database.transaction() as session:
            rows = session.execute(
                select(AgendaSession.room_id, func.count())
                .where(AgendaSession.event_id == event_id, AgendaSession.room_id.is_not(None))
                .group_by(AgendaSession.room_id)
            ).all()
            return {room_id: count for room_id, count in rows if room_id is not None}


def _replace_rooms(event: Event, rooms: list[RoomData]) -> None:
    existing = {room.id: room for room in event.rooms}
    kept: list[Room] = []
    for order, data in enumerate(rooms):
        room = existing.get(data.id) if data.id is not None else None
        if room is None:
            room = Room()
        room.name = data.name.strip()
        room.capacity = data.capacity
        room.location = data.location.strip()
        room.sort_order = order
        kept.append(room)
    event.rooms = kept


def load_event(session: Session, event_id: int) -> Event:
    """The event, or the one error every layer gives for an id that names none."""
    event = session.get(Event, event_id)
    if event is None:
        raise no_such_event(event_id)
    return event


def no_such_event(event_id: int) -> UserError:
    return UserError(
        f"There is no event with id {event_id} in this database.",
        code="no_such_event",
        event_id=event_id,
    )


def _draft_values(draft: EventDraft) -> dict[str, object]:
    values = {name: getattr(draft, name) for name in EventDraft.__dataclass_fields__}
    values["title"] = draft.title.strip()
    return values


def _to_data(event: Event) -> EventData:
    return EventData(
        id=event.id,
        uuid=event.uuid,
        title=event.title,
        subtitle=event.subtitle,
        start_date=event.start_date,
        end_date=event.end_date,
        day_starts=event.day_starts,
        day_ends=event.day_ends,
        venue_name=event.venue_name,
        venue_address=event.venue_address,
        timezone=event.timezone,
        language=event.language,
        rooms=tuple(
            RoomData(id=r.id, name=r.name, capacity=r.capacity, location=r.location)
            for r in event.rooms
        ),
    )
