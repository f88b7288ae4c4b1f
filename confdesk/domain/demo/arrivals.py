"""The demo conference as it went: who came when, who stayed away, what was printed.

Arrivals follow a registration desk's real morning: the team from 7:45, the first
attendees at 8:30, a crowd in the half hour before the 10:00 opening, stragglers until
10:30 and a few into the afternoon. About one in eight registered participants does not
come (the usual no-show rate of a free conference). Those who came are checked in at the
door of most of the workshops they signed up for, and most of them take a certificate of
attendance at the end of the day; every badge was printed the day before.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from confdesk.db.models import (
    Category,
    CheckinAction,
    CheckinSource,
    PrintKind,
    RegistrationStatus,
    SignupStatus,
)

# Shares of the registered who stay away, by category; others: NO_SHOW_SHARE.
NO_SHOW_SHARE = 0.13
_NO_SHOW_BY_CATEGORY = {Category.STAFF.value: 0.0, Category.SPEAKER.value: 0.02,
                        Category.MODERATOR.value: 0.02, Category.EXHIBITOR.value: 0.03}  # fmt: skip
LATE_SHARE = 0.05  # who arrive after 10:30
SESSION_CHECKIN_SHARE = 0.85  # of the seated who came, checked in at the workshop's door
CERTIFICATE_SHARE = 0.6  # of those who came
DESKS = ("Empfang 1", "Empfang 2")


@dataclass(frozen=True)
class DemoPerson:
    id: int
    category: str
    status: str


@dataclass(frozen=True)
class SessionSeat:
    session_id: int
    registration_id: int
    starts_at: datetime  # local wall-clock time, as the programme stores it


@dataclass(frozen=True)
class DayRows:
    checkins: list[dict[str, Any]]
    prints: list[dict[str, Any]]


def arrival_rows(
    people: list[DemoPerson],
    seats: list[SessionSeat],
    *,
    day: date,
    zone: ZoneInfo,
    rng: random.Random,
    new_uuid: Callable[[], str],
) -> DayRows:
    """Check-in and print records for the day; moments in naive UTC as stored."""

    def utc(local: datetime) -> datetime:
        return local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)

    checkins: list[dict[str, Any]] = []
    prints: list[dict[str, Any]] = []
    came: dict[int, datetime] = {}
    for person in people:
        if person.status != RegistrationStatus.REGISTERED.value:
            continue
        printed_at = datetime.combine(day - timedelta(days=1), time(15))
        printed_at += timedelta(seconds=3 * len(prints))  # the day before, one after another
        prints.append(_print(person.id, PrintKind.BADGE, utc(printed_at), new_uuid))
        if rng.random() < _NO_SHOW_BY_CATEGORY.get(person.category, NO_SHOW_SHARE):
            continue
        came[person.id] = arrived = datetime.combine(day, _arrival(person.category, rng))
        checkins.append(_checkin(person.id, None, utc(arrived), rng.choice(DESKS), new_uuid))
    for seat in seats:
        arrived_at = came.get(seat.registration_id)
        if arrived_at is None or rng.random() >= SESSION_CHECKIN_SHARE:
            continue
        at_door = seat.starts_at - timedelta(seconds=rng.randint(0, 600))
        if at_door > arrived_at:
            checkins.append(_checkin(seat.registration_id, seat.session_id, utc(at_door),
                                     "Tür", new_uuid))  # fmt: skip
    for registration_id in came:
        if rng.random() < CERTIFICATE_SHARE:
            moment = datetime.combine(day, time(16, 30)) + timedelta(seconds=rng.randint(0, 2400))
            prints.append(_print(registration_id, PrintKind.CERTIFICATE, utc(moment), new_uuid))
    checkins.sort(key=lambda row: row["occurred_at"])
    return DayRows(checkins, prints)


def _arrival(category: str, rng: random.Random) -> time:
    """A local time of arrival: minutes after midnight drawn from the morning's shape."""
    if category == Category.STAFF.value:
        minutes = rng.uniform(7 * 60 + 45, 8 * 60 + 30)
    elif rng.random() < LATE_SHARE:
        minutes = rng.uniform(10 * 60 + 30, 13 * 60 + 30)
    else:
        # 8:30 to 10:30, most around 9:40, just before the opening at 10:00.
        minutes = rng.triangular(8 * 60 + 30, 10 * 60 + 30, 9 * 60 + 40)
    seconds = int(minutes * 60)
    return time(seconds // 3600, seconds // 60 % 60, seconds % 60)


def _checkin(
    registration_id: int, session_id: int | None, moment: datetime, desk: str,
    new_uuid: Callable[[], str],
) -> dict[str, Any]:  # fmt: skip
    return {
        "uuid": new_uuid(),
        "registration_id": registration_id,
        "session_id": session_id,
        "action": CheckinAction.CHECK_IN.value,
        "occurred_at": moment,
        "desk": desk,
        "operator": "",
        "source": CheckinSource.SCANNER.value,
        "reverts_id": None,
    }


def _print(
    registration_id: int, kind: PrintKind, moment: datetime, new_uuid: Callable[[], str]
) -> dict[str, Any]:
    return {
        "uuid": new_uuid(),
        "created_at": moment,
        "updated_at": moment,
        "registration_id": registration_id,
        "kind": kind.value,
        "printed_at": moment,
        "stock": "a6-4up" if kind is PrintKind.BADGE else "",
        "desk": DESKS[0],
    }


def seated(signups: list[dict[str, Any]], starts: dict[int, datetime]) -> list[SessionSeat]:
    """The seats of the demo's sign-up rows, with their session's start."""
    return [
        SessionSeat(row["session_id"], row["registration_id"], starts[row["session_id"]])
        for row in signups
        if row["status"] == SignupStatus.SIGNED_UP.value
    ]
