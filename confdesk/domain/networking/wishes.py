"""A person's ranked workshop wishes, per round.

Wishes name sessions; the round is the session's own, so a workshop moved to another
round takes its wishes with it. Ranks are kept 1, 2, 3, … within each round in the order
the person gave them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from confdesk.db.bulk import bulk_insert
from confdesk.db.database import Database
from confdesk.db.models import AgendaSession, Registration, WorkshopWish, new_uuid, utc_now
from confdesk.domain.changes import Changes
from confdesk.domain.registrations.organizations import name_key, session_for
from confdesk.errors import UserError

WISH_CHANGES = Changes(registrations=True)

# round number → the wished sessions, first choice first
RoundWishes = dict[int, tuple[int, ...]]


def wishes_of(target: Session | Database, registration_id: int) -> RoundWishes:
    with session_for(target) as session:
        rows = session.execute(
            select(AgendaSession.round_number, WorkshopWish.session_id)
            .join(AgendaSession, AgendaSession.id == WorkshopWish.session_id)
            .where(
                WorkshopWish.registration_id == registration_id,
                AgendaSession.round_number.is_not(None),
            )
            .order_by(AgendaSession.round_number, WorkshopWish.rank, WorkshopWish.id)
        ).all()
    wishes: dict[int, list[int]] = defaultdict(list)
    for number, session_id in rows:
        if number is not None:  # the query reads only sessions in a round
            wishes[number].append(session_id)
    return {number: tuple(ids) for number, ids in wishes.items()}


def wishes_of_event(session: Session, event_id: int) -> dict[int, RoundWishes]:
    """Everyone's wishes at once (registration → round → sessions), for the assignment."""
    rows = session.execute(
        select(WorkshopWish.registration_id, AgendaSession.round_number, WorkshopWish.session_id)
        .join(AgendaSession, AgendaSession.id == WorkshopWish.session_id)
        .where(AgendaSession.event_id == event_id, AgendaSession.round_number.is_not(None))
        .order_by(WorkshopWish.registration_id, WorkshopWish.rank, WorkshopWish.id)
    ).all()
    found: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for registration_id, number, session_id in rows:
        if number is not None:
            found[registration_id][number].append(session_id)
    return {
        registration_id: {number: tuple(ids) for number, ids in rounds.items()}
        for registration_id, rounds in found.items()
    }


def set_wishes(target: Session | Database, registration_id: int, wishes: RoundWishes) -> Changes:
    """Replace the person's wishes for the rounds named in ``wishes`` (an empty tuple
    clears a round); the other rounds' wishes stay."""
    with session_for(target) as session:
        _replace(session, registration_id, wishes, every_round=False)
    return WISH_CHANGES


def replace_all_wishes(session: Session, registration_id: int, wishes: RoundWishes) -> None:
    """The person's wishes become exactly ``wishes``: rounds not named are cleared."""
    _replace(session, registration_id, wishes, every_round=True)


def _replace(
    session: Session, registration_id: int, wishes: RoundWishes, *, every_round: bool
) -> None:
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise UserError(
            f"There is no registration with id {registration_id} in this database.",
            code="no_such_registration",
            registration_id=registration_id,
        )
    sessions = _round_sessions(session, registration.event_id, wishes)
    for number, session_ids in wishes.items():
        offered = sessions.get(number, set())
        for session_id in session_ids:
            if session_id not in offered:
                raise UserError(
                    f"A wished workshop is not part of round {number}.",
                    code="wish_not_in_round",
                    round_number=number,
                )
    replaced = delete(WorkshopWish).where(WorkshopWish.registration_id == registration_id)
    if not every_round:
        named = [sid for offered in sessions.values() for sid in offered]
        replaced = replaced.where(WorkshopWish.session_id.in_(named))
    session.execute(replaced)
    for session_ids in wishes.values():
        for rank, session_id in enumerate(dict.fromkeys(session_ids), start=1):
            session.add(
                WorkshopWish(registration_id=registration_id, session_id=session_id, rank=rank)
            )
    session.flush()


def add_wishes(session: Session, rows: Iterable[tuple[int, Sequence[int]]]) -> int:
    """Bulk write for the import and the demo: (registration, sessions in order of
    preference, over any rounds) → ranks counted per round. Replaces nothing; returns the
    number of wishes written."""
    round_of = dict(
        session.execute(
            select(AgendaSession.id, AgendaSession.round_number).where(
                AgendaSession.round_number.is_not(None)
            )
        ).all()
    )
    written: list[dict[str, Any]] = []
    now = utc_now()
    for registration_id, session_ids in rows:
        ranks: dict[int, int] = defaultdict(int)
        for session_id in dict.fromkeys(session_ids):
            number = round_of.get(session_id)
            if number is None:
                continue
            ranks[number] += 1
            written.append(
                {"registration_id": registration_id, "session_id": session_id,
                 "rank": ranks[number], "uuid": new_uuid(), "created_at": now,
                 "updated_at": now}
            )  # fmt: skip
    bulk_insert(session, WorkshopWish, written)
    return len(written)


def workshop_titles(session: Session, event_id: int) -> dict[str, int]:
    """The event's workshops by their title's key (:func:`name_key`, any spelling), for
    wishes given by title; a title offered in several rounds names its earliest."""
    rows = session.execute(
        select(AgendaSession.title, AgendaSession.id)
        .where(AgendaSession.event_id == event_id, AgendaSession.round_number.is_not(None))
        .order_by(AgendaSession.round_number.desc(), AgendaSession.id.desc())
    ).all()
    return {name_key(title): session_id for title, session_id in rows}


def _round_sessions(session: Session, event_id: int, wishes: RoundWishes) -> dict[int, set[int]]:
    rows = session.execute(
        select(AgendaSession.round_number, AgendaSession.id).where(
            AgendaSession.event_id == event_id, AgendaSession.round_number.in_(list(wishes))
        )
    ).all()
    found: dict[int, set[int]] = defaultdict(set)
    for number, session_id in rows:
        if number is not None:
            found[number].add(session_id)
    return found
