"""The demo conference: a German regional Smart City conference with as many attendees as
asked for, written in one transaction.

Everything is derived from the seed, UUIDs and timestamps included, so the same seed gives
the same database. The programme and the people on it are fixed
(:mod:`confdesk.domain.demo.catalogue`); the crowd around them is drawn from the seed
(:mod:`confdesk.domain.demo.people`). Rows go in with one ``executemany`` per table and chunk
and with explicit primary keys, which keeps 50,000 attendees within seconds.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import count
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from confdesk.db.bulk import bulk_insert, next_id
from confdesk.db.database import Database
from confdesk.db.models import (
    AgendaSession,
    Category,
    Challenge,
    CheckinRecord,
    Event,
    Organization,
    PrintRecord,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Room,
    SessionSignup,
    SessionSpeaker,
    SignupStatus,
    Topic,
    WorkshopWish,
    registration_challenges,
    registration_topics,
)
from confdesk.domain.changes import EVERYTHING, Changes
from confdesk.domain.demo import catalogue
from confdesk.domain.demo.arrivals import DemoPerson, arrival_rows, seated
from confdesk.domain.demo.people import EmailBook, PersonFactory, Weighted
from confdesk.domain.progress import Progress
from confdesk.errors import UserError

# Recorded moments (naive UTC): the event was set up in September, people registered until
# mid-November, and the data reads as of the week this module was written, so that a real
# edit made afterwards always carries a later timestamp than the demo row it changes.
EVENT_CREATED = datetime(2026, 9, 1, 7, 30)
CAST_CREATED = datetime(2026, 9, 7, 8, 0)
REGISTRATION_OPENS = datetime(2026, 9, 14, 6, 0)
REGISTRATION_CLOSES = datetime(2026, 11, 13, 18, 0)
DATA_AS_OF = datetime(2026, 11, 20, 17, 0)

# Registrations per insert and per progress report.
REGISTRATION_CHUNK = 1_000
# Share of participants and guests who cancel, and share who choose a workshop per round.
CANCEL_SHARE = 0.05
SIGNUP_SHARE = 0.85


@dataclass(frozen=True)
class DemoSummary:
    event_id: int
    title: str
    registrations: int
    organizations: int  # the organisations the registrations belong to
    rooms: int
    sessions: int
    signups: int
    checkins: int = 0  # with arrivals: at the venue and at session doors
    wishes: int = 0
    # A new event with everything in it.
    changes: Changes = field(default=EVERYTHING, compare=False, kw_only=True)


def create_demo_event(
    database: Database,
    *,
    attendees: int = 180,
    seed: int = 1,
    progress: Progress | None = None,
    arrivals: bool = False,
) -> DemoSummary:
    """Create the demo conference with ``attendees`` registrations; with ``arrivals``, as
    it went on the day (check-ins over the morning, no-shows, badges and certificates
    printed: :mod:`confdesk.domain.demo.arrivals`), otherwise as the day before.

    ``progress(done, total)`` is called now and then from the calling thread; the last
    call, with ``done == total``, comes just before the commit. An exception raised by it
    aborts the demo and leaves the database as it was, so it doubles as a cancel button.
    """
    if attendees < 1:
        raise UserError("The demo conference needs at least one attendee.")
    report = progress or _ignore_progress
    total = attendees + 1  # the last unit: speakers and workshop sign-ups
    report(0, total)
    with database.transaction() as session:
        builder = _DemoBuilder(session, random.Random(seed), _uuid_source(session, seed))
        summary = builder.build(attendees, lambda done: report(done, total), arrivals=arrivals)
        report(total, total)
    return summary


def _ignore_progress(_done: int, _total: int) -> None:
    pass


class _UuidSource:
    def __init__(self, key: str) -> None:
        self._rng = random.Random(key)

    def next(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def _uuid_source(session: Session, seed: int) -> _UuidSource:
    """The UUID series of this seed, or, when that demo is already in the database, the
    next series: a second identical demo must not reuse the first one's UUIDs. The first
    UUID of a series is the event's."""
    for generation in count():
        key = f"confdesk-demo/{seed}/{generation}"
        taken = session.scalar(select(Event.id).where(Event.uuid == _UuidSource(key).next()))
        if taken is None:
            return _UuidSource(key)
    raise AssertionError("unreachable")


@dataclass
class _Attendee:
    """What the sign-up draw needs to know of a registration from the crowd."""

    id: int
    created_at: datetime
    updated_at: datetime
    status: str


@dataclass
class _Ids:
    """Primary keys handed out here, so rows can refer to each other before insertion."""

    next_id: dict[str, int] = field(default_factory=dict)

    def take(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value


class _DemoBuilder:
    def __init__(self, session: Session, rng: random.Random, uuids: _UuidSource) -> None:
        self._session = session
        self._rng = rng
        self._uuids = uuids
        self._ids = _Ids()
        self._people = PersonFactory(rng)
        self._emails = EmailBook(rng)
        self._organizations = _OrganizationRegistry(session, self._ids, uuids)

    def build(
        self, attendees: int, report: Callable[[int], None], *, arrivals: bool = False
    ) -> DemoSummary:
        # Inserting the event takes SQLite's write lock, so no other writer can take the
        # ids read next before this transaction ends.
        event_id = self._insert_event()
        self._ids.next_id = {
            model.__tablename__: next_id(self._session, model)
            for model in (Room, Topic, AgendaSession, Organization, Registration)
        }
        self._organizations.load_existing()
        room_ids = self._insert_rooms(event_id)
        topic_ids = self._insert_topics(event_id)
        session_ids = self._insert_programme(event_id, room_ids, topic_ids)

        cast_ids = self._insert_cast(event_id, min(attendees, len(catalogue.CAST)), topic_ids)
        done = len(cast_ids)
        report(done)
        crowd: list[_Attendee] = []
        for rows, topic_links, chunk_crowd in self._crowd_chunks(
            event_id, attendees - len(cast_ids), topic_ids
        ):
            self._organizations.flush_new()
            bulk_insert(self._session, Registration, rows)
            bulk_insert(self._session, registration_topics, topic_links)
            crowd.extend(chunk_crowd)
            done += len(rows)
            report(done)

        bulk_insert(self._session, SessionSpeaker, self._speaker_rows(session_ids, cast_ids))
        signup_rows = self._signup_rows(session_ids, crowd)
        bulk_insert(self._session, SessionSignup, signup_rows)
        checkins = self._insert_arrivals(event_id, session_ids, signup_rows) if arrivals else 0
        wishes = self._insert_networking(event_id, session_ids, crowd, signup_rows)
        return DemoSummary(
            event_id=event_id,
            title=catalogue.EVENT_TITLE,
            registrations=attendees,
            organizations=self._organizations.used_count,
            rooms=len(room_ids),
            sessions=len(session_ids),
            signups=len(signup_rows),
            checkins=checkins,
            wishes=wishes,
        )

    def _insert_arrivals(
        self, event_id: int, session_ids: list[int], signup_rows: list[dict[str, Any]]
    ) -> int:
        people = [
            DemoPerson(*row)
            for row in self._session.execute(
                select(Registration.id, Registration.category, Registration.status)
                .where(Registration.event_id == event_id)
                .order_by(Registration.id)
            )
        ]
        starts = {
            session_id: datetime.combine(catalogue.EVENT_DATE, spec.starts)
            for session_id, spec in zip(session_ids, catalogue.PROGRAMME, strict=True)
        }
        rows = arrival_rows(
            people, seated(signup_rows, starts), day=catalogue.EVENT_DATE,
            zone=ZoneInfo(catalogue.TIMEZONE), rng=self._rng, new_uuid=self._uuids.next,
        )  # fmt: skip
        bulk_insert(self._session, CheckinRecord, rows.checkins)
        bulk_insert(self._session, PrintRecord, rows.prints)
        return len(rows.checkins)

    def _insert_networking(
        self,
        event_id: int,
        session_ids: list[int],
        crowd: list[_Attendee],
        signup_rows: list[dict[str, Any]],
    ) -> int:
        """Challenges and ranked workshop wishes for the crowd. Drawn last, from a
        generator of their own, so they leave the rest of a seed's demo as it was. Whoever
        took a place in a round wished for it first; the others' wishes wait for the
        workshop assignment. Returns the number of wishes."""
        rng = random.Random(self._rng.random())
        moment = DATA_AS_OF - timedelta(days=1)
        challenge_rows = [
            {"id": index, "event_id": event_id, "name": name, **self._synced(moment)}
            for index, (name, _weight) in enumerate(catalogue.CHALLENGES, start=next_id(
                self._session, Challenge
            ))
        ]  # fmt: skip
        bulk_insert(self._session, Challenge, challenge_rows)
        challenges = Weighted(
            [(row["id"], weight) for row, (_n, weight) in zip(
                challenge_rows, catalogue.CHALLENGES, strict=True
            )]
        )  # fmt: skip
        chosen = {(row["registration_id"], row["session_id"]) for row in signup_rows}
        slots: dict[int, list[tuple[int, int]]] = {}
        for session_id, spec in zip(session_ids, catalogue.PROGRAMME, strict=True):
            if spec.signup_slot is not None:
                slots.setdefault(spec.signup_slot, []).append((session_id, spec.popularity))
        links: list[dict[str, int]] = []
        wishes: list[dict[str, Any]] = []
        for attendee in crowd:
            if attendee.status != RegistrationStatus.REGISTERED.value:
                continue
            links.extend(
                {"registration_id": attendee.id, "challenge_id": challenge_id}
                for challenge_id in dict.fromkeys(
                    challenges.pick(rng) for _ in range(rng.randint(1, 3))
                )
            )
            for offers in slots.values():
                if rng.random() >= catalogue.WISH_SHARE:
                    continue
                taken = [sid for sid, _p in offers if (attendee.id, sid) in chosen]
                ranked = _ranked_wishes(rng, offers, taken)
                wishes.extend(
                    {"registration_id": attendee.id, "session_id": session_id, "rank": rank,
                     **self._synced(attendee.created_at)}
                    for rank, session_id in enumerate(ranked, start=1)
                )  # fmt: skip
        bulk_insert(self._session, registration_challenges, links)
        bulk_insert(self._session, WorkshopWish, wishes)
        return len(wishes)

    def _synced(self, moment: datetime, updated: datetime | None = None) -> dict[str, Any]:
        return {"uuid": self._uuids.next(), "created_at": moment, "updated_at": updated or moment}

    def _insert_event(self) -> int:
        values = {
            "title": catalogue.EVENT_TITLE,
            "subtitle": catalogue.EVENT_SUBTITLE,
            "start_date": catalogue.EVENT_DATE,
            "end_date": catalogue.EVENT_DATE,
            "day_starts": catalogue.DAY_STARTS,
            "day_ends": catalogue.DAY_ENDS,
            "venue_name": catalogue.VENUE_NAME,
            "venue_address": catalogue.VENUE_ADDRESS,
            "timezone": catalogue.TIMEZONE,
            "language": catalogue.LANGUAGE,
            **self._synced(EVENT_CREATED),
        }
        values["checkin_key"] = _demo_checkin_key(values["uuid"])
        return self._session.execute(insert(Event).values(values).returning(Event.id)).scalar_one()

    def _insert_rooms(self, event_id: int) -> dict[str, int]:
        rows = [
            {
                "id": self._ids.take("rooms"),
                "event_id": event_id,
                "name": room.name,
                "capacity": room.capacity,
                "location": room.location,
                "sort_order": order,
                **self._synced(EVENT_CREATED + timedelta(minutes=5)),
            }
            for order, room in enumerate(catalogue.ROOMS)
        ]
        bulk_insert(self._session, Room, rows)
        return {row["name"]: row["id"] for row in rows}

    def _insert_topics(self, event_id: int) -> dict[str, int]:
        rows = [
            {
                "id": self._ids.take("topics"),
                "event_id": event_id,
                "name": topic.name,
                "color": topic.color,
                **self._synced(EVENT_CREATED + timedelta(minutes=10)),
            }
            for topic in catalogue.TOPICS
        ]
        bulk_insert(self._session, Topic, rows)
        return {row["name"]: row["id"] for row in rows}

    def _insert_programme(
        self, event_id: int, room_ids: dict[str, int], topic_ids: dict[str, int]
    ) -> list[int]:
        day = catalogue.EVENT_DATE
        rows = [
            {
                "id": self._ids.take("agenda_sessions"),
                "event_id": event_id,
                "title": spec.title,
                "kind": spec.kind.value,
                "starts_at": datetime.combine(day, spec.starts),
                "ends_at": datetime.combine(day, spec.ends),
                "room_id": room_ids[spec.room] if spec.room else None,
                "capacity": spec.capacity,
                "topic_id": topic_ids[spec.topic] if spec.topic else None,
                "signup_required": spec.signup_required,
                "description": spec.description,
                "round_number": spec.signup_slot,
                "spans_all_rooms": spec.spans_all_rooms,
                **self._synced(EVENT_CREATED + timedelta(days=2, minutes=order)),
            }
            for order, spec in enumerate(catalogue.PROGRAMME)
        ]
        bulk_insert(self._session, AgendaSession, rows)
        return [row["id"] for row in rows]

    def _insert_cast(self, event_id: int, size: int, topic_ids: dict[str, int]) -> dict[str, int]:
        """The people on the programme, entered by hand by the organisers."""
        ids: dict[str, int] = {}
        rows: list[dict[str, Any]] = []
        links: list[dict[str, int]] = []
        for order, member in enumerate(catalogue.CAST[:size]):
            organization = catalogue.ORGANIZATIONS_BY_NAME[member.organization]
            ids[member.key] = registration_id = self._ids.take("registrations")
            rows.append(
                {
                    "id": registration_id,
                    "event_id": event_id,
                    "title": member.title,
                    "given_name": member.given_name,
                    "family_name": member.family_name,
                    "email": self._emails.address(
                        member.given_name, member.family_name, organization.domain
                    ),
                    "phone": self._people.phone(),
                    "organization_id": self._organizations.id_for(organization),
                    "position": member.position,
                    "category": member.category.value,
                    "status": RegistrationStatus.REGISTERED.value,
                    "dietary_needs": self._people.dietary_needs(),
                    "accessibility_needs": "",
                    "photo_consent": True,
                    "attendee_list_consent": True,
                    "notes": "",
                    "source": RegistrationSource.MANUAL.value,
                    **self._synced(CAST_CREATED + timedelta(minutes=11 * order)),
                }
            )
            links.extend(
                {"registration_id": registration_id, "topic_id": topic_ids[name]}
                for name in _cast_topics(member.key)
            )
        self._organizations.flush_new()
        bulk_insert(self._session, Registration, rows)
        bulk_insert(self._session, registration_topics, links)
        return ids

    def _crowd_chunks(
        self, event_id: int, size: int, topic_ids: dict[str, int]
    ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, int]], list[_Attendee]]]:
        """Registrations of everyone else in the order they came in, a chunk at a time."""
        rng = self._rng
        categories = _crowd_categories(size)
        rng.shuffle(categories)
        moments = _registration_moments(rng, size)
        waitlist_from = _waitlist_start(size)
        topics = Weighted([(topic_ids[topic.name], topic.interest) for topic in catalogue.TOPICS])

        rows: list[dict[str, Any]] = []
        links: list[dict[str, int]] = []
        attendees: list[_Attendee] = []
        for index, (category, created_at) in enumerate(zip(categories, moments, strict=True)):
            person = self._people.draw(category)
            status, updated_at, cancel_note = self._status(
                category, index >= waitlist_from, created_at
            )
            registration_id = self._ids.take("registrations")
            organization = person.organization
            rows.append(
                {
                    "id": registration_id,
                    "event_id": event_id,
                    "title": person.title,
                    "given_name": person.given_name,
                    "family_name": person.family_name,
                    "email": self._emails.address(
                        person.given_name,
                        person.family_name,
                        organization.domain if organization else "",
                    ),
                    "phone": self._people.phone() if rng.random() < 0.35 else "",
                    "organization_id": (
                        self._organizations.id_for(organization) if organization else None
                    ),
                    "position": person.position,
                    "category": category.value,
                    "status": status,
                    "dietary_needs": self._people.dietary_needs(),
                    "accessibility_needs": self._people.accessibility_needs(),
                    "photo_consent": category is Category.PRESS or rng.random() < 0.75,
                    "attendee_list_consent": rng.random() < 0.85,
                    "notes": cancel_note or self._people.note(category),
                    "source": (
                        RegistrationSource.MANUAL.value
                        if category is Category.STAFF or rng.random() < 0.15
                        else RegistrationSource.IMPORT.value
                    ),
                    **self._synced(created_at, updated_at),
                }
            )
            if category in (Category.PARTICIPANT, Category.GUEST, Category.EXHIBITOR):
                links.extend(
                    {"registration_id": registration_id, "topic_id": topic_id}
                    for topic_id in self._people.interests(topics)
                )
            if category in (Category.PARTICIPANT, Category.GUEST):
                attendees.append(_Attendee(registration_id, created_at, updated_at, status))
            if len(rows) == REGISTRATION_CHUNK:
                yield rows, links, attendees
                rows, links, attendees = [], [], []
        if rows:
            yield rows, links, attendees

    def _status(
        self, category: Category, late: bool, created_at: datetime
    ) -> tuple[str, datetime, str]:
        """Status, time of the last change, and a note: some participants and guests
        cancel, and the participants who registered last wait for a place."""
        rng = self._rng
        if category in (Category.PARTICIPANT, Category.GUEST) and rng.random() < CANCEL_SHARE:
            cancelled_at = created_at + (DATA_AS_OF - created_at) * rng.random()
            note = rng.choice(catalogue.CANCELLATION_NOTES)
            return RegistrationStatus.CANCELLED.value, cancelled_at, note
        if late and category is Category.PARTICIPANT:
            return RegistrationStatus.WAITLISTED.value, created_at, ""
        return RegistrationStatus.REGISTERED.value, created_at, ""

    def _speaker_rows(
        self, session_ids: list[int], cast_ids: dict[str, int]
    ) -> list[dict[str, Any]]:
        return [
            {
                "session_id": session_id,
                "registration_id": cast_ids[key],
                "role": role.value,
                **self._synced(CAST_CREATED + timedelta(days=1)),
            }
            for session_id, spec in zip(session_ids, catalogue.PROGRAMME, strict=True)
            for key, role in spec.people
            if key in cast_ids
        ]

    def _signup_rows(self, session_ids: list[int], crowd: list[_Attendee]) -> list[dict[str, Any]]:
        """Per round, attendees choose one offer in the order they registered: seats first,
        then a short waiting list. Once every offer's list is full, later attendees find
        nothing left, which keeps the work bounded at any number of attendees."""
        candidates = [a for a in crowd if a.status != RegistrationStatus.WAITLISTED.value]
        slots = sorted({s.signup_slot for s in catalogue.PROGRAMME if s.signup_slot is not None})
        rows: list[dict[str, Any]] = []
        for slot in slots:
            offers = [
                _Offer(session_id, spec.capacity or 0, spec.popularity)
                for session_id, spec in zip(session_ids, catalogue.PROGRAMME, strict=True)
                if spec.signup_slot == slot
            ]
            rows.extend(self._signups_for_slot(offers, candidates))
        return rows

    def _signups_for_slot(
        self, offers: list[_Offer], candidates: list[_Attendee]
    ) -> Iterator[dict[str, Any]]:
        rng = self._rng
        for attendee in candidates:
            open_offers = [offer for offer in offers if not offer.closed]
            if not open_offers:
                return
            if rng.random() >= SIGNUP_SHARE:
                continue
            offer = rng.choices(open_offers, weights=[o.popularity for o in open_offers])[0]
            status = offer.take(cancelled=attendee.status == RegistrationStatus.CANCELLED.value)
            yield {
                "session_id": offer.session_id,
                "registration_id": attendee.id,
                "status": status.value,
                # Workshops are chosen on the registration form.
                "signed_up_at": attendee.created_at,
                **self._synced(attendee.created_at, attendee.updated_at),
            }


@dataclass
class _Offer:
    """A workshop or excursion filling up during the sign-up draw."""

    session_id: int
    capacity: int
    popularity: int
    signed_up: int = 0
    waitlisted: int = 0

    @property
    def waitlist_limit(self) -> int:
        return max(3, self.capacity // 4)

    @property
    def closed(self) -> bool:
        return self.signed_up >= self.capacity and self.waitlisted >= self.waitlist_limit

    def take(self, *, cancelled: bool) -> SignupStatus:
        """A cancelled registration's sign-up stays on record without holding a seat."""
        if cancelled:
            return SignupStatus.CANCELLED
        if self.signed_up < self.capacity:
            self.signed_up += 1
            return SignupStatus.SIGNED_UP
        self.waitlisted += 1
        return SignupStatus.WAITLISTED


class _OrganizationRegistry:
    """Organisations are shared by all events: the demo reuses those already in the
    database under the same name and inserts only the ones its attendees belong to."""

    def __init__(self, session: Session, ids: _Ids, uuids: _UuidSource) -> None:
        self._session = session
        self._ids = ids
        self._uuids = uuids
        self._existing: dict[str, int] = {}
        self._used: dict[str, int] = {}
        self._pending: list[dict[str, Any]] = []

    @property
    def used_count(self) -> int:
        return len(self._used)

    def load_existing(self) -> None:
        rows = self._session.execute(
            select(Organization.name, func.min(Organization.id))
            .where(Organization.name.in_(catalogue.ORGANIZATIONS_BY_NAME))
            .group_by(Organization.name)
        )
        self._existing = {name: organization_id for name, organization_id in rows}

    def id_for(self, spec: catalogue.OrganizationSpec) -> int:
        organization_id = self._used.get(spec.name)
        if organization_id is None:
            organization_id = self._existing.get(spec.name) or self._add(spec)
            self._used[spec.name] = organization_id
        return organization_id

    def flush_new(self) -> None:
        """Insert the organisations added since the last flush, before the registrations
        that refer to them."""
        bulk_insert(self._session, Organization, self._pending)
        self._pending = []

    def _add(self, spec: catalogue.OrganizationSpec) -> int:
        organization_id = self._ids.take("organizations")
        moment = EVENT_CREATED + timedelta(hours=1, minutes=catalogue.ORGANIZATIONS.index(spec))
        self._pending.append(
            {
                "id": organization_id,
                "name": spec.name,
                "kind": spec.kind.value,
                "federal_state": spec.federal_state,
                "funding_programme": catalogue.FUNDING_PROGRAMME if spec.cohort else "",
                "cohort": spec.cohort,
                "uuid": self._uuids.next(),
                "created_at": moment,
                "updated_at": moment,
            }
        )
        return organization_id


def _ranked_wishes(
    rng: random.Random, offers: list[tuple[int, int]], first: list[int]
) -> list[int]:
    """Up to WISHES_PER_ROUND offers of a round, more popular ones more often first."""
    ranked = list(first)
    left = [offer for offer in offers if offer[0] not in ranked]
    while left and len(ranked) < catalogue.WISHES_PER_ROUND:
        pick = rng.choices(left, weights=[popularity for _sid, popularity in left])[0]
        ranked.append(pick[0])
        left.remove(pick)
    return ranked


def _demo_checkin_key(event_uuid: str) -> bytes:
    """The same seed gives the same codes, so demo badges stay valid when the demo is
    rebuilt; anyone who knows the seed can make them, which is fine for a demo only."""
    return hashlib.sha256(f"confdesk-demo/checkin-key/{event_uuid}".encode()).digest()


def _cast_topics(key: str) -> list[str]:
    """The topics of the sessions a person on the programme speaks in or moderates."""
    topics = [
        spec.topic
        for spec in catalogue.PROGRAMME
        if spec.topic and any(person == key for person, _ in spec.people)
    ]
    return list(dict.fromkeys(topics))


def _crowd_categories(size: int) -> list[Category]:
    """Mostly participants: the venue limits exhibitors, staff and press whatever the size."""
    exhibitors = min(size * 6 // 100, 24)
    staff = min(max(size // 40, 1 if size >= 20 else 0), 12)
    press = min(size // 60, 8)
    guests = min(size * 2 // 100, 40)
    participants = size - exhibitors - staff - press - guests
    return (
        [Category.EXHIBITOR] * exhibitors
        + [Category.STAFF] * staff
        + [Category.PRESS] * press
        + [Category.GUEST] * guests
        + [Category.PARTICIPANT] * participants
    )


def _registration_moments(rng: random.Random, size: int) -> list[datetime]:
    """Sorted, strictly increasing whole seconds in the registration period, so that the
    order of registrations, and so of waiting lists, never has a tie."""
    span = int((REGISTRATION_CLOSES - REGISTRATION_OPENS).total_seconds())
    offsets = sorted(rng.randrange(span) for _ in range(size))
    for index in range(1, size):
        offsets[index] = max(offsets[index], offsets[index - 1] + 1)
    return [REGISTRATION_OPENS + timedelta(seconds=offset) for offset in offsets]


def _waitlist_start(size: int) -> int:
    """From this index on, participants are put on the waiting list: the last twentieth
    of the crowd registered after the event was full."""
    return size - size // 20
