"""Registrations: who comes to the event, entered by hand, at the desk or by an import.

Names and every other text are stored exactly as typed: composed to NFC and stripped,
never re-cased ("von der Leyen", "Ørsted", "Иванова" stay so). A change returns an
:class:`Edit`, the registration before and after, which :meth:`RegistrationService.undo`
takes back as long as nobody has changed the registration since.

Statuses: ``registered`` holds a place, ``waitlisted`` waits for one (in the order people
registered, see :meth:`RegistrationService.waiting_list`), ``cancelled`` keeps the person
on record without a place. A cancellation leaves workshop sign-ups on record; the agenda
counts seats only for registrations that are not cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from confdesk.db.database import Database
from confdesk.db.models import (
    Category,
    Organization,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    SessionSignup,
    SignupStatus,
    Topic,
    utc_now,
)
from confdesk.domain.agenda.seats import fill_seats
from confdesk.domain.changes import NOTHING, Changes
from confdesk.domain.events.service import ValidationError, load_event
from confdesk.domain.networking.wishes import replace_all_wishes, wishes_of
from confdesk.domain.registrations.names import HasPersonName, full_name
from confdesk.domain.registrations.organizations import find_or_create_organization
from confdesk.domain.validation import is_valid_email
from confdesk.errors import UserError
from confdesk.normalize import nfc

CATEGORIES = frozenset(category.value for category in Category)
STATUSES = frozenset(status.value for status in RegistrationStatus)
SOURCES = frozenset(source.value for source in RegistrationSource)
# A status decides who holds a seat in a workshop: the sign-ups change with it.
STATUS_CHANGES = Changes(registrations=True, signups=True)
TEXT_FIELDS = (
    "given_name",
    "family_name",
    "title",
    "email",
    "phone",
    "position",
    "dietary_needs",
    "accessibility_needs",
    "notes",
)


# (round number, wished sessions first choice first), one entry per round with wishes.
WishList = tuple[tuple[int, tuple[int, ...]], ...]


@dataclass(frozen=True)
class RegistrationDraft:
    """What a person enters for a registration; see :func:`validate_registration`."""

    given_name: str
    family_name: str
    title: str = ""
    email: str = ""
    phone: str = ""  # free text: "+49 9521 …", "Zentrale, dann Durchwahl 12"
    organization_id: int | None = None
    position: str = ""
    category: str = Category.PARTICIPANT.value
    dietary_needs: str = ""
    accessibility_needs: str = ""
    photo_consent: bool = False
    attendee_list_consent: bool = False
    notes: str = ""
    topic_ids: tuple[int, ...] = ()
    # Ranked workshop wishes (confdesk.domain.networking.wishes): (round, sessions, first
    # choice first) per round with wishes; () clears them. None: none stored, or not read
    # or not edited here, so saving leaves the stored wishes as they are.
    wishes: WishList | None = None


@dataclass(frozen=True, kw_only=True)
class RegistrationData(RegistrationDraft, HasPersonName):
    id: int
    uuid: str
    event_id: int
    status: str
    source: str
    organization_name: str
    created_at: datetime
    updated_at: datetime
    # What the write that returned this value changed (nothing for a read).
    changes: Changes = field(default=NOTHING, compare=False, kw_only=True)

    def draft(self) -> RegistrationDraft:
        return RegistrationDraft(
            **{name: getattr(self, name) for name in RegistrationDraft.__dataclass_fields__}
        )


@dataclass(frozen=True)
class Edit:
    """One change of one registration, for undo and for the screens to refresh."""

    before: RegistrationData
    after: RegistrationData
    changes: Changes = field(default=Changes(registrations=True), compare=False, kw_only=True)

    @property
    def changed(self) -> bool:
        return self.before != self.after


def clean_registration(draft: RegistrationDraft) -> RegistrationDraft:
    """The draft as it would be stored: texts in NFC and stripped, topics sorted once."""
    # Any: mypy checks **texts against every field of the draft, not only the text ones.
    texts: dict[str, Any] = {name: nfc(getattr(draft, name)).strip() for name in TEXT_FIELDS}
    wishes = (
        None
        if draft.wishes is None
        else tuple(
            sorted((number, tuple(dict.fromkeys(ids))) for number, ids in draft.wishes if ids)
        )
    )
    return replace(draft, **texts, topic_ids=tuple(sorted(set(draft.topic_ids))), wishes=wishes)


def registration_problems(draft: RegistrationDraft) -> list[ValidationError]:
    """Every reason the draft cannot be saved, in the order of the form's fields, so a
    form can mark them all at once and an import can report them per row."""
    cleaned = clean_registration(draft)
    problems: list[ValidationError] = []
    if not cleaned.given_name:
        problems.append(
            ValidationError("given_name", "The given name is required.", code="given_name_required")
        )
    if not cleaned.family_name:
        problems.append(
            ValidationError(
                "family_name", "The family name is required.", code="family_name_required"
            )
        )
    if cleaned.email and not is_valid_email(cleaned.email):
        problems.append(
            ValidationError(
                "email",
                f"“{cleaned.email}” is not an e-mail address.",
                code="email_invalid",
                email=cleaned.email,
            )
        )
    if cleaned.category not in CATEGORIES:
        problems.append(
            ValidationError(
                "category",
                f"“{cleaned.category}” is not a registration category.",
                code="unknown_category",
                category=cleaned.category,
            )
        )
    return problems


def validate_registration(draft: RegistrationDraft) -> RegistrationDraft:
    """The cleaned draft, or the first problem raised."""
    problems = registration_problems(draft)
    if problems:
        raise problems[0]
    return clean_registration(draft)


class RegistrationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, registration_id: int) -> RegistrationData:
        with self._database.transaction() as session:
            return registration_with_wishes(session, load_registration(session, registration_id))

    def create(
        self,
        event_id: int,
        draft: RegistrationDraft,
        *,
        source: str = RegistrationSource.MANUAL.value,
        status: str = RegistrationStatus.REGISTERED.value,
    ) -> RegistrationData:
        cleaned = validate_registration(draft)
        _check_choice("source", source, SOURCES, "unknown_source", "registration source")
        _check_choice("status", status, STATUSES, "unknown_status", "registration status")
        with self._database.transaction() as session:
            row = _create(session, event_id, cleaned, source, status)
            _apply_wishes(session, row, cleaned)
            created = registration_with_wishes(session, row)
            return replace(created, changes=Changes(registrations=True))

    def update(self, registration_id: int, draft: RegistrationDraft) -> Edit:
        cleaned = validate_registration(draft)
        with self._database.transaction() as session:
            registration = load_registration(session, registration_id)
            before = registration_with_wishes(session, registration)
            # A draft without wishes leaves them as they are; none stored reads as None.
            stored = (before.wishes or ()) if cleaned.wishes is not None else None
            compared = replace(before.draft(), wishes=stored)
            if compared == cleaned:
                return Edit(before, before, changes=NOTHING)
            _apply(session, registration, cleaned)
            _apply_wishes(session, registration, cleaned)
            registration.updated_at = utc_now()
            session.flush()
            return Edit(before, registration_with_wishes(session, registration))

    def cancel(self, registration_id: int) -> Edit:
        with self._database.transaction() as session:
            registration = load_registration(session, registration_id)
            if registration.status == RegistrationStatus.CANCELLED:
                raise UserError(
                    f"The registration of {full_name(registration)} is already cancelled.",
                    code="already_cancelled",
                    name=full_name(registration),
                )
            edit = _set_status(session, registration, RegistrationStatus.CANCELLED)
            # The workshop seats the person held go to the first in line at once.
            _fill_freed_seats(session, registration_id)
            return edit

    def reinstate(self, registration_id: int) -> Edit:
        """A cancelled registration comes back. It is ``registered`` again unless people are
        waiting for a place: the place it gave up has likely gone to one of them, so it
        joins the waiting list (at the place its registration date gives it) and an
        organiser promotes it when there is room."""
        with self._database.transaction() as session:
            registration = load_registration(session, registration_id)
            if registration.status != RegistrationStatus.CANCELLED:
                raise UserError(
                    f"The registration of {full_name(registration)} is not cancelled.",
                    code="not_cancelled",
                    name=full_name(registration),
                )
            someone_waits = session.scalar(
                select(
                    exists().where(
                        Registration.event_id == registration.event_id,
                        Registration.status == RegistrationStatus.WAITLISTED.value,
                    )
                )
            )
            status = (
                RegistrationStatus.WAITLISTED if someone_waits else RegistrationStatus.REGISTERED
            )
            return _set_status(session, registration, status)

    def promote(self, registration_id: int) -> Edit:
        """From the waiting list to a place."""
        with self._database.transaction() as session:
            registration = load_registration(session, registration_id)
            if registration.status != RegistrationStatus.WAITLISTED:
                raise UserError(
                    f"{full_name(registration)} is not on the waiting list.",
                    code="not_waitlisted",
                    name=full_name(registration),
                )
            return _set_status(session, registration, RegistrationStatus.REGISTERED)

    def waiting_list(self, event_id: int) -> list[RegistrationData]:
        """Who waits for a place, first come first served."""
        with self._database.transaction() as session:
            registrations = session.scalars(
                select(Registration)
                .options(selectinload(Registration.organization), selectinload(Registration.topics))
                .where(
                    Registration.event_id == event_id,
                    Registration.status == RegistrationStatus.WAITLISTED.value,
                )
                .order_by(Registration.created_at, Registration.id)
            ).all()
            return [registration_data(registration) for registration in registrations]

    def walk_in(
        self,
        event_id: int,
        given_name: str,
        family_name: str,
        organization_name: str = "",
        category: str = Category.PARTICIPANT.value,
    ) -> RegistrationData:
        """Someone at the desk who did not register: a name is enough, the organisation
        is found in any spelling or created; the category gives the badge its colour."""
        cleaned = validate_registration(
            RegistrationDraft(given_name, family_name, category=category)
        )
        changes = Changes(registrations=True)
        with self._database.transaction() as session:
            if nfc(organization_name).strip():
                organization = find_or_create_organization(session, organization_name)
                cleaned = replace(cleaned, organization_id=organization.id)
                changes = changes | organization.changes
            registration = _create(
                session,
                event_id,
                cleaned,
                RegistrationSource.WALK_IN.value,
                RegistrationStatus.REGISTERED.value,
            )
            return replace(registration_data(registration), changes=changes)

    def undo(self, edit: Edit) -> RegistrationData:
        """The registration as it was before ``edit``: details, topics and status.
        Refused when it has changed since or no longer exists, so an undo never
        overwrites somebody else's later change."""
        with self._database.transaction() as session:
            registration = session.get(Registration, edit.after.id)
            if registration is None:
                raise UserError(
                    f"The change to {edit.after.full_name} cannot be undone: "
                    "the registration has been deleted since.",
                    code="undo_deleted",
                    name=edit.after.full_name,
                )
            if registration.updated_at != edit.after.updated_at:
                raise UserError(
                    f"The change to {edit.after.full_name} cannot be undone: "
                    "the registration has been changed since.",
                    code="undo_outdated",
                    name=edit.after.full_name,
                )
            if edit.changed:
                _apply(session, registration, edit.before.draft())
                if edit.before.wishes != edit.after.wishes:
                    replace_all_wishes(session, registration.id, dict(edit.before.wishes or ()))
                registration.status = edit.before.status
                registration.updated_at = utc_now()
                session.flush()
            return replace(
                registration_with_wishes(session, registration),
                changes=STATUS_CHANGES if edit.changed else NOTHING,
            )


def _fill_freed_seats(session: Session, registration_id: int) -> None:
    held = session.scalars(
        select(SessionSignup.session_id).where(
            SessionSignup.registration_id == registration_id,
            SessionSignup.status == SignupStatus.SIGNED_UP.value,
        )
    ).all()
    for session_id in held:
        fill_seats(session, session_id)


def _check_choice(
    field_name: str, value: str, allowed: frozenset[str], code: str, what: str
) -> None:
    if value not in allowed:
        raise ValidationError(
            field_name, f"“{value}” is not a {what}.", code=code, **{field_name: value}
        )


def _create(
    session: Session, event_id: int, draft: RegistrationDraft, source: str, status: str
) -> Registration:
    load_event(session, event_id)
    registration = Registration(event_id=event_id, source=source, status=status)
    _apply(session, registration, draft)
    session.add(registration)
    session.flush()
    return registration


def _apply(session: Session, registration: Registration, draft: RegistrationDraft) -> None:
    """Write a cleaned draft onto the row, after checking what only the database knows."""
    for name in TEXT_FIELDS:
        setattr(registration, name, getattr(draft, name))
    registration.category = draft.category
    registration.photo_consent = draft.photo_consent
    registration.attendee_list_consent = draft.attendee_list_consent
    # The relationship, not just the column: the search key is built from it on flush.
    registration.organization = _organization(session, draft.organization_id)
    registration.topics = _topics(session, registration.event_id, draft.topic_ids)


def _apply_wishes(session: Session, registration: Registration, draft: RegistrationDraft) -> None:
    if draft.wishes is not None:
        replace_all_wishes(session, registration.id, dict(draft.wishes))


def registration_with_wishes(session: Session, registration: Registration) -> RegistrationData:
    """The data of one registration with its workshop wishes (lists leave them out;
    a registration without wishes has None, as from a list)."""
    wishes = tuple(sorted(wishes_of(session, registration.id).items()))
    return replace(registration_data(registration), wishes=wishes or None)


def _organization(session: Session, organization_id: int | None) -> Organization | None:
    if organization_id is None:
        return None
    organization = session.get(Organization, organization_id)
    if organization is None:
        raise ValidationError(
            "organization_id",
            f"There is no organisation with id {organization_id} in this database.",
            code="no_such_organization",
            organization_id=organization_id,
        )
    return organization


def _topics(session: Session, event_id: int, topic_ids: tuple[int, ...]) -> list[Topic]:
    if not topic_ids:
        return []
    topics = session.scalars(
        select(Topic).where(Topic.event_id == event_id, Topic.id.in_(topic_ids))
    ).all()
    missing = sorted(set(topic_ids) - {topic.id for topic in topics})
    if missing:
        raise ValidationError(
            "topic_ids",
            f"Topic {missing[0]} is not a topic of this event.",
            code="unknown_topic",
            topic_id=missing[0],
        )
    return sorted(topics, key=lambda topic: topic.id)


def _set_status(session: Session, registration: Registration, status: RegistrationStatus) -> Edit:
    before = registration_data(registration)
    registration.status = status.value
    registration.updated_at = utc_now()
    session.flush()
    return Edit(before, registration_data(registration), changes=STATUS_CHANGES)


def load_registration(session: Session, registration_id: int) -> Registration:
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise UserError(
            f"There is no registration with id {registration_id} in this database.",
            code="no_such_registration",
            registration_id=registration_id,
        )
    return registration


def registration_data(registration: Registration) -> RegistrationData:
    """Plain data of a row loaded in an open session (for the other core services)."""
    organization = registration.organization
    return RegistrationData(
        id=registration.id,
        uuid=registration.uuid,
        event_id=registration.event_id,
        status=registration.status,
        source=registration.source,
        organization_name=organization.name if organization is not None else "",
        created_at=registration.created_at,
        updated_at=registration.updated_at,
        given_name=registration.given_name,
        family_name=registration.family_name,
        title=registration.title,
        email=registration.email,
        phone=registration.phone,
        organization_id=registration.organization_id,
        position=registration.position,
        category=registration.category,
        dietary_needs=registration.dietary_needs,
        accessibility_needs=registration.accessibility_needs,
        photo_consent=registration.photo_consent,
        attendee_list_consent=registration.attendee_list_consent,
        notes=registration.notes,
        topic_ids=tuple(sorted(topic.id for topic in registration.topics)),
    )
