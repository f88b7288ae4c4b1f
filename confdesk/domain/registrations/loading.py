"""Reading the people of a batch (badges, certificates) as plain records: everyone of the
event in name order, or the registrations named by id in the order named."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, Select, func, select

from confdesk.db.database import Database
from confdesk.db.models import Organization, Registration
from confdesk.domain.registrations.names import HasPersonName
from confdesk.errors import UserError
from confdesk.normalize import nfc

# Ids per query: well below SQLite's limit of bound variables.
_IDS_PER_QUERY = 500


@dataclass(frozen=True)
class PersonRecord(HasPersonName):
    """A registration as printed: the name, where the person comes from, and what their
    check-in code is derived from. Texts are in NFC."""

    id: int
    uuid: str
    title: str
    given_name: str
    family_name: str
    organization: str  # "" without one
    position: str
    category: str
    status: str
    code_issue: int
    photo_consent: bool = False
    attendee_list_consent: bool = False


def load_people(
    database: Database,
    event_id: int,
    registration_ids: Sequence[int] | None = None,
    *,
    status: str | None = None,
) -> list[PersonRecord]:
    """The registrations named by id, each once, in the order first named; or, without
    ids, every registration of the event (with ``status`` only those) in name order. An
    id that is not a registration of the event is a :class:`UserError`."""
    with database.engine.connect() as connection:
        if registration_ids is None:
            query = _people(event_id)
            if status is not None:
                query = query.where(Registration.status == status)
            rows = list(connection.execute(query.order_by(Registration.sort_name, Registration.id)))
        else:
            rows = _named(connection, event_id, registration_ids)
    return [_record(row) for row in rows]


def registration_uuids(database: Database, event_id: int) -> list[tuple[int, str]]:
    """(id, uuid) of every registration of the event, for codes derived from the uuid."""
    with database.engine.connect() as connection:
        rows = connection.execute(
            select(Registration.id, Registration.uuid).where(Registration.event_id == event_id)
        )
        return [(row[0], row[1]) for row in rows]


def _people(event_id: int) -> Select[*tuple[Any, ...]]:
    return (
        select(
            Registration.id,
            Registration.uuid,
            Registration.title,
            Registration.given_name,
            Registration.family_name,
            func.coalesce(Organization.name, ""),
            Registration.position,
            Registration.category,
            Registration.status,
            Registration.checkin_code_issue,
            Registration.photo_consent,
            Registration.attendee_list_consent,
        )
        .outerjoin(Organization, Organization.id == Registration.organization_id)
        .where(Registration.event_id == event_id)
    )


def _named(
    connection: Connection, event_id: int, registration_ids: Sequence[int]
) -> list[Row[*tuple[Any, ...]]]:
    wanted = list(dict.fromkeys(registration_ids))
    found: dict[int, Row[*tuple[Any, ...]]] = {}
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[start : start + _IDS_PER_QUERY]
        for row in connection.execute(_people(event_id).where(Registration.id.in_(chunk))):
            found[row[0]] = row
    missing = [registration_id for registration_id in wanted if registration_id not in found]
    if missing:
        raise UserError(
            f"There is no registration with id {missing[0]} in this event.",
            code="no_such_registration",
            registration_id=missing[0],
        )
    return [found[registration_id] for registration_id in wanted]


def _record(row: Row[*tuple[Any, ...]]) -> PersonRecord:
    return PersonRecord(
        id=row[0],
        uuid=row[1],
        title=nfc(row[2]),
        given_name=nfc(row[3]),
        family_name=nfc(row[4]),
        organization=nfc(row[5]),
        position=nfc(row[6]),
        category=row[7],
        status=row[8],
        code_issue=row[9],
        photo_consent=bool(row[10]),
        attendee_list_consent=bool(row[11]),
    )
