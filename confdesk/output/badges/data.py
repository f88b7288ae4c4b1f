"""What a badge shows, for a whole batch: the domain's records of the people, their codes
and their own programmes, as the badge layouts name them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from confdesk.db.database import Database
from confdesk.db.models import PrintKind, RegistrationStatus
from confdesk.domain.agenda.programme import ScheduleItem, personal_schedules
from confdesk.domain.checkin.codes import event_key, registration_code
from confdesk.domain.events.logo import event_logo
from confdesk.domain.events.service import EventService
from confdesk.domain.printing.records import unprinted_ids
from confdesk.domain.registrations.loading import load_people
from confdesk.domain.registrations.names import HasPersonName
from confdesk.normalize import nfc


@dataclass(frozen=True)
class BadgePerson(HasPersonName):
    registration_id: int
    title: str
    given_name: str
    family_name: str
    organization: str
    position: str
    category: str
    code: str
    schedule: tuple[ScheduleItem, ...] = ()
    photo_consent: bool = False

    # The name as the layouts print it, from the one formatter (PersonName.badge_lines).
    @property
    def first_name_line(self) -> str:
        return self.name.badge_lines[0]

    @property
    def second_name_line(self) -> str:
        return self.name.badge_lines[1]

    @property
    def name_without_title(self) -> str:
        return self.name.without_title

    def field(self, name: str) -> str:
        return str(getattr(self, name))


@dataclass(frozen=True)
class BadgeEvent:
    id: int
    title: str
    language: str
    start_date: date
    end_date: date
    logo: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class BadgeBatch:
    event: BadgeEvent
    people: tuple[BadgePerson, ...]
    # The organiser's choice: show each person's photo consent on the badge (a mark).
    photo_mark: bool = False

    def person_fields(self, person: BadgePerson, name: str) -> str:
        if name == "event_title":
            return self.event.title
        return person.field(name)


def load_badges(
    database: Database,
    event_id: int,
    registration_ids: Sequence[int] | None = None,
    *,
    only_unprinted: bool = False,
    with_schedule: bool = False,
    photo_mark: bool = False,
) -> BadgeBatch:
    """The people to print, in print order: the ids given (in their order), or everyone
    registered for the event by name. Waitlisted and cancelled people get no badge unless
    named by id: their code would not check them in."""
    event = _event(database, event_id)
    people = load_people(
        database,
        event_id,
        registration_ids,
        status=RegistrationStatus.REGISTERED.value if registration_ids is None else None,
    )
    schedules = personal_schedules(database, event_id) if with_schedule else {}
    if only_unprinted:
        unprinted = set(unprinted_ids(database, event_id, PrintKind.BADGE))
        people = [person for person in people if person.id in unprinted]
    key = event_key(database, event_id)
    return BadgeBatch(
        event,
        tuple(
            BadgePerson(
                registration_id=person.id,
                title=person.title,
                given_name=person.given_name,
                family_name=person.family_name,
                organization=person.organization,
                position=person.position,
                category=person.category,
                code=registration_code(key, person.id, person.uuid, person.code_issue),
                schedule=tuple(schedules.get(person.id, ())),
                photo_consent=person.photo_consent,
            )
            for person in people
        ),
        photo_mark=photo_mark,
    )


def _event(database: Database, event_id: int) -> BadgeEvent:
    event = EventService(database).get(event_id)
    return BadgeEvent(
        event.id,
        nfc(event.title),
        event.language,
        event.start_date,
        event.end_date,
        event_logo(database, event_id),
    )
