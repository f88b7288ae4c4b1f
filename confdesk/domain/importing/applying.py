"""Carrying out an import plan: everything in one transaction, or nothing.

A plan with unresolved errors is refused before anything is written. So is a plan made
before the event's registrations changed (another desk added or edited one): its matches
may be wrong, and the user checks the import again. New registrations go in with
:func:`~confdesk.db.bulk.bulk_insert` (a thousand rows per statement, search keys
included) and carry ``source = 'import'``; an update changes only what the file gives —
an empty cell never erases what is stored.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload

from confdesk.db.bulk import bulk_insert, new_uuids, next_id
from confdesk.db.database import Database
from confdesk.db.models import (
    Category,
    Organization,
    OrganizationKind,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Topic,
    WorkshopWish,
    new_uuid,
    registration_challenges,
    registration_topics,
    utc_now,
)
from confdesk.db.search_index import registrations_indexed_at_the_end
from confdesk.domain.changes import NOTHING, Changes
from confdesk.domain.events.service import load_event
from confdesk.domain.importing.collection import collector_paused
from confdesk.domain.importing.plan import ImportPlan, PlannedRow, RowAction, RowValues
from confdesk.domain.importing.planning import registrations_state
from confdesk.domain.networking.wishes import add_wishes, workshop_titles
from confdesk.domain.progress import Progress, no_progress
from confdesk.domain.registrations.challenges import challenge_ids
from confdesk.domain.registrations.organizations import OrganizationDirectory, name_key
from confdesk.domain.registrations.service import TEXT_FIELDS
from confdesk.domain.registrations.topics import find_or_create_topic
from confdesk.errors import UserError

log = logging.getLogger(__name__)
CHUNK = 1_000
_CHOICE_FIELDS = ("category", "status", "photo_consent", "attendee_list_consent")


@dataclass(frozen=True)
class ImportResult:
    """What the import changed, so each screen can decide whether to refresh."""

    event_id: int
    added: int
    updated: int
    skipped: int
    organizations_created: int
    topics_created: int
    added_ids: tuple[int, ...]
    updated_ids: tuple[int, ...]
    changes: Changes = field(default=NOTHING, compare=False, kw_only=True)


@collector_paused()
def apply_import(
    database: Database, plan: ImportPlan, *, progress: Progress | None = None
) -> ImportResult:
    """Write the plan in one transaction. ``progress(done, total)`` is called per chunk of
    rows, the last time just before the commit; an exception it raises (a cancel button)
    rolls everything back."""
    blocking = plan.blocking_problems
    if blocking:
        raise UserError(
            f"The import has {len(blocking)} unresolved "
            f"problem{'s' if len(blocking) != 1 else ''}; nothing was imported.",
            code="import_has_errors",
            count=len(blocking),
        )
    report = progress or no_progress
    _backup_before_import(database)
    adds = [row for row in plan.rows if row.action is RowAction.ADD]
    updates = [row for row in plan.rows if row.action is RowAction.UPDATE]
    total = len(adds) + len(updates)
    report(0, total)
    with database.transaction() as session:
        _take_write_lock(session)
        _check_still_valid(session, plan)
        now = utc_now()
        writing = [*adds, *updates]
        organization_ids, organizations_created = _organization_ids(
            session, (row.values.organization for row in writing), now
        )
        topic_ids, topics_created = _topic_ids(
            session, plan.event_id, (topic for row in writing for topic in row.values.topics)
        )
        organizations_filled = _fill_organizations(session, writing, organization_ids, now)
        challenges, _challenges_created = challenge_ids(
            session, plan.event_id, (name for row in writing for name in row.values.challenges)
        )
        updated_ids = _update(
            session, updates, organization_ids, topic_ids, lambda done: report(done, total)
        )
        added_ids: list[int] = []
        first_id = next_id(session, Registration)
        with registrations_indexed_at_the_end(session.connection()):
            for start in range(0, len(adds), CHUNK):
                chunk = adds[start : start + CHUNK]
                ids = range(first_id + start, first_id + start + len(chunk))
                _add(session, plan.event_id, chunk, ids, organization_ids, topic_ids, now)
                added_ids.extend(ids)
                report(len(updates) + start + len(chunk), total)
        _write_networking(
            session,
            plan.event_id,
            [*zip(updated_ids, updates, strict=True), *zip(added_ids, adds, strict=True)],
            challenges,
            replacing=set(updated_ids),
        )
        report(total, total)
    log.info(
        "Imported %s into event %d: %d added, %d updated, %d skipped",
        plan.source.path, plan.event_id, len(adds), len(updates), plan.count(RowAction.SKIP),
    )  # fmt: skip
    return ImportResult(
        event_id=plan.event_id,
        added=len(adds),
        updated=len(updates),
        skipped=plan.count(RowAction.SKIP),
        organizations_created=organizations_created,
        topics_created=topics_created,
        added_ids=tuple(added_ids),
        updated_ids=tuple(updated_ids),
        # An updated status moves workshop seats too.
        changes=Changes(
            registrations=bool(adds or updates),
            organizations=organizations_created > 0 or organizations_filled,
            topics=topics_created > 0,
            signups=bool(updates),
        ),
    )


def _take_write_lock(session: Session) -> None:
    """The driver begins a transaction only at the first write. Taking the write lock
    first makes the check of the plan and the writes one step that no other desk can
    come between, and keeps explicit ids free."""
    try:
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as error:
        if "locked" not in str(error.orig):
            raise
        raise UserError(
            "The database is busy with another desk's work; try the import again.",
            code="import_database_busy",
        ) from None


def _check_still_valid(session: Session, plan: ImportPlan) -> None:
    load_event(session, plan.event_id)
    if registrations_state(session, plan.event_id) != plan.state:
        raise UserError(
            "The registrations of the event have changed since this import was checked; "
            "check the import again.",
            code="import_plan_outdated",
        )


def _organization_ids(
    session: Session, names: Iterable[str], now: datetime
) -> tuple[dict[str, int], int]:
    """The id of every organisation named (found in any spelling, the way the
    registration form finds it), creating the missing ones in one statement."""
    directory = OrganizationDirectory(session)
    ids: dict[str, int] = {}
    missing: dict[str, list[str]] = {}  # name key -> the spellings used
    for name in dict.fromkeys(name for name in names if name):
        found = directory.find(name)
        if found is not None:
            ids[name] = found.id
        else:
            missing.setdefault(name_key(name), []).append(name)
    rows = []
    for organization_id, spellings in enumerate(
        missing.values(), start=next_id(session, Organization)
    ):
        rows.append(
            {
                "id": organization_id,
                "uuid": new_uuid(),
                "name": spellings[0],
                "kind": OrganizationKind.OTHER.value,
                "federal_state": "",
                "funding_programme": "",
                "cohort": "",
                "created_at": now,
                "updated_at": now,
            }
        )
        ids.update(dict.fromkeys(spellings, organization_id))
    bulk_insert(session, Organization, rows)
    return ids, len(rows)


def _fill_organizations(
    session: Session, rows: Sequence[PlannedRow], organization_ids: dict[str, int], now: datetime
) -> bool:
    """An organisation's kind, federal state and cohort from the first row that gives
    them, where the organisation has none yet: an import never overwrites what an
    organiser set. Whether any was filled in."""
    given: dict[int, RowValues] = {}
    for row in rows:
        values = row.values
        if values.organization and (
            values.organization_kind or values.federal_state or values.cohort
        ):
            given.setdefault(organization_ids[values.organization], values)
    if not given:
        return False
    filled = False
    for organization in session.scalars(
        select(Organization).where(Organization.id.in_(list(given)))
    ):
        values = given[organization.id]
        changed = False
        if values.organization_kind and organization.kind == OrganizationKind.OTHER.value:
            organization.kind = values.organization_kind
            changed = True
        if values.federal_state and not organization.federal_state:
            organization.federal_state = values.federal_state
            changed = True
        if values.cohort and not organization.cohort:
            organization.cohort = values.cohort
            changed = True
        if changed:
            organization.updated_at = now
            filled = True
    session.flush()
    return filled


def _topic_ids(session: Session, event_id: int, names: Iterable[str]) -> tuple[dict[str, int], int]:
    existing = {
        name_key(topic.name): topic.id
        for topic in session.scalars(select(Topic).where(Topic.event_id == event_id))
    }
    ids: dict[str, int] = {}
    created = 0
    for name in dict.fromkeys(names):
        key = name_key(name)
        if key not in existing:
            existing[key] = find_or_create_topic(session, event_id, name).id
            created += 1
        ids[name] = existing[key]
    return ids, created


def _registration_row(
    registration_id: int,
    uuid: str,
    event_id: int,
    values: RowValues,
    organization_ids: dict[str, int],
    now: datetime,
) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(values, name) for name in TEXT_FIELDS}
    row.update(
        id=registration_id,
        uuid=uuid,
        event_id=event_id,
        organization_id=organization_ids.get(values.organization),
        category=values.category or Category.PARTICIPANT.value,
        status=values.status or RegistrationStatus.REGISTERED.value,
        photo_consent=bool(values.photo_consent),
        attendee_list_consent=bool(values.attendee_list_consent),
        source=RegistrationSource.IMPORT.value,
        created_at=now,
        updated_at=now,
    )
    return row


def _add(
    session: Session,
    event_id: int,
    rows: Sequence[PlannedRow],
    ids: Sequence[int],
    organization_ids: dict[str, int],
    topic_ids: dict[str, int],
    now: datetime,
) -> None:
    bulk_insert(
        session,
        Registration,
        [
            _registration_row(registration_id, uuid, event_id, row.values, organization_ids, now)
            for registration_id, uuid, row in zip(ids, new_uuids(len(rows)), rows, strict=True)
        ],
    )
    links = [
        {"registration_id": registration_id, "topic_id": topic_ids[topic]}
        for registration_id, row in zip(ids, rows, strict=True)
        for topic in row.values.topics
    ]
    bulk_insert(session, registration_topics, links)


def _update(
    session: Session,
    rows: Sequence[PlannedRow],
    organization_ids: dict[str, int],
    topic_ids: dict[str, int],
    report: Callable[[int], None],
) -> list[int]:
    """Updates go through the ORM, whose listeners keep every derived column (the
    search key and what else the registrations table derives) in step. Organisations
    are loaded with the registrations, so the listeners find their names without a
    query per row."""
    targets: list[int] = []
    for row in rows:
        target = row.update_target
        # An update without exactly one target is a blocking problem, refused before this.
        assert target is not None
        targets.append(target)
    wanted = {organization_ids[r.values.organization] for r in rows if r.values.organization}
    organizations = {
        organization.id: organization
        for organization in session.scalars(select(Organization).where(Organization.id.in_(wanted)))
    }
    for start in range(0, len(targets), CHUNK):
        chunk = list(zip(targets[start : start + CHUNK], rows[start : start + CHUNK], strict=True))
        loaded = {
            registration.id: registration
            for registration in session.scalars(
                select(Registration)
                .options(selectinload(Registration.organization))
                .where(Registration.id.in_([target for target, _ in chunk]))
            )
        }
        for target, row in chunk:
            registration = loaded[target]
            _merge(registration, row.values)
            if row.values.organization:
                organization_id = organization_ids[row.values.organization]
                registration.organization = organizations[organization_id]
        session.flush()
        report(start + len(chunk))
    with_topics = [(t, row) for t, row in zip(targets, rows, strict=True) if row.values.topics]
    if with_topics:
        links = registration_topics
        connection = session.connection()
        connection.execute(
            delete(links).where(links.c.registration_id.in_([t for t, _ in with_topics]))
        )
        connection.execute(
            links.insert(),
            [
                {"registration_id": target, "topic_id": topic_ids[topic]}
                for target, row in with_topics
                for topic in row.values.topics
            ],
        )
    return [target for target in targets if target is not None]


def _write_networking(
    session: Session,
    event_id: int,
    written: list[tuple[int, PlannedRow]],
    challenges: dict[str, int],
    replacing: set[int],
) -> None:
    """Challenges and workshop wishes the file gives: for an updated registration they
    replace what it had, as topics do; an empty cell leaves them."""
    with_challenges = [(rid, row) for rid, row in written if row.values.challenges]
    with_wishes = [(rid, row) for rid, row in written if row.values.wishes]
    links = registration_challenges
    replaced = [rid for rid, _row in with_challenges if rid in replacing]
    if replaced:
        session.execute(delete(links).where(links.c.registration_id.in_(replaced)))
    bulk_insert(
        session,
        links,
        [
            {"registration_id": rid, "challenge_id": challenges[name]}
            for rid, row in with_challenges
            for name in row.values.challenges
        ],
    )
    if not with_wishes:
        return
    replaced = [rid for rid, _row in with_wishes if rid in replacing]
    if replaced:
        session.execute(delete(WorkshopWish).where(WorkshopWish.registration_id.in_(replaced)))
    workshops = workshop_titles(session, event_id)
    add_wishes(
        session,
        (
            (rid, [workshops[key] for t in row.values.wishes if (key := name_key(t)) in workshops])
            for rid, row in with_wishes
        ),
    )


def _merge(registration: Registration, values: RowValues) -> None:
    """What the file gives replaces what is stored; an empty cell leaves it."""
    for name in TEXT_FIELDS:
        if getattr(values, name):
            setattr(registration, name, getattr(values, name))
    for name in _CHOICE_FIELDS:
        if getattr(values, name) is not None:
            setattr(registration, name, getattr(values, name))


def _backup_before_import(database: Database) -> None:
    """A copy to go back to if the import was the wrong file: an import changes many rows
    at once, and no undo takes it back."""
    try:
        database.backup("import")
    except (OSError, sqlite3.Error) as error:
        # The import itself will meet a full or read-only disk by its own name.
        log.warning("No backup before the import into %s: %s", database.path, error)
