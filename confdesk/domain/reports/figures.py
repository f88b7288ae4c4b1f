"""What the post-event report says: registrations, attendance, no-shows, the breakdowns
a funder asks for, each session's load, the arrivals curve and the certificates issued.

Everything here is a count. No name, e-mail or organisation leaves this module, so the
report made from it can be sent on (to a ministry, a coordinating office) without
personal data. "Checked in" is the database's one definition, the views
``checkins_in_force`` and ``venue_checkins`` (migration 0011).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import PrintKind, RegistrationSource, RegistrationStatus, SessionKind
from confdesk.domain.agenda.seats import effective_capacity, seat_counts
from confdesk.domain.events.service import load_event

# Arrivals are counted in steps of this many minutes.
ARRIVAL_STEP = timedelta(minutes=5)
# Keys of the funding breakdown that are not a cohort's own name.
NOT_FUNDED = ""
FUNDED_WITHOUT_COHORT = "*"


@dataclass(frozen=True)
class Tally:
    """One group of a breakdown: ``key`` is a stored code (category, organisation kind),
    a federal state or a cohort as written, "" for people without one."""

    key: str
    registered: int
    checked_in: int

    @property
    def no_shows(self) -> int:
        return max(self.registered - self.checked_in, 0)


@dataclass(frozen=True)
class SessionFigures:
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    room: str
    seats: int | None  # None: no limit
    signed_up: int
    waiting: int
    checked_in: int  # at the session's door


@dataclass(frozen=True)
class ArrivalStep:
    starts_at: datetime  # the event's local time
    arrivals: int
    cumulative: int


@dataclass(frozen=True)
class ArrivalDay:
    day: date
    steps: tuple[ArrivalStep, ...]


@dataclass(frozen=True)
class EventReport:
    title: str
    subtitle: str
    start_date: date
    end_date: date
    venue: str
    language: str
    made_at: datetime  # the event's local time
    registered: int  # expected: registrations with the status "registered"
    waitlisted: int
    cancelled: int
    walk_ins: int
    checked_in: int  # people checked in at the venue, whatever their status now
    no_shows: int  # registered and never checked in
    by_category: tuple[Tally, ...]
    by_organization_kind: tuple[Tally, ...]
    by_federal_state: tuple[Tally, ...]
    by_funding: tuple[Tally, ...]  # cohorts by name, FUNDED_WITHOUT_COHORT, NOT_FUNDED
    sessions: tuple[SessionFigures, ...]
    arrivals: tuple[ArrivalDay, ...]
    certificates: int  # people with a certificate printed
    badges: int  # people with a badge printed

    @property
    def no_show_rate(self) -> float | None:
        """Share of the registered who did not come; None when nobody was registered."""
        return self.no_shows / self.registered if self.registered else None


@dataclass(frozen=True)
class _Group:
    """People alike in every way the report counts them, and how many they are."""

    category: str
    status: str
    source: str
    kind: str
    state: str
    funding: str
    came: bool
    people: int


# The people counted in SQL, grouped by everything the report breaks them down by: at
# 50,000 registrations a row per person cost seconds (issue 19), a few hundred groups do
# not. Grouping by organisation id first and joining the organisations to the groups
# keeps the sort narrow. "Came" is one list of the venue's check-ins, looked up per
# person, not a subquery run for every registration.
_PEOPLE = (
    "SELECT g.category, g.status, g.source, coalesce(o.kind, ''), "
    "coalesce(o.federal_state, ''), coalesce(o.cohort, ''), coalesce(o.funding_programme, ''), "
    "g.came, g.people FROM (SELECT r.organization_id, r.category, r.status, r.source, "
    "r.id IN (SELECT c.registration_id FROM venue_checkins c) AS came, count(*) AS people "
    "FROM registrations r WHERE r.event_id = ? GROUP BY 1, 2, 3, 4, 5) g "
    "LEFT JOIN organizations o ON o.id = g.organization_id"
)
_ARRIVALS = (
    "SELECT c.registration_id, c.occurred_at FROM venue_checkins c "
    "JOIN registrations r ON r.id = c.registration_id WHERE r.event_id = ?"
)
_SESSIONS = (
    "SELECT s.id, s.title, s.kind, s.starts_at, s.ends_at, s.capacity, coalesce(m.name, ''), "
    "m.capacity FROM agenda_sessions s LEFT JOIN rooms m ON m.id = s.room_id "
    "WHERE s.event_id = ? AND s.kind != ? ORDER BY s.starts_at, m.sort_order, s.id"
)
_SESSION_CHECKINS = (
    "SELECT c.session_id, count(DISTINCT c.registration_id) FROM checkins_in_force c "
    "JOIN agenda_sessions s ON s.id = c.session_id "
    "WHERE s.event_id = ? AND c.action = 'check_in' GROUP BY c.session_id"
)
_PRINTED = (
    "SELECT p.kind, count(DISTINCT p.registration_id) FROM print_records p "
    "JOIN registrations r ON r.id = p.registration_id WHERE r.event_id = ? GROUP BY p.kind"
)


def event_report(database: Database, event_id: int, *, now: datetime | None = None) -> EventReport:
    """The figures of one event, read in one transaction."""
    with database.transaction() as session:
        event = load_event(session, event_id)
        zone = ZoneInfo(event.timezone)
        connection = session.connection()
        groups = [
            _Group(row[0], row[1], row[2], row[3], row[4], _funding(row[5], row[6]),
                   bool(row[7]), row[8])
            for row in connection.exec_driver_sql(_PEOPLE, (event_id,)).all()
        ]  # fmt: skip
        to_local = _LocalTime(zone)
        arrivals = _arrival_days(
            (row[0], to_local(row[1])) for row in
             connection.exec_driver_sql(_ARRIVALS, (event_id,)).all()
        )  # fmt: skip
        sessions = _sessions(session, connection, event_id)
        printed: dict[str, int] = dict(connection.exec_driver_sql(_PRINTED, (event_id,)).all())
        made_at = (now or datetime.now(UTC)).astimezone(zone).replace(tzinfo=None)
        title, subtitle, language = event.title, event.subtitle, event.language
        start_date, end_date, venue = event.start_date, event.end_date, event.venue_name
    statuses: Counter[str] = Counter()
    for group in groups:
        statuses[group.status] += group.people
    return EventReport(
        title=title,
        subtitle=subtitle,
        start_date=start_date,
        end_date=end_date,
        venue=venue,
        language=language,
        made_at=made_at,
        registered=statuses[RegistrationStatus.REGISTERED.value],
        waitlisted=statuses[RegistrationStatus.WAITLISTED.value],
        cancelled=statuses[RegistrationStatus.CANCELLED.value],
        walk_ins=sum(g.people for g in groups if g.source == RegistrationSource.WALK_IN.value),
        checked_in=sum(g.people for g in groups if g.came),
        no_shows=sum(
            g.people
            for g in groups
            if g.status == RegistrationStatus.REGISTERED.value and not g.came
        ),
        by_category=_tallies(groups, lambda g: g.category),
        by_organization_kind=_tallies(groups, lambda g: g.kind),
        by_federal_state=_tallies(groups, lambda g: g.state),
        by_funding=_tallies(groups, lambda g: g.funding),
        sessions=sessions,
        arrivals=arrivals,
        certificates=printed.get(PrintKind.CERTIFICATE.value, 0),
        badges=printed.get(PrintKind.BADGE.value, 0),
    )


def _funding(cohort: str, programme: str) -> str:
    if cohort.strip():
        return cohort.strip()
    return FUNDED_WITHOUT_COHORT if programme.strip() else NOT_FUNDED


def _tallies(groups: list[_Group], key_of: Callable[[_Group], str]) -> tuple[Tally, ...]:
    """Registered (expected) and checked in per key, largest first; a key appears when
    anyone with it was expected or came."""
    registered: Counter[str] = Counter()
    came: Counter[str] = Counter()
    expected = RegistrationStatus.REGISTERED.value
    for group in groups:
        key = key_of(group)
        if group.status == expected:
            registered[key] += group.people
        if group.came:
            came[key] += group.people
    keys = set(registered) | set(came)
    tallies = (Tally(key, registered[key], came[key]) for key in keys)
    return tuple(sorted(tallies, key=lambda t: (-t.registered, -t.checked_in, t.key)))


def _sessions(
    session: Session, connection: Connection, event_id: int
) -> tuple[SessionFigures, ...]:
    rows = connection.exec_driver_sql(_SESSIONS, (event_id, SessionKind.BREAK.value)).all()
    seats = seat_counts(session, (row[0] for row in rows))
    at_door: dict[int, int] = dict(connection.exec_driver_sql(_SESSION_CHECKINS, (event_id,)).all())
    return tuple(
        SessionFigures(
            title=row[1],
            kind=row[2],
            starts_at=_stored_time(row[3]),
            ends_at=_stored_time(row[4]),
            room=row[6],
            seats=effective_capacity(row[5], row[7]),
            signed_up=seats.get(row[0], (0, 0))[0],
            waiting=seats.get(row[0], (0, 0))[1],
            checked_in=at_door.get(row[0], 0),
        )
        for row in rows
    )


def _arrival_days(checkins: Iterable[tuple[int, datetime]]) -> tuple[ArrivalDay, ...]:
    """Each person's first check-in of each day, counted per :data:`ARRIVAL_STEP`, from
    the step of the day's first arrival to that of its last, empty steps included."""
    first: dict[tuple[int, date], datetime] = {}
    for registration_id, moment in checkins:
        key = (registration_id, moment.date())
        if key not in first or moment < first[key]:
            first[key] = moment
    per_day: dict[date, Counter[datetime]] = defaultdict(Counter)
    for (_registration, day), moment in first.items():
        per_day[day][_step_start(moment)] += 1
    days = []
    for day in sorted(per_day):
        counts = per_day[day]
        step, last = min(counts), max(counts)
        steps, total = [], 0
        while step <= last:
            total += counts[step]
            steps.append(ArrivalStep(step, counts[step], total))
            step += ARRIVAL_STEP
        days.append(ArrivalDay(day, tuple(steps)))
    return tuple(days)


def _step_start(moment: datetime) -> datetime:
    minutes = int(ARRIVAL_STEP.total_seconds() // 60)
    return moment.replace(minute=moment.minute - moment.minute % minutes, second=0, microsecond=0)


def _stored_time(value: str | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


class _LocalTime:
    """Recorded moments (naive UTC) in the event's local time, naive.

    At 50,000 check-ins a conversion through the time zone for each one adds up on the
    dashboard's path (issue 19); the offset is looked up once per UTC hour instead, and
    used for the whole hour only when it is the same at both ends of it (else, around a
    clock change, per moment), so the result is that of converting each moment.
    """

    def __init__(self, zone: ZoneInfo) -> None:
        self._zone = zone
        self._hour_offsets: dict[datetime, timedelta | None] = {}

    def __call__(self, value: str | datetime) -> datetime:
        moment = _stored_time(value)
        hour = moment.replace(minute=0, second=0, microsecond=0)
        if hour not in self._hour_offsets:
            first = self._offset(hour)
            last = self._offset(hour + timedelta(hours=1) - timedelta(microseconds=1))
            self._hour_offsets[hour] = first if first == last else None
        offset = self._hour_offsets[hour]
        return moment + (offset if offset is not None else self._offset(moment))

    def _offset(self, moment: datetime) -> timedelta:
        local = moment.replace(tzinfo=UTC).astimezone(self._zone).replace(tzinfo=None)
        return local - moment
