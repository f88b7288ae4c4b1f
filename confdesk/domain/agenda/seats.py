"""Seats in a session and its waiting list: the one definition of both.

A session holds as many people as its own capacity and its room's capacity both allow
(either may be unset). A sign-up holds a seat when its status is ``signed_up`` and its
registration is not cancelled (a cancelled registration's sign-ups stay on record without
a seat, see :mod:`confdesk.domain.registrations.service`). The waiting list is ordered by
``signed_up_at`` (then id, for equal moments): whenever seats are free, the first in line
are promoted — after a cancellation, a larger capacity, a bigger room.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from confdesk.db.models import (
    AgendaSession,
    Registration,
    RegistrationStatus,
    Room,
    SessionSignup,
    SignupStatus,
    utc_now,
)

_ACTIVE_REGISTRATION = Registration.status != RegistrationStatus.CANCELLED.value


def effective_capacity(session_capacity: int | None, room_capacity: int | None) -> int | None:
    """Seats available: the smaller of the session's and its room's capacity; None when
    neither is set (no limit)."""
    limits = [limit for limit in (session_capacity, room_capacity) if limit is not None]
    return min(limits) if limits else None


def session_capacity(session: Session, session_id: int) -> int | None:
    row = session.execute(
        select(AgendaSession.capacity, Room.capacity)
        .outerjoin(Room, Room.id == AgendaSession.room_id)
        .where(AgendaSession.id == session_id)
    ).one()
    return effective_capacity(row[0], row[1])


def seats_taken(session: Session, session_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(SessionSignup)
            .join(Registration, Registration.id == SessionSignup.registration_id)
            .where(
                SessionSignup.session_id == session_id,
                SessionSignup.status == SignupStatus.SIGNED_UP.value,
                _ACTIVE_REGISTRATION,
            )
        )
        or 0
    )


def seat_counts(session: Session, session_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """(seats taken, people waiting) of each session, counted as :func:`seats_taken` and
    :func:`waiting_list` do, in one query; sessions without either are left out."""
    ids = list(session_ids)
    counts: dict[int, tuple[int, int]] = {}
    if not ids:
        return counts
    rows = session.execute(
        select(SessionSignup.session_id, SessionSignup.status, func.count())
        .join(Registration, Registration.id == SessionSignup.registration_id)
        .where(
            SessionSignup.session_id.in_(ids),
            SessionSignup.status.in_([SignupStatus.SIGNED_UP.value, SignupStatus.WAITLISTED.value]),
            _ACTIVE_REGISTRATION,
        )
        .group_by(SessionSignup.session_id, SessionSignup.status)
    ).all()
    for session_id, status, count in rows:
        seated, waiting = counts.get(session_id, (0, 0))
        if status == SignupStatus.SIGNED_UP.value:
            seated = count
        else:
            waiting = count
        counts[session_id] = (seated, waiting)
    return counts


def waiting_list(session: Session, session_id: int) -> list[SessionSignup]:
    """Who waits for a seat, first in line first; cancelled registrations do not wait."""
    return list(
        session.scalars(
            select(SessionSignup)
            .join(Registration, Registration.id == SessionSignup.registration_id)
            .where(
                SessionSignup.session_id == session_id,
                SessionSignup.status == SignupStatus.WAITLISTED.value,
                _ACTIVE_REGISTRATION,
            )
            .order_by(SessionSignup.signed_up_at, SessionSignup.id)
        )
    )


def fill_seats(session: Session, session_id: int) -> list[int]:
    """Promote the first in line into free seats; the ids of the sign-ups promoted."""
    capacity = session_capacity(session, session_id)
    waiting = waiting_list(session, session_id)
    if not waiting:
        return []
    free = len(waiting) if capacity is None else capacity - seats_taken(session, session_id)
    promoted: list[int] = []
    now = utc_now()
    for signup in waiting[: max(free, 0)]:
        signup.status = SignupStatus.SIGNED_UP.value
        signup.updated_at = now
        promoted.append(signup.id)
    session.flush()
    return promoted


def demote(session: Session, signup_ids: Iterable[int]) -> None:
    """Back on the waiting list (taking back a promotion): ``signed_up_at`` is untouched,
    so they return to their old place in line."""
    now = utc_now()
    for signup_id in signup_ids:
        signup = session.get(SessionSignup, signup_id)
        if signup is not None and signup.status == SignupStatus.SIGNED_UP.value:
            signup.status = SignupStatus.WAITLISTED.value
            signup.updated_at = now
    session.flush()
