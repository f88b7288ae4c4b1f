"""The agenda: creating, changing, moving and deleting the sessions of the programme.

Only impossible data is refused (an end not after the start, a negative capacity, a room,
topic or person of another event); a room booked twice, a session outside the event's
hours or an overfull workshop are warnings (:mod:`confdesk.domain.agenda.conflicts`), never
a reason not to save: organisers fix the programme in the order they learn about things.

Every change returns an :class:`AgendaEdit` (before and after, plus the waiting-list
places it filled), which :meth:`AgendaService.undo` takes back; a deletion returns a
:class:`DeletedSession` holding everything :meth:`AgendaService.restore` needs to bring the
session back under its own id and UUID, with its speakers and sign-ups.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import (
    AgendaSession,
    CheckinRecord,
    Registration,
    Room,
    SessionKind,
    SessionSignup,
    SessionSpeaker,
    SpeakerRole,
    Topic,
    utc_now,
)
from confdesk.domain.agenda.seats import demote, fill_seats
from confdesk.domain.changes import NOTHING, Changes
from confdesk.domain.events.service import ValidationError, load_event
from confdesk.domain.registrations.names import PersonName
from confdesk.domain.registrations.search_cache import change_version
from confdesk.errors import UserError
from confdesk.normalize import nfc

KINDS = tuple(kind.value for kind in SessionKind)
ROLES = tuple(role.value for role in SpeakerRole)
# A changed, deleted or restored session moves seats and waiting lists with it.
SESSION_CHANGES = Changes(agenda=True, signups=True)


@dataclass(frozen=True)
class SpeakerAssignment:
    registration_id: int
    role: str = SpeakerRole.SPEAKER.value


@dataclass(frozen=True)
class SessionDraft:
    """What an organiser enters for a session; times are wall-clock in the event's zone."""

    title: str
    starts_at: datetime
    ends_at: datetime
    kind: str = SessionKind.TALK.value
    room_id: int | None = None
    topic_id: int | None = None
    capacity: int | None = None
    signup_required: bool = False
    description: str = ""
    round_number: int | None = None
    spans_all_rooms: bool = False
    speakers: tuple[SpeakerAssignment, ...] = ()

    @property
    def duration(self) -> timedelta:
        return self.ends_at - self.starts_at


@dataclass(frozen=True, kw_only=True)
class SessionData(SessionDraft):
    id: int
    uuid: str
    event_id: int
    updated_at: datetime
    # What the write that returned this value changed (nothing for a read).
    changes: Changes = field(default=NOTHING, compare=False, kw_only=True)

    def draft(self) -> SessionDraft:
        return SessionDraft(
            **{name: getattr(self, name) for name in SessionDraft.__dataclass_fields__}
        )


@dataclass(frozen=True)
class AgendaEdit:
    """One change of one session. ``promoted``: sign-ups the change moved from the waiting
    list to a seat (more capacity, a bigger room), which an undo puts back."""

    before: SessionData
    after: SessionData
    promoted: tuple[int, ...] = ()
    changes: Changes = field(default=SESSION_CHANGES, compare=False, kw_only=True)

    @property
    def changed(self) -> bool:
        return self.before.draft() != self.after.draft()


@dataclass(frozen=True)
class SignupRow:
    """A sign-up exactly as stored, so a restored session gets it back unchanged."""

    id: int
    uuid: str
    registration_id: int
    status: str
    signed_up_at: datetime
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class DeletedSession:
    session: SessionData
    speaker_uuids: tuple[str, ...] = ()
    signups: tuple[SignupRow, ...] = field(default=())
    changes: Changes = field(default=SESSION_CHANGES, compare=False, kw_only=True)


def clean_session(draft: SessionDraft) -> SessionDraft:
    speakers: dict[int, SpeakerAssignment] = {}
    for speaker in draft.speakers:  # a person once per session; the last role wins
        speakers[speaker.registration_id] = speaker
    return replace(
        draft,
        title=" ".join(nfc(draft.title).split()),
        description=nfc(draft.description).strip(),
        speakers=tuple(speakers.values()),
    )


def validate_session(draft: SessionDraft) -> SessionDraft:
    """The cleaned draft, or the first reason it cannot be stored at all."""
    cleaned = clean_session(draft)
    if not cleaned.title:
        raise ValidationError("title", "The session needs a title.", code="session_title_required")
    if cleaned.ends_at <= cleaned.starts_at:
        raise ValidationError(
            "ends_at", "A session must end after it starts.", code="session_ends_before_start"
        )
    if cleaned.capacity is not None and cleaned.capacity < 0:
        raise ValidationError(
            "capacity", "The capacity cannot be negative.", code="session_capacity_negative"
        )
    if cleaned.kind not in KINDS:
        raise ValidationError(
            "kind",
            f"“{cleaned.kind}” is not a kind of session.",
            code="unknown_session_kind",
            kind=cleaned.kind,
        )
    if cleaned.round_number is not None and cleaned.round_number < 1:
        raise ValidationError(
            "round_number", "Workshop rounds are numbered from 1.", code="round_not_positive"
        )
    for speaker in cleaned.speakers:
        if speaker.role not in ROLES:
            raise ValidationError(
                "speakers",
                f"“{speaker.role}” is not a role in a session.",
                code="unknown_speaker_role",
                role=speaker.role,
            )
    return cleaned


class AgendaService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_sessions(self, event_id: int) -> list[SessionData]:
        with self._database.transaction() as session:
            rows = session.scalars(
                select(AgendaSession)
                .where(AgendaSession.event_id == event_id)
                .order_by(AgendaSession.starts_at, AgendaSession.id)
            ).all()
            speakers = _speakers_by_session(session, [row.id for row in rows])
            return [_to_data(row, speakers.get(row.id, ())) for row in rows]

    def get(self, session_id: int) -> SessionData:
        with self._database.transaction() as session:
            return _data(session, load_agenda_session(session, session_id))

    def create(self, event_id: int, draft: SessionDraft) -> SessionData:
        cleaned = validate_session(draft)
        with self._database.transaction() as session:
            load_event(session, event_id)
            row = AgendaSession(event_id=event_id)
            _apply(session, row, cleaned)
            session.add(row)
            session.flush()
            _set_speakers(session, row, cleaned.speakers)
            return replace(_data(session, row), changes=Changes(agenda=True))

    def update(self, session_id: int, draft: SessionDraft) -> AgendaEdit:
        """Save the whole draft; seats that a larger capacity or room frees go to the
        waiting list at once."""
        cleaned = validate_session(draft)
        with self._database.transaction() as session:
            row = load_agenda_session(session, session_id)
            before = _data(session, row)
            if before.draft() == cleaned:
                return AgendaEdit(before, before, changes=NOTHING)
            _apply(session, row, cleaned)
            row.updated_at = utc_now()
            session.flush()
            _set_speakers(session, row, cleaned.speakers)
            promoted = fill_seats(session, row.id)
            return AgendaEdit(before, _data(session, row), tuple(promoted))

    def move(self, session_id: int, starts_at: datetime, room_id: int | None) -> AgendaEdit:
        """To another start (same length) and room, as dragging a block does."""
        current = self.get(session_id)
        return self.update(
            session_id,
            replace(
                current.draft(),
                starts_at=starts_at,
                ends_at=starts_at + current.duration,
                room_id=room_id,
            ),
        )

    def resize(self, session_id: int, ends_at: datetime) -> AgendaEdit:
        current = self.get(session_id)
        return self.update(session_id, replace(current.draft(), ends_at=ends_at))

    def undo(self, edit: AgendaEdit) -> SessionData:
        """The session as before ``edit``, and the people it promoted back on the waiting
        list. Refused when the session differs from what ``edit`` left, so an undo never
        overwrites a later change made elsewhere."""
        with self._database.transaction() as session:
            row = session.get(AgendaSession, edit.after.id)
            if row is None:
                raise UserError(
                    f"The change to “{edit.after.title}” cannot be undone: "
                    "the session has been deleted since.",
                    code="agenda_undo_deleted",
                    title=edit.after.title,
                )
            # Compared by content, not by time stamp: undoing a later edit first leaves
            # the session exactly as this edit made it, which is what a history needs.
            if _data(session, row).draft() != edit.after.draft():
                raise UserError(
                    f"The change to “{edit.after.title}” cannot be undone: "
                    "the session has been changed since.",
                    code="agenda_undo_outdated",
                    title=edit.after.title,
                )
            if edit.changed:
                demote(session, edit.promoted)
                _apply(session, row, edit.before.draft())
                row.updated_at = utc_now()
                session.flush()
                _set_speakers(session, row, edit.before.speakers)
            return replace(
                _data(session, row), changes=SESSION_CHANGES if edit.changed else NOTHING
            )

    def delete(self, session_id: int) -> DeletedSession:
        """Delete the session with its speakers and sign-ups. Refused once anybody has been
        checked in at its door: the check-in history is kept for certificates."""
        with self._database.transaction() as session:
            row = load_agenda_session(session, session_id)
            checked_in = session.scalar(
                select(CheckinRecord.id).where(CheckinRecord.session_id == session_id).limit(1)
            )
            if checked_in is not None:
                raise UserError(
                    f"“{row.title}” cannot be deleted: people have been checked in at it.",
                    code="session_has_checkins",
                    title=row.title,
                )
            data = _data(session, row)
            speaker_uuids = tuple(
                session.scalars(
                    select(SessionSpeaker.uuid)
                    .where(SessionSpeaker.session_id == session_id)
                    .order_by(SessionSpeaker.id)
                ).all()
            )
            signups = tuple(
                SignupRow(
                    s.id,
                    s.uuid,
                    s.registration_id,
                    s.status,
                    s.signed_up_at,
                    s.created_at,
                    s.updated_at,
                )
                for s in session.scalars(
                    select(SessionSignup)
                    .where(SessionSignup.session_id == session_id)
                    .order_by(SessionSignup.id)
                )
            )
            session.execute(delete(SessionSignup).where(SessionSignup.session_id == session_id))
            session.execute(delete(SessionSpeaker).where(SessionSpeaker.session_id == session_id))
            session.delete(row)
            return DeletedSession(data, speaker_uuids, signups)

    def restore(self, deleted: DeletedSession) -> SessionData:
        """Bring a deleted session back as it was: same id, UUID, speakers and sign-ups."""
        data = deleted.session
        with self._database.transaction() as session:
            if session.get(AgendaSession, data.id) is not None:
                raise UserError(
                    f"“{data.title}” exists already.", code="session_exists", title=data.title
                )
            row = AgendaSession(id=data.id, uuid=data.uuid, event_id=data.event_id)
            _apply(session, row, data.draft())
            # Back as it was, with its timestamp (nothing writes the row after the insert).
            row.updated_at = data.updated_at
            session.add(row)
            session.flush()
            _set_speakers(session, row, data.speakers, deleted.speaker_uuids)
            present = set(
                session.scalars(
                    select(Registration.id).where(
                        Registration.id.in_([s.registration_id for s in deleted.signups])
                    )
                )
            )
            for signup in deleted.signups:
                if signup.registration_id in present:  # merged or deleted since: left out
                    session.add(
                        SessionSignup(
                            id=signup.id, uuid=signup.uuid, session_id=row.id,
                            registration_id=signup.registration_id, status=signup.status,
                            signed_up_at=signup.signed_up_at, created_at=signup.created_at,
                            updated_at=signup.updated_at,
                        )
                    )  # fmt: skip
            session.flush()
            return replace(_data(session, row), changes=SESSION_CHANGES)


def load_agenda_session(session: Session, session_id: int) -> AgendaSession:
    row = session.get(AgendaSession, session_id)
    if row is None:
        raise UserError(
            "This agenda session no longer exists; choose another one.",
            code="no_such_session",
            session_id=session_id,
        )
    return row


def _apply(session: Session, row: AgendaSession, draft: SessionDraft) -> None:
    """Write a cleaned draft onto the row after checking what only the database knows."""
    event_id = row.event_id
    if draft.room_id is not None:
        room = session.get(Room, draft.room_id)
        if room is None or room.event_id != event_id:
            raise ValidationError(
                "room_id", "This room is not a room of the event.", code="unknown_room"
            )
    if draft.topic_id is not None:
        topic = session.get(Topic, draft.topic_id)
        if topic is None or topic.event_id != event_id:
            raise ValidationError(
                "topic_id", "This topic is not a topic of the event.", code="unknown_topic"
            )
    row.title = draft.title
    row.kind = draft.kind
    row.starts_at = draft.starts_at
    row.ends_at = draft.ends_at
    row.room_id = draft.room_id
    row.topic_id = draft.topic_id
    row.capacity = draft.capacity
    row.signup_required = draft.signup_required
    row.description = draft.description
    row.round_number = draft.round_number
    row.spans_all_rooms = draft.spans_all_rooms


def _set_speakers(
    session: Session,
    row: AgendaSession,
    speakers: tuple[SpeakerAssignment, ...],
    uuids: tuple[str, ...] = (),
) -> None:
    wanted = {speaker.registration_id: speaker.role for speaker in speakers}
    if wanted:
        known = set(
            session.scalars(
                select(Registration.id).where(
                    Registration.id.in_(list(wanted)), Registration.event_id == row.event_id
                )
            )
        )
        missing = [registration_id for registration_id in wanted if registration_id not in known]
        if missing:
            raise ValidationError(
                "speakers",
                "A speaker or moderator is not registered for this event.",
                code="unknown_speaker",
                registration_id=missing[0],
            )
    existing = {
        speaker.registration_id: speaker
        for speaker in session.scalars(
            select(SessionSpeaker).where(SessionSpeaker.session_id == row.id)
        )
    }
    for registration_id, speaker in existing.items():
        if registration_id not in wanted:
            session.delete(speaker)
        elif speaker.role != wanted[registration_id]:
            speaker.role = wanted[registration_id]
    for index, (registration_id, role) in enumerate(wanted.items()):
        if registration_id not in existing:
            values: dict[str, object] = {}
            if index < len(uuids):
                values["uuid"] = uuids[index]
            session.add(
                SessionSpeaker(
                    session_id=row.id, registration_id=registration_id, role=role, **values
                )
            )
    session.flush()


def _speakers_by_session(
    session: Session, session_ids: list[int]
) -> dict[int, tuple[SpeakerAssignment, ...]]:
    found: dict[int, list[SpeakerAssignment]] = {}
    if not session_ids:
        return {}
    rows = session.execute(
        select(SessionSpeaker.session_id, SessionSpeaker.registration_id, SessionSpeaker.role)
        .where(SessionSpeaker.session_id.in_(session_ids))
        .order_by(SessionSpeaker.id)
    ).all()
    for session_id, registration_id, role in rows:
        found.setdefault(session_id, []).append(SpeakerAssignment(registration_id, role))
    return {key: tuple(value) for key, value in found.items()}


def _data(session: Session, row: AgendaSession) -> SessionData:
    return _to_data(row, _speakers_by_session(session, [row.id]).get(row.id, ()))


def _to_data(row: AgendaSession, speakers: tuple[SpeakerAssignment, ...]) -> SessionData:
    return SessionData(
        id=row.id,
        uuid=row.uuid,
        event_id=row.event_id,
        updated_at=row.updated_at,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        kind=row.kind,
        room_id=row.room_id,
        topic_id=row.topic_id,
        capacity=row.capacity,
        signup_required=row.signup_required,
        description=row.description,
        round_number=row.round_number,
        spans_all_rooms=row.spans_all_rooms,
        speakers=speakers,
    )


@dataclass(frozen=True)
class PersonChoice:
    """Someone who can speak or moderate: any registration not cancelled."""

    id: int
    name: str
    organization: str


_PEOPLE_CACHE_KEY = "confdesk.programme_people"


def programme_people(database: Database, event_id: int) -> list[PersonChoice]:
    """Who can be picked as speaker or signed up: everyone not cancelled, in name order.
    The agenda screen asks each time it is shown; while nothing has changed, the same list
    comes back without reading tens of thousands of rows again (search_cache's rule)."""
    with database.engine.connect() as connection:
        version = change_version(connection)
        cached = connection.info.get(_PEOPLE_CACHE_KEY)
        if cached is not None and cached[:2] == (version, event_id):
            return cached[2]
        rows = connection.exec_driver_sql(
            "SELECT r.id, r.title, r.given_name, r.family_name, coalesce(o.name, '') "
            "FROM registrations r "
            "LEFT JOIN organizations o ON o.id = r.organization_id "
            "WHERE r.event_id = ? AND r.status != 'cancelled' ORDER BY r.sort_name, r.id",
            (event_id,),
        ).all()
        people = [
            PersonChoice(row[0], PersonName(row[2], row[3], row[1]).full, row[4]) for row in rows
        ]
        connection.info[_PEOPLE_CACHE_KEY] = (version, event_id, people)
    return people
