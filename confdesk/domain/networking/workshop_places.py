"""Workshop places from ranked wishes: the preview, applying it, and taking it back.

:func:`plan_workshop_places` reads the rounds, their free seats and everyone's wishes and
runs the optimiser (:mod:`confdesk.domain.networking.placement`) per round; nothing is
written. People already seated keep their seat, unless the organiser allows moving them
to another of their wishes (they are never left without a place then). Who gets no place
joins the waiting list of their first choice, unless already waiting in the round.

:func:`apply_workshop_places` writes a plan in one transaction, refusing when the rounds'
sign-ups changed since the preview. It returns both states of the rounds' sign-ups, so
:func:`restore_signups` can take the whole assignment back (and redo it) exactly: one
undoable agenda edit.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import (
    AgendaSession,
    Registration,
    RegistrationStatus,
    Room,
    SessionSignup,
    SignupStatus,
    utc_now,
)
from confdesk.domain.agenda.seats import effective_capacity, fill_seats
from confdesk.domain.changes import NOTHING, Changes
from confdesk.domain.events.service import load_event
from confdesk.domain.networking.placement import place
from confdesk.domain.networking.wishes import wishes_of_event
from confdesk.domain.registrations.names import full_name
from confdesk.errors import UserError

ASSIGNMENT_CHANGES = Changes(signups=True)


@dataclass(frozen=True, order=True)
class SignupRecord:
    """One sign-up row as it stands: the state an undo puts back."""

    session_id: int
    registration_id: int
    status: str
    signed_up_at: datetime


Snapshot = tuple[SignupRecord, ...]


@dataclass(frozen=True)
class PersonPlace:
    registration_id: int
    name: str
    sort_name: str
    # The workshop they get (for the unplaced: whose waiting list they are on).
    session_id: int
    session_title: str
    # Which of their wishes it is (1: first choice).
    rank: int
    moved: bool = False
    # An unplaced person who already waits in the round keeps that place in line.
    waiting_already: bool = False


@dataclass(frozen=True)
class RoundPlaces:
    number: int
    # Placed by the assignment (new seats and moves), and seated people who keep theirs.
    placed: tuple[PersonPlace, ...]
    kept: int
    # Wished, but no place is left for them: they wait for their first choice.
    unplaced: tuple[PersonPlace, ...]
    # How many people with wishes sit in their 1st, 2nd, … choice afterwards.
    ranks: dict[int, int]

    @property
    def wishing(self) -> int:
        return sum(self.ranks.values()) + len(self.unplaced)


@dataclass(frozen=True)
class WorkshopPlacesPlan:
    event_id: int
    allow_moving: bool
    rounds: tuple[RoundPlaces, ...]
    before: Snapshot

    @property
    def session_ids(self) -> tuple[int, ...]:
        return tuple(sorted({record.session_id for record in self.before} | self._targets()))

    def _targets(self) -> set[int]:
        return {
            person.session_id for each in self.rounds for person in (*each.placed, *each.unplaced)
        }

    @property
    def changes_anything(self) -> bool:
        return any(
            each.placed or any(not p.waiting_already for p in each.unplaced) for each in self.rounds
        )


@dataclass(frozen=True)
class AppliedPlaces:
    session_ids: tuple[int, ...]
    before: Snapshot
    after: Snapshot
    changes: Changes = field(default=ASSIGNMENT_CHANGES, compare=False, kw_only=True)


@dataclass
class _Round:
    number: int
    # session → (title, seats or None)
    sessions: dict[int, tuple[str, int | None]]


def plan_workshop_places(
    database: Database,
    event_id: int,
    round_number: int | None = None,
    *,
    allow_moving: bool = False,
) -> WorkshopPlacesPlan:
    with database.transaction() as session:
        load_event(session, event_id)
        rounds = _rounds(session, event_id, round_number)
        session_ids = [sid for each in rounds for sid in each.sessions]
        before = _snapshot(session, session_ids)
        people = _active_people(session, event_id)
        wishes = wishes_of_event(session, event_id)
        planned = tuple(_plan_round(each, before, people, wishes, allow_moving) for each in rounds)
    return WorkshopPlacesPlan(event_id, allow_moving, planned, before)


def apply_workshop_places(database: Database, plan: WorkshopPlacesPlan) -> AppliedPlaces:
    with database.transaction() as session:
        session_ids = plan.session_ids
        if _snapshot(session, session_ids) != plan.before:
            raise UserError(
                "The sign-ups changed since the preview; look at the preview again before "
                "applying.",
                code="assignment_outdated",
            )
        rows = {
            (row.session_id, row.registration_id): row
            for row in session.scalars(
                select(SessionSignup).where(SessionSignup.session_id.in_(session_ids))
            )
        }
        now = utc_now()
        for each in plan.rounds:
            in_round = _sessions_of_round(session, plan.event_id, each.number)
            for person in each.placed:
                _leave_others(rows, in_round, person)
                _put(session, rows, person, SignupStatus.SIGNED_UP, now)
            # The unplaced queue behind everyone waiting already, in the order listed.
            for step, person in enumerate(each.unplaced):
                _leave_others(rows, in_round, person)
                _put(session, rows, person, SignupStatus.WAITLISTED, now + timedelta(
                    microseconds=step
                ))  # fmt: skip
        session.flush()
        # The rule holds afterwards too: a free seat goes to the first in line.
        for session_id in session_ids:
            fill_seats(session, session_id)
        return AppliedPlaces(session_ids, plan.before, _snapshot(session, session_ids))


def restore_signups(
    database: Database, session_ids: tuple[int, ...], expected: Snapshot, target: Snapshot
) -> Changes:
    """Put the sign-ups of ``session_ids`` back to ``target`` (undo: the state before an
    assignment; redo: after it), refused when they no longer stand as ``expected``."""
    with database.transaction() as session:
        if _snapshot(session, session_ids) != expected:
            raise UserError(
                "The sign-ups of these rounds were changed in the meantime; the workshop "
                "assignment cannot be taken back.",
                code="assignment_changed",
            )
        wanted = {(r.session_id, r.registration_id): r for r in target}
        now = utc_now()
        for row in session.scalars(
            select(SessionSignup).where(SessionSignup.session_id.in_(session_ids))
        ):
            record = wanted.pop((row.session_id, row.registration_id), None)
            if record is None:
                session.delete(row)
            elif (row.status, row.signed_up_at) != (record.status, record.signed_up_at):
                row.status = record.status
                row.signed_up_at = record.signed_up_at
                row.updated_at = now
        for record in wanted.values():
            session.add(
                SessionSignup(
                    session_id=record.session_id,
                    registration_id=record.registration_id,
                    status=record.status,
                    signed_up_at=record.signed_up_at,
                )
            )
        session.flush()
    return ASSIGNMENT_CHANGES if expected != target else NOTHING


# -- planning ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    name: str
    sort_name: str


def _rounds(session: Session, event_id: int, round_number: int | None) -> list[_Round]:
    query = (
        select(
            AgendaSession.round_number, AgendaSession.id, AgendaSession.title,
            AgendaSession.capacity, Room.capacity,
        )
        .outerjoin(Room, Room.id == AgendaSession.room_id)
        .where(AgendaSession.event_id == event_id, AgendaSession.round_number.is_not(None))
        .order_by(AgendaSession.round_number, AgendaSession.id)
    )  # fmt: skip
    if round_number is not None:
        query = query.where(AgendaSession.round_number == round_number)
    found: dict[int, _Round] = {}
    for number, session_id, title, capacity, room_capacity in session.execute(query):
        assert number is not None  # the query reads only sessions in a round
        found.setdefault(number, _Round(number, {})).sessions[session_id] = (
            title,
            effective_capacity(capacity, room_capacity),
        )
    if round_number is not None and not found:
        raise UserError(
            f"There is no workshop round {round_number}.",
            code="no_such_round",
            round_number=round_number,
        )
    return list(found.values())


def _sessions_of_round(session: Session, event_id: int, number: int) -> set[int]:
    return set(
        session.scalars(
            select(AgendaSession.id).where(
                AgendaSession.event_id == event_id, AgendaSession.round_number == number
            )
        )
    )


def _snapshot(session: Session, session_ids: list[int] | tuple[int, ...]) -> Snapshot:
    rows = session.execute(
        select(
            SessionSignup.session_id, SessionSignup.registration_id, SessionSignup.status,
            SessionSignup.signed_up_at,
        ).where(SessionSignup.session_id.in_(list(session_ids)))
    ).all()  # fmt: skip
    return tuple(sorted(SignupRecord(*row) for row in rows))


def _active_people(session: Session, event_id: int) -> dict[int, _Person]:
    """Who may get a place: registered for the event (not cancelled, not waiting)."""
    rows = session.execute(
        select(
            Registration.id, Registration.title, Registration.given_name,
            Registration.family_name, Registration.sort_name,
        ).where(
            Registration.event_id == event_id,
            Registration.status == RegistrationStatus.REGISTERED.value,
        )
    ).all()  # fmt: skip
    return {row.id: _Person(full_name(row), row.sort_name) for row in rows}


def _plan_round(
    each: _Round,
    before: Snapshot,
    people: dict[int, _Person],
    all_wishes: dict[int, dict[int, tuple[int, ...]]],
    allow_moving: bool,
) -> RoundPlaces:
    seated: dict[int, int] = {}  # registration → session
    waiting: dict[int, int] = {}
    for record in before:
        if record.session_id not in each.sessions or record.registration_id not in people:
            continue
        if record.status == SignupStatus.SIGNED_UP.value:
            seated[record.registration_id] = record.session_id
        elif record.status == SignupStatus.WAITLISTED.value:
            waiting[record.registration_id] = record.session_id
    wishes = {
        person: rounds[each.number]
        for person, rounds in all_wishes.items()
        if person in people and rounds.get(each.number)
    }
    movable = {p for p in wishes if p in seated} if allow_moving else set()
    pool = {person: list(choices) for person, choices in wishes.items() if person not in seated}
    for person in movable:
        # Their own seat stays an option, after their wishes if it is not one of them.
        pool[person] = [*wishes[person], *([] if seated[person] in wishes[person] else
                                           [seated[person]])]  # fmt: skip
    taken = Counter(sid for person, sid in seated.items() if person not in movable)
    free = {
        sid: None if seats is None else max(seats - taken[sid], 0)
        for sid, (_title, seats) in each.sessions.items()
    }
    result = place(pool, free, frozenset(movable))
    placed: list[PersonPlace] = []
    for person, sid in result.seats.items():
        if seated.get(person) == sid:
            continue
        placed.append(_place(person, sid, people, each, wishes, moved=person in seated))
    unplaced = [
        replace(
            _place(person, waiting.get(person, wishes[person][0]), people, each, wishes),
            waiting_already=person in waiting,
        )
        for person in pool
        if person not in result.seats
    ]
    ranks: Counter[int] = Counter()
    for person, choices in wishes.items():
        sits: int | None = result.seats[person] if person in result.seats else seated.get(person)
        if sits is not None and sits in choices:
            ranks[choices.index(sits) + 1] += 1
    return RoundPlaces(
        each.number,
        tuple(sorted(placed, key=lambda p: (p.sort_name, p.registration_id))),
        sum(1 for person in seated if result.seats.get(person, seated[person]) == seated[person]),
        tuple(sorted(unplaced, key=lambda p: p.registration_id)),  # first come, first in line
        dict(sorted(ranks.items())),
    )


def _place(
    person: int,
    session_id: int,
    people: dict[int, _Person],
    each: _Round,
    wishes: dict[int, tuple[int, ...]],
    *,
    moved: bool = False,
) -> PersonPlace:
    choices = wishes[person]
    rank = choices.index(session_id) + 1 if session_id in choices else 0
    return PersonPlace(
        person, people[person].name, people[person].sort_name, session_id,
        each.sessions[session_id][0], rank, moved,
    )  # fmt: skip


# -- applying ------------------------------------------------------------------------------

_Rows = dict[tuple[int, int], SessionSignup]


def _leave_others(rows: _Rows, in_round: set[int], person: PersonPlace) -> None:
    """Nobody holds two sign-ups in one round: the others are given up."""
    for (session_id, registration_id), row in rows.items():
        if (
            registration_id == person.registration_id
            and session_id in in_round
            and session_id != person.session_id
            and row.status != SignupStatus.CANCELLED.value
        ):
            row.status = SignupStatus.CANCELLED.value
            row.updated_at = utc_now()


def _put(
    session: Session, rows: _Rows, person: PersonPlace, status: SignupStatus, at: datetime
) -> None:
    key = (person.session_id, person.registration_id)
    row = rows.get(key)
    if row is None:
        row = rows[key] = SessionSignup(
            session_id=person.session_id, registration_id=person.registration_id
        )
        session.add(row)
    elif row.status == status.value:
        return  # already waiting there: they keep their place in line
    row.status = status.value
    row.signed_up_at = at
    row.updated_at = utc_now()


def rank_summary(plan: WorkshopPlacesPlan) -> dict[int, int]:
    """How many people sit in their 1st, 2nd, … choice over all planned rounds."""
    total: dict[int, int] = defaultdict(int)
    for each in plan.rounds:
        for rank, count in each.ranks.items():
            total[rank] += count
    return dict(sorted(total.items()))
