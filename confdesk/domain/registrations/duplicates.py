"""Duplicate registrations: found for review, merged after it.

Two registrations of an event are likely the same person when they have the same e-mail
address (case and surrounding spaces ignored), or the same name as search folds it
("Jürgen Weiß" = "Juergen Weiss") and the same organisation, or the same name and no
organisation at all. The same name at two different organisations is two people. A group
holds everyone linked by any of these reasons, so a person registered three times, once
with another address, is reviewed once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Row, select, update
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import (
    Category,
    CheckinRecord,
    Organization,
    PrintRecord,
    Registration,
    RegistrationStatus,
    SessionSignup,
    SessionSpeaker,
    SignupStatus,
    utc_now,
)
from confdesk.domain.changes import Changes
from confdesk.domain.networking.wishes import replace_all_wishes, wishes_of
from confdesk.domain.registrations.names import HasPersonName, full_name
from confdesk.domain.registrations.organizations import name_key
from confdesk.domain.registrations.service import (
    RegistrationData,
    load_registration,
    registration_with_wishes,
)
from confdesk.errors import UserError
from confdesk.normalize import nfc


class DuplicateReason(StrEnum):
    SAME_EMAIL = "same_email"
    SAME_NAME_SAME_ORGANIZATION = "same_name_same_organization"
    SAME_NAME_NO_ORGANIZATION = "same_name_no_organization"


# The reasons as small numbers for the keys of the grouping pass, in DuplicateReason order.
_REASONS_IN_ORDER = tuple(DuplicateReason)
_REASONS = tuple(range(len(_REASONS_IN_ORDER)))

if TYPE_CHECKING:
    # What the grouping pass reads of each registration: id, given name, family name, email
    # and its organisation's name (None without one: an outer join). SQLAlchemy 2.1's Row.
    _NameRow = Row[int, str, str, str, str | None]


@dataclass(frozen=True)
class DuplicateMember(HasPersonName):
    """What the review dialog shows of each registration in a group."""

    id: int
    title: str
    given_name: str
    family_name: str
    email: str
    organization_name: str
    category: str
    status: str
    created_at: datetime
    # Check-in records are history and cannot move: such a registration can only be kept.
    has_checkins: bool


@dataclass(frozen=True)
class DuplicateGroup:
    reasons: tuple[DuplicateReason, ...]  # in the order of DuplicateReason
    members: tuple[DuplicateMember, ...]  # oldest registration first

    @property
    def registration_ids(self) -> tuple[int, ...]:
        return tuple(member.id for member in self.members)

    @property
    def suggested_keep_id(self) -> int:
        """The registration with check-ins (the others can be merged into it), else the
        oldest one (the code on a printed badge or a sent ticket is most likely its)."""
        checked_in = [member.id for member in self.members if member.has_checkins]
        return checked_in[0] if checked_in else self.members[0].id


def find_duplicates(database: Database, event_id: int) -> list[DuplicateGroup]:
    """The groups of likely duplicates in the event, ordered by name.

    One query reads the few columns that decide, one pass in Python groups them (the
    folded name cannot be computed inside SQLite), and only the members of groups are
    read in full, which keeps an event of 50,000 registrations quick."""
    with database.transaction() as session:
        connection = session.connection()
        rows = connection.execute(
            select(
                Registration.id,
                Registration.given_name,
                Registration.family_name,
                Registration.email,
                Organization.name,
            )
            .outerjoin(Organization, Registration.organization_id == Organization.id)
            .where(Registration.event_id == event_id)
            # Oldest first: a group lists its members in the order they registered.
            .order_by(Registration.created_at, Registration.id)
        ).all()
        linked = _linked_groups(rows)
        details = _details(connection, [rows[i][0] for _, indices in linked for i in indices])
    groups = [
        DuplicateGroup(
            reasons=reasons,
            members=tuple(_member(rows[index], details[rows[index][0]]) for index in indices),
        )
        for reasons, indices in linked
    ]
    return sorted(groups, key=_group_order)


def _details(
    connection: Connection, ids: list[int]
) -> dict[int, tuple[str, str, str, datetime, bool]]:
    """Title, category, status, registration time and whether checked in, per
    registration."""
    has_checkins = (
        select(CheckinRecord.id).where(CheckinRecord.registration_id == Registration.id).exists()
    )
    details: dict[int, tuple[str, str, str, datetime, bool]] = {}
    # SQLite limits the parameters of one statement.
    for start in range(0, len(ids), 500):
        rows = connection.execute(
            select(
                Registration.id,
                Registration.title,
                Registration.category,
                Registration.status,
                Registration.created_at,
                has_checkins,
            ).where(Registration.id.in_(ids[start : start + 500]))
        )
        for registration_id, title, category, status, created_at, checked_in in rows:
            details[registration_id] = (title, category, status, created_at, bool(checked_in))
    return details


def _linked_groups(rows: Sequence[_NameRow]) -> list[tuple[tuple[DuplicateReason, ...], list[int]]]:
    """Groups of row indices, each with the reasons that link them."""
    email_reason, same_org_reason, no_org_reason = _REASONS
    by_key: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    # Given names, family names and organisations repeat far more than their
    # combinations: each distinct one is folded once.
    folded: dict[str, str] = {"": ""}
    for index, (_, given_name, family_name, email, organization_name) in enumerate(rows):
        email_key = (email if email.isascii() else nfc(email)).strip().casefold()
        if email_key:
            by_key[email_reason, email_key, ""].append(index)
        given = folded.get(given_name)
        if given is None:
            given = folded[given_name] = name_key(given_name)
        family = folded.get(family_name)
        if family is None:
            family = folded[family_name] = name_key(family_name)
        if not given and not family:
            continue
        organization_name = organization_name or ""
        organization = folded.get(organization_name)
        if organization is None:
            organization = folded[organization_name] = name_key(organization_name)
        reason = same_org_reason if organization else no_org_reason
        by_key[reason, f"{given} {family}", organization].append(index)

    linked = _Components(len(rows))
    found = [(key[0], indices) for key, indices in by_key.items() if len(indices) > 1]
    for _, indices in found:
        linked.join(indices)
    reasons_of: dict[int, set[int]] = defaultdict(set)
    indices_of: dict[int, set[int]] = defaultdict(set)
    for reason, indices in found:
        root = linked.root(indices[0])
        reasons_of[root].add(reason)
        indices_of[root].update(indices)
    return [
        (tuple(_REASONS_IN_ORDER[r] for r in sorted(reasons_of[root])), sorted(indices_of[root]))
        for root in indices_of
    ]


def _member(row: _NameRow, details: tuple[str, str, str, datetime, bool]) -> DuplicateMember:
    registration_id, given_name, family_name, email, organization = row
    title, category, status, created_at, has_checkins = details
    return DuplicateMember(
        id=registration_id,
        title=title,
        given_name=given_name,
        family_name=family_name,
        email=email,
        organization_name=organization or "",
        category=category,
        status=status,
        created_at=created_at,
        has_checkins=has_checkins,
    )


def _group_order(group: DuplicateGroup) -> tuple[str, str, int]:
    first = group.members[0]
    return name_key(first.family_name), name_key(first.given_name), first.id


class _Components:
    """Union-find over member indices: registrations linked by any reason form a group."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

    def root(self, index: int) -> int:
        parent = self._parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(self, indices: Iterable[int]) -> None:
        iterator = iter(indices)
        first = self.root(next(iterator))
        for index in iterator:
            other = self.root(index)
            if other != first:
                self._parent[other] = first


# Fields the kept registration takes from a merged one when its own is empty.
_FILLED_FIELDS = ("title", "email", "phone", "position", "dietary_needs", "accessibility_needs")
_STATUS_RANK = {
    RegistrationStatus.REGISTERED.value: 0,
    RegistrationStatus.WAITLISTED.value: 1,
    RegistrationStatus.CANCELLED.value: 2,
}
_SIGNUP_RANK = {
    SignupStatus.SIGNED_UP.value: 0,
    SignupStatus.WAITLISTED.value: 1,
    SignupStatus.CANCELLED.value: 2,
}


def merge(database: Database, keep_id: int, merge_ids: Sequence[int]) -> RegistrationData:
    """Fold the registrations ``merge_ids`` into ``keep_id`` and delete them, in one
    transaction: nothing is written if anything is refused.

    The kept registration takes a merged one's detail where its own is empty (an
    organisation, an e-mail address, …), a category other than "participant" over
    "participant", the best status of all (registered, then waitlisted, then cancelled),
    all topics, and the notes of all. Consents are never taken over: an unticked box may
    be a refusal. Workshop sign-ups, speaker roles and print records move to the kept
    registration; where both are signed up for one session, the better sign-up stays
    (a seat over a waiting-list place, else the earlier one). Check-in records are
    history and cannot move, so a registration that has any can only be the kept one.
    """
    merge_ids = list(dict.fromkeys(merge_ids))
    if not merge_ids:
        raise UserError(
            "Choose at least one registration to merge into the kept one.", code="merge_nothing"
        )
    if keep_id in merge_ids:
        raise UserError("A registration cannot be merged into itself.", code="merge_into_itself")
    with database.transaction() as session:
        kept = load_registration(session, keep_id)
        merged = sorted(
            (load_registration(session, i) for i in merge_ids), key=lambda r: (r.created_at, r.id)
        )
        _refuse_unmergeable(session, kept, merged)
        _take_details(kept, merged)
        _take_signups(session, keep_id, merge_ids)
        _take_speaker_roles(session, keep_id, merge_ids)
        _take_wishes(session, keep_id, [registration.id for registration in merged])
        session.execute(
            update(PrintRecord)
            .where(PrintRecord.registration_id.in_(merge_ids))
            .values(registration_id=keep_id, updated_at=utc_now())
        )
        for registration in merged:
            session.delete(registration)
        kept.updated_at = utc_now()
        session.flush()
        # Sign-ups, speaker roles and print records moved with the registrations.
        changes = Changes(registrations=True, agenda=True, signups=True, prints=True)
        return replace(registration_with_wishes(session, kept), changes=changes)


def _take_wishes(session: Session, keep_id: int, merge_ids: list[int]) -> None:
    """Workshop wishes of a round the kept registration has none for come from the
    earliest merged registration that has some."""
    wishes = wishes_of(session, keep_id)
    for merged_id in merge_ids:
        for number, session_ids in wishes_of(session, merged_id).items():
            wishes.setdefault(number, session_ids)
    replace_all_wishes(session, keep_id, wishes)


def _refuse_unmergeable(session: Session, kept: Registration, merged: list[Registration]) -> None:
    for registration in merged:
        if registration.event_id != kept.event_id:
            name = full_name(registration)
            raise UserError(
                f"{name} is registered for another event and cannot be merged.",
                code="merge_other_event",
                name=name,
            )
    checked_in = set(
        session.scalars(
            select(CheckinRecord.registration_id)
            .distinct()
            .where(CheckinRecord.registration_id.in_([r.id for r in merged]))
        )
    )
    for registration in merged:
        if registration.id in checked_in:
            raise UserError(
                f"The registration of {full_name(registration)} has check-in records, which "
                "cannot be moved; keep that registration and merge the others into it.",
                code="merge_checked_in",
                name=full_name(registration),
                registration_id=registration.id,
            )


def _take_details(kept: Registration, merged: list[Registration]) -> None:
    for name in _FILLED_FIELDS:
        if not getattr(kept, name):
            value = next((getattr(r, name) for r in merged if getattr(r, name)), "")
            setattr(kept, name, value)
    if kept.organization is None:
        kept.organization = next(
            (r.organization for r in merged if r.organization is not None), None
        )
    if kept.category == Category.PARTICIPANT:
        kept.category = next(
            (r.category for r in merged if r.category != Category.PARTICIPANT), kept.category
        )
    kept.status = min([kept.status, *(r.status for r in merged)], key=_STATUS_RANK.__getitem__)
    notes = [kept.notes, *(r.notes for r in merged)]
    kept.notes = "\n".join(dict.fromkeys(nfc(note).strip() for note in notes if note.strip()))
    topics = {topic.id: topic for r in (kept, *merged) for topic in r.topics}
    kept.topics = [topics[topic_id] for topic_id in sorted(topics)]


def _take_signups(session: Session, keep_id: int, merge_ids: list[int]) -> None:
    kept_signups = {
        signup.session_id: signup
        for signup in session.scalars(
            select(SessionSignup).where(SessionSignup.registration_id == keep_id)
        )
    }
    others = session.scalars(
        select(SessionSignup)
        .where(SessionSignup.registration_id.in_(merge_ids))
        .order_by(SessionSignup.signed_up_at, SessionSignup.id)
    ).all()
    for signup in others:
        current = kept_signups.get(signup.session_id)
        if current is not None and _signup_rank(current) <= _signup_rank(signup):
            session.delete(signup)
            continue
        if current is not None:
            session.delete(current)
            # The pair (session, registration) is unique: the loser goes before the move.
            session.flush()
        signup.registration_id = keep_id
        kept_signups[signup.session_id] = signup
    session.flush()


def _signup_rank(signup: SessionSignup) -> tuple[int, datetime]:
    return _SIGNUP_RANK[signup.status], signup.signed_up_at


def _take_speaker_roles(session: Session, keep_id: int, merge_ids: list[int]) -> None:
    sessions_of_kept = set(
        session.scalars(
            select(SessionSpeaker.session_id).where(SessionSpeaker.registration_id == keep_id)
        )
    )
    for role in session.scalars(
        select(SessionSpeaker).where(SessionSpeaker.registration_id.in_(merge_ids))
    ):
        if role.session_id in sessions_of_kept:
            session.delete(role)
        else:
            role.registration_id = keep_id
            sessions_of_kept.add(role.session_id)
    session.flush()
