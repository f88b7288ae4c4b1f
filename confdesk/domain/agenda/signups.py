"""Workshop rounds, sign-ups per session and participant lists.

A round is the set of sessions sharing a ``round_number``: they run in parallel and each
attendee chooses one. Signing up takes a seat while there is one, otherwise a place on the
waiting list; a cancellation hands the seat to the first in line at once
(:mod:`confdesk.domain.agenda.seats`). Signing up for another session of the same round
gives up the earlier choice, so nobody holds two seats in one round.

Every change reports what it replaced (:class:`SignupChange`), so :meth:`SignupService.undo`
can take it back exactly: the promoted return to their old places in line
(:func:`~confdesk.domain.agenda.seats.demote`) and the person's sign-ups get their old status
and queue time back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import (
    AgendaSession,
    Organization,
    Registration,
    RegistrationStatus,
    Room,
    SessionSignup,
    SignupStatus,
    utc_now,
)
from confdesk.domain.agenda.seats import (
    demote,
    effective_capacity,
    fill_seats,
    seat_counts,
    seats_taken,
    session_capacity,
    waiting_list,
)
from confdesk.domain.agenda.service import load_agenda_session
from confdesk.domain.changes import Changes
from confdesk.domain.registrations.names import HasPersonName, full_name
from confdesk.domain.registrations.service import load_registration
from confdesk.errors import UserError

SIGNUP_CHANGES = Changes(signups=True)


@dataclass(frozen=True)
class SignupState:
    status: str
    signed_up_at: datetime


@dataclass(frozen=True)
class SignupChange:
    """What one sign-up or cancellation did: the person's new status in the session, the
    sign-ups it promoted from waiting lists, and the other session of the round it gave
    up (if any); ``before`` and ``released_status`` are what it replaced (None: no
    sign-up existed), ``signed_up_at`` the person's place in line afterwards."""

    session_id: int
    registration_id: int
    status: str
    promoted: tuple[int, ...] = ()
    released_session_id: int | None = None
    before: SignupState | None = None
    released_status: str | None = None
    signed_up_at: datetime | None = None
    changes: Changes = field(default=SIGNUP_CHANGES, compare=False, kw_only=True)

    @property
    def changed(self) -> bool:
        return self.before is None or self.before.status != self.status or bool(self.promoted)


@dataclass(frozen=True)
class Participant(HasPersonName):
    registration_id: int
    signup_id: int
    title: str
    given_name: str
    family_name: str
    organization: str
    status: str
    signed_up_at: datetime
    # Agreed to appear on lists given to other attendees (the attendee-list consent).
    listed: bool = False


@dataclass(frozen=True)
class ParticipantList:
    session_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    room: str
    capacity: int | None
    seated: tuple[Participant, ...]  # alphabetical, as a list at the door is read
    waiting: tuple[Participant, ...]  # in the order they will be promoted


@dataclass(frozen=True)
class RoundSession:
    session_id: int
    title: str
    room: str
    capacity: int | None
    seated: int
    waiting: int


@dataclass(frozen=True)
class WorkshopRound:
    number: int
    starts_at: datetime
    ends_at: datetime
    sessions: tuple[RoundSession, ...]


class SignupService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def sign_up(
        self, session_id: int, registration_id: int, *, at: datetime | None = None
    ) -> SignupChange:
        moment = at or utc_now()
        with self._database.transaction() as session:
            row = load_agenda_session(session, session_id)
            registration = load_registration(session, registration_id)
            if registration.event_id != row.event_id:
                raise UserError(
                    "This person is not registered for the session's event.",
                    code="signup_wrong_event",
                )
            if registration.status == RegistrationStatus.CANCELLED.value:
                raise UserError(
                    f"{full_name(registration)} has cancelled the registration.",
                    code="signup_cancelled_registration",
                    name=full_name(registration),
                )
            released, released_status, promoted = self._leave_round(session, row, registration_id)
            signup = _signup(session, session_id, registration_id)
            before = _state(signup)
            if signup is not None and signup.status != SignupStatus.CANCELLED.value:
                return SignupChange(
                    session_id, registration_id, signup.status, promoted,
                    released, before, released_status, signup.signed_up_at,
                    changes=Changes(signups=bool(promoted) or released is not None),
                )  # fmt: skip
            capacity = session_capacity(session, session_id)
            # Nobody jumps the queue: a free seat with people waiting is theirs.
            full = capacity is not None and seats_taken(session, session_id) >= capacity
            status = (
                SignupStatus.WAITLISTED
                if full or waiting_list(session, session_id)
                else SignupStatus.SIGNED_UP
            )
            if signup is None:
                signup = SessionSignup(session_id=session_id, registration_id=registration_id)
                session.add(signup)
            signup.status = status.value
            signup.signed_up_at = moment  # a renewed sign-up queues anew
            signup.updated_at = utc_now()
            session.flush()
            promoted += tuple(fill_seats(session, session_id))
            return SignupChange(
                session_id, registration_id, signup.status, promoted, released,
                before, released_status, moment,
            )  # fmt: skip

    def cancel(self, session_id: int, registration_id: int) -> SignupChange:
        """The seat (or place in line) is given up; the first in line takes the seat."""
        with self._database.transaction() as session:
            signup = _signup(session, session_id, registration_id)
            if signup is None or signup.status == SignupStatus.CANCELLED.value:
                raise UserError(
                    "This person is not signed up for this session.", code="not_signed_up"
                )
            before = _state(signup)
            signup.status = SignupStatus.CANCELLED.value
            signup.updated_at = utc_now()
            session.flush()
            promoted = tuple(fill_seats(session, session_id))
            return SignupChange(
                session_id, registration_id, signup.status, promoted,
                before=before, signed_up_at=signup.signed_up_at,
            )  # fmt: skip

    def undo(self, change: SignupChange) -> Changes:
        """Take back a sign-up or cancellation: refused when the sign-up was changed
        elsewhere since, because the old state could no longer be restored faithfully."""
        with self._database.transaction() as session:
            signup = _signup(session, change.session_id, change.registration_id)
            if signup is None or signup.status != change.status:
                raise UserError(
                    "This sign-up was changed in the meantime; it cannot be taken back.",
                    code="signup_changed",
                )
            demote(session, change.promoted)
            now = utc_now()
            if change.before is None:
                signup.status = SignupStatus.CANCELLED.value
            else:
                signup.status = change.before.status
                signup.signed_up_at = change.before.signed_up_at
            signup.updated_at = now
            if change.released_session_id is not None and change.released_status is not None:
                other = _signup(session, change.released_session_id, change.registration_id)
                if other is not None and other.status == SignupStatus.CANCELLED.value:
                    other.status = change.released_status
                    other.updated_at = now
            session.flush()
            # The rule holds after an undo too: a free seat goes to the first in line.
            fill_seats(session, change.session_id)
            if change.released_session_id is not None:
                fill_seats(session, change.released_session_id)
        return SIGNUP_CHANGES

    def participants(self, session_id: int) -> ParticipantList:
        with self._database.transaction() as session:
            row = load_agenda_session(session, session_id)
            people = session.execute(
                select(
                    Registration.id, SessionSignup.id, Registration.title,
                    Registration.given_name, Registration.family_name, Organization.name,
                    SessionSignup.status,
                    SessionSignup.signed_up_at, Registration.sort_name,
                    Registration.attendee_list_consent,
                )
                .join(Registration, Registration.id == SessionSignup.registration_id)
                .outerjoin(Organization, Organization.id == Registration.organization_id)
                .where(
                    SessionSignup.session_id == session_id,
                    SessionSignup.status != SignupStatus.CANCELLED.value,
                    Registration.status != RegistrationStatus.CANCELLED.value,
                )
            ).all()  # fmt: skip
            participants = [
                (
                    Participant(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7], bool(r[9])),
                    r[8],
                )
                for r in people
            ]
            seated = sorted(
                (p for p in participants if p[0].status == SignupStatus.SIGNED_UP.value),
                key=lambda p: (p[1], p[0].registration_id),
            )
            waiting = sorted(
                (p[0] for p in participants if p[0].status == SignupStatus.WAITLISTED.value),
                key=lambda p: (p.signed_up_at, p.signup_id),
            )
            return ParticipantList(
                session_id=row.id,
                title=row.title,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                room=row.room.name if row.room is not None else "",
                capacity=effective_capacity(
                    row.capacity, row.room.capacity if row.room is not None else None
                ),
                seated=tuple(p[0] for p in seated),
                waiting=tuple(waiting),
            )

    def rounds(self, event_id: int) -> list[WorkshopRound]:
        with self._database.transaction() as session:
            rows = session.execute(
                select(AgendaSession, Room.name, Room.capacity)
                .outerjoin(Room, Room.id == AgendaSession.room_id)
                .where(AgendaSession.event_id == event_id, AgendaSession.round_number.is_not(None))
                .order_by(AgendaSession.round_number, Room.sort_order, AgendaSession.id)
            ).all()
            counts = seat_counts(session, (row[0].id for row in rows))
            grouped: dict[int, list[RoundSession]] = defaultdict(list)
            spans: dict[int, tuple[datetime, datetime]] = {}
            for agenda_session, room_name, room_capacity in rows:
                number = agenda_session.round_number
                assert number is not None  # the query reads only sessions in a round
                grouped[number].append(
                    RoundSession(
                        agenda_session.id,
                        agenda_session.title,
                        room_name or "",
                        effective_capacity(agenda_session.capacity, room_capacity),
                        *counts.get(agenda_session.id, (0, 0)),
                    )
                )
                start, end = spans.get(number, (agenda_session.starts_at, agenda_session.ends_at))
                spans[number] = (
                    min(start, agenda_session.starts_at),
                    max(end, agenda_session.ends_at),
                )
            return [
                WorkshopRound(number, *spans[number], tuple(sessions))
                for number, sessions in sorted(grouped.items())
            ]

    @staticmethod
    def _leave_round(
        session: Session, row: AgendaSession, registration_id: int
    ) -> tuple[int | None, str | None, tuple[int, ...]]:
        """Give up the person's other sign-up in the round: (its session, its status
        before, the sign-ups promoted into the freed seat)."""
        if row.round_number is None:
            return None, None, ()
        other = session.scalar(
            select(SessionSignup)
            .join(AgendaSession, AgendaSession.id == SessionSignup.session_id)
            .where(
                AgendaSession.event_id == row.event_id,
                AgendaSession.round_number == row.round_number,
                AgendaSession.id != row.id,
                SessionSignup.registration_id == registration_id,
                SessionSignup.status != SignupStatus.CANCELLED.value,
            )
            .limit(1)
        )
        if other is None:
            return None, None, ()
        status = other.status
        other.status = SignupStatus.CANCELLED.value
        other.updated_at = utc_now()
        session.flush()
        return other.session_id, status, tuple(fill_seats(session, other.session_id))


def _state(signup: SessionSignup | None) -> SignupState | None:
    return None if signup is None else SignupState(signup.status, signup.signed_up_at)


def _signup(session: Session, session_id: int, registration_id: int) -> SessionSignup | None:
    return session.scalar(
        select(SessionSignup).where(
            SessionSignup.session_id == session_id,
            SessionSignup.registration_id == registration_id,
        )
    )


def sessions_taking_signups(database: Database, event_id: int) -> set[int]:
    """The event's sessions that have a participant list: those that require sign-up, the
    workshops of a round, and any that someone signed up for all the same."""
    with database.transaction() as session:
        return set(
            session.scalars(
                select(AgendaSession.id).where(
                    AgendaSession.event_id == event_id,
                    or_(
                        AgendaSession.signup_required,
                        AgendaSession.round_number.is_not(None),
                        AgendaSession.id.in_(select(SessionSignup.session_id)),
                    ),
                )
            )
        )
