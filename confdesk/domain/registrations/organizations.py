"""Organisations: the town halls, districts, agencies and firms attendees come from.

Organisations outlive a single event. A name is matched the way the desk types it: "Stadt
Hassfurt", "stadt haßfurt" and "Stadt Haßfurt" are one organisation (their
:func:`~confdesk.normalize.search_fold` keys are equal), so a walk-in or an import never
creates a second row for a spelling variant. Renaming an organisation refreshes the search
keys of its registrations (see :mod:`confdesk.db.search_index`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import Organization, OrganizationKind, Registration
from confdesk.domain.changes import NOTHING, Changes
from confdesk.domain.events.service import ValidationError
from confdesk.errors import UserError
from confdesk.normalize import has_other_scripts, nfc, search_fold

_KINDS = frozenset(kind.value for kind in OrganizationKind)
ORGANIZATION_CHANGES = Changes(organizations=True)


@dataclass(frozen=True)
class OrganizationDraft:
    name: str
    kind: str = OrganizationKind.OTHER.value
    federal_state: str = ""
    funding_programme: str = ""
    cohort: str = ""  # "Staffel 1", "Staffel 2", … of a funding programme


@dataclass(frozen=True, kw_only=True)
class OrganizationData(OrganizationDraft):
    id: int
    uuid: str
    # Registrations of this organisation (in the event asked about, or in all events).
    registrations: int = 0
    # What the write that returned this value changed (nothing for a read).
    changes: Changes = field(default=NOTHING, compare=False, kw_only=True)

    def draft(self) -> OrganizationDraft:
        return OrganizationDraft(
            **{name: getattr(self, name) for name in OrganizationDraft.__dataclass_fields__}
        )


@contextmanager
def session_for(target: Session | Database) -> Iterator[Session]:
    """The caller's session when it passes one (the work joins its transaction), else a
    transaction of its own."""
    if isinstance(target, Session):
        yield target
    else:
        with target.transaction() as session:
            yield session


def name_key(name: str) -> str:
    """What two spellings of one name (an organisation's, a topic's, a person's) have in
    common. A name in a script without a German spelling keeps its case-folded self: its
    Latin spelling finds it in a search, but would make "王" and "汪" (both "wang") one name,
    and an empty fold would make all such names one."""
    if has_other_scripts(name):
        return nfc(name).strip().casefold()
    return search_fold(name) or nfc(name).strip().casefold()


def clean_organization(draft: OrganizationDraft) -> OrganizationDraft:
    """The draft as it is stored: NFC, stripped; refuses what cannot be saved."""
    cleaned = OrganizationDraft(
        name=nfc(draft.name).strip(),
        kind=draft.kind,
        federal_state=nfc(draft.federal_state).strip(),
        funding_programme=nfc(draft.funding_programme).strip(),
        cohort=nfc(draft.cohort).strip(),
    )
    if not cleaned.name:
        raise ValidationError(
            "name", "The organisation needs a name.", code="organization_name_required"
        )
    if cleaned.kind not in _KINDS:
        raise ValidationError(
            "kind",
            f"“{cleaned.kind}” is not a kind of organisation.",
            code="unknown_organization_kind",
            kind=cleaned.kind,
        )
    return cleaned


class OrganizationDirectory:
    """All organisations of the database, indexed by :func:`name_key`, for many
    lookups in one transaction (an import resolves thousands of names through one)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_key: dict[str, list[Organization]] = {}
        for organization in session.scalars(select(Organization).order_by(Organization.id)):
            self._by_key.setdefault(name_key(organization.name), []).append(organization)

    def find(self, name: str) -> OrganizationData | None:
        found = self._find(name)
        return _to_data(found) if found is not None else None

    def find_or_create(self, draft: OrganizationDraft) -> OrganizationData:
        cleaned = clean_organization(draft)
        found = self._find(cleaned.name)
        if found is not None:
            return _to_data(found)
        created = Organization(**_values(cleaned))
        self._session.add(created)
        self._session.flush()
        self._by_key.setdefault(name_key(created.name), []).append(created)
        return replace(_to_data(created), changes=ORGANIZATION_CHANGES)

    def _find(self, name: str) -> Organization | None:
        candidates = self._by_key.get(name_key(name), [])
        if not candidates:
            return None
        # Two rows may share a key (entered before matching existed); the one spelled
        # exactly as asked wins, else the oldest.
        exact = nfc(name).strip()
        return next((o for o in candidates if o.name == exact), candidates[0])


def find_organization(target: Session | Database, name: str) -> OrganizationData | None:
    with session_for(target) as session:
        return OrganizationDirectory(session).find(name)


def find_or_create_organization(
    target: Session | Database,
    name: str,
    kind: str = OrganizationKind.OTHER.value,
    *,
    federal_state: str = "",
    funding_programme: str = "",
    cohort: str = "",
) -> OrganizationData:
    """The organisation called ``name`` in any spelling, created with the given details
    if there is none. The details do not change an organisation that exists."""
    draft = OrganizationDraft(name, kind, federal_state, funding_programme, cohort)
    with session_for(target) as session:
        return OrganizationDirectory(session).find_or_create(draft)


def list_organizations(database: Database, event_id: int | None = None) -> list[OrganizationData]:
    """Every organisation in alphabetical order (umlauts sorted as their base letter),
    with how many registrations it has in ``event_id`` (or in all events)."""
    counts = select(Registration.organization_id, func.count().label("n")).group_by(
        Registration.organization_id
    )
    if event_id is not None:
        counts = counts.where(Registration.event_id == event_id)
    counted = counts.subquery()
    with database.transaction() as session:
        rows = session.execute(
            select(Organization, func.coalesce(counted.c.n, 0)).outerjoin(
                counted, counted.c.organization_id == Organization.id
            )
        ).all()
        organizations = [_to_data(organization, count) for organization, count in rows]
    return sorted(organizations, key=lambda o: (name_key(o.name), o.name, o.id))


def get_organization(database: Database, organization_id: int) -> OrganizationData:
    with database.transaction() as session:
        return _to_data(_load(session, organization_id))


def create_organization(database: Database, draft: OrganizationDraft) -> OrganizationData:
    """A new organisation; refused when one of the same name (in any spelling) exists."""
    cleaned = clean_organization(draft)
    with database.transaction() as session:
        _refuse_taken_name(OrganizationDirectory(session), cleaned.name, None)
        organization = Organization(**_values(cleaned))
        session.add(organization)
        session.flush()
        return replace(_to_data(organization), changes=ORGANIZATION_CHANGES)


def update_organization(
    database: Database, organization_id: int, draft: OrganizationDraft
) -> OrganizationData:
    cleaned = clean_organization(draft)
    with database.transaction() as session:
        organization = _load(session, organization_id)
        _refuse_taken_name(OrganizationDirectory(session), cleaned.name, organization_id)
        for name, value in _values(cleaned).items():
            setattr(organization, name, value)
        session.flush()
        return replace(_to_data(organization), changes=ORGANIZATION_CHANGES)


def rename_organization(database: Database, organization_id: int, name: str) -> OrganizationData:
    """A new name (a fixed typo, a merged municipality); search finds its registrations
    under the new name at once."""
    current = get_organization(database, organization_id)
    return update_organization(
        database,
        organization_id,
        OrganizationDraft(
            name, current.kind, current.federal_state, current.funding_programme, current.cohort
        ),
    )


def _refuse_taken_name(directory: OrganizationDirectory, name: str, own_id: int | None) -> None:
    existing = directory.find(name)
    if existing is not None and existing.id != own_id:
        raise ValidationError(
            "name",
            f"There is already an organisation called “{existing.name}”.",
            code="organization_exists",
            name=existing.name,
            organization_id=existing.id,
        )


def _load(session: Session, organization_id: int) -> Organization:
    organization = session.get(Organization, organization_id)
    if organization is None:
        raise UserError(
            f"There is no organisation with id {organization_id} in this database.",
            code="no_such_organization",
            organization_id=organization_id,
        )
    return organization


def _values(draft: OrganizationDraft) -> dict[str, str]:
    return {name: getattr(draft, name) for name in OrganizationDraft.__dataclass_fields__}


def _to_data(organization: Organization, registrations: int = 0) -> OrganizationData:
    return OrganizationData(
        id=organization.id,
        uuid=organization.uuid,
        name=organization.name,
        kind=organization.kind,
        federal_state=organization.federal_state,
        funding_programme=organization.funding_programme,
        cohort=organization.cohort,
        registrations=registrations,
    )
