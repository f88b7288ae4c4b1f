"""The confdesk data model: SQLAlchemy 2.x typed ORM on one declarative base.

Conventions:
- Every row that two desks could create carries a ``uuid`` and ``created_at`` /
  ``updated_at`` (see :class:`SyncedMixin`), so a later multi-desk sync can merge by UUID.
  Integer primary keys stay for fast local joins; they never leave the machine.
- Agenda times are wall-clock times in the event's time zone (``Event.timezone``), stored
  naive: the programme is read and printed in that zone. Moments that record when
  something happened (check-ins, prints, created/updated) are naive UTC.
- Check-in records are append-only; triggers created by the migrations refuse UPDATE and
  DELETE on ``checkins`` and ``scans``. An undo is a new record with ``action = 'undo'``.
- Enumerations are stored as short strings (``StrEnum`` values) with CHECK constraints, so
  the file stays readable with any SQLite tool.
"""

from __future__ import annotations

import secrets
import uuid as uuid_module
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utc_now() -> datetime:
    """Naive UTC, the convention for every recorded moment in the database."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


# Length of an event's check-in key; a trigger refuses any other (see migration 0003).
CHECKIN_KEY_BYTES = 32


def new_checkin_key() -> bytes:
    """The secret that signs an event's check-in codes (confdesk.domain.checkin.codes)."""
    return secrets.token_bytes(CHECKIN_KEY_BYTES)


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # Every model here maps a Table (SQLAlchemy allows any FromClause): the bulk insert
        # and the Core updates use its columns and name.
        __table__: ClassVar[Table]


class SyncedMixin:
    """UUID and timestamps for rows that a later multi-desk sync has to merge."""

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


def _enum_check(column: str, enum: type[StrEnum]) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=f"{column}_valid")


class OrganizationKind(StrEnum):
    MUNICIPALITY = "municipality"
    DISTRICT = "district"
    STATE_AGENCY = "state_agency"
    BUSINESS = "business"
    RESEARCH = "research"
    CIVIL_SOCIETY = "civil_society"
    PRESS = "press"
    OTHER = "other"


class Category(StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    EXHIBITOR = "exhibitor"
    STAFF = "staff"
    PRESS = "press"
    GUEST = "guest"


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class RegistrationSource(StrEnum):
    IMPORT = "import"
    MANUAL = "manual"
    WALK_IN = "walk_in"


class SessionKind(StrEnum):
    KEYNOTE = "keynote"  # also impulse talks
    TALK = "talk"
    WORKSHOP = "workshop"
    PANEL = "panel"
    SPEED_DATING = "speed_dating"
    MARKETPLACE = "marketplace"
    EXCURSION = "excursion"
    BREAK = "break"
    GET_TOGETHER = "get_together"


class SpeakerRole(StrEnum):
    SPEAKER = "speaker"
    MODERATOR = "moderator"


class SignupStatus(StrEnum):
    SIGNED_UP = "signed_up"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class CheckinAction(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"
    UNDO = "undo"


class CheckinSource(StrEnum):
    SCANNER = "scanner"
    CAMERA = "camera"
    SEARCH = "search"
    WALK_IN = "walk_in"
    COMMAND_LINE = "command_line"


class ScanStatus(StrEnum):
    """The outcome of one scan. The first eight are the check-in statuses of DESIGN.md;
    the last two answer a check-out."""

    ACCEPTED = "accepted"
    ALREADY_CHECKED_IN = "already_checked_in"
    CANCELLED = "cancelled"
    WAITLISTED = "waitlisted"
    UNKNOWN = "unknown"
    INVALID = "invalid"
    REVOKED = "revoked"
    WRONG_EVENT = "wrong_event"
    CHECKED_OUT = "checked_out"
    NOT_CHECKED_IN = "not_checked_in"


class PrintKind(StrEnum):
    BADGE = "badge"
    CERTIFICATE = "certificate"


class Event(SyncedMixin, Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    subtitle: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    day_starts: Mapped[time] = mapped_column(Time, default=time(9, 0))
    day_ends: Mapped[time] = mapped_column(Time, default=time(17, 0))
    venue_name: Mapped[str] = mapped_column(String(300), default="")
    venue_address: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Berlin")
    language: Mapped[str] = mapped_column(String(8), default="de")
    # Signs the event's check-in codes; every desk holding this file can verify them.
    checkin_key: Mapped[bytes] = mapped_column(
        LargeBinary(CHECKIN_KEY_BYTES), default=new_checkin_key
    )
    # The logo printed on badges: a PNG or JPEG file's bytes (confdesk.domain.events.logo).
    # Deferred: most reads of an event never need it.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)

    rooms: Mapped[list[Room]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Room.sort_order"
    )

    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_ordered"),)


class Room(SyncedMixin, Base):
    __tablename__ = "rooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="rooms")

    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
    )


class Organization(SyncedMixin, Base):
    """Organisations outlive a single event, so they are not tied to one."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(20), default=OrganizationKind.OTHER.value)
    federal_state: Mapped[str] = mapped_column(String(100), default="")
    funding_programme: Mapped[str] = mapped_column(String(300), default="")
    cohort: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (_enum_check("kind", OrganizationKind),)


class Topic(SyncedMixin, Base):
    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    color: Mapped[str] = mapped_column(String(9), default="")

    __table_args__ = (UniqueConstraint("event_id", "name", name="uq_topics_event_name"),)


registration_topics = Table(
    "registration_topics",
    Base.metadata,
    Column(
        "registration_id",
        ForeignKey("registrations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Challenge(SyncedMixin, Base):
    """A challenge a municipality faces ("Leerstand im Ortskern", "Fachkräftemangel"): a
    free tag like a topic, kept apart so that people with the same challenge can be
    matched."""

    __tablename__ = "challenges"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))

    __table_args__ = (UniqueConstraint("event_id", "name", name="uq_challenges_event_name"),)


registration_challenges = Table(
    "registration_challenges",
    Base.metadata,
    Column(
        "registration_id",
        ForeignKey("registrations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "challenge_id",
        ForeignKey("challenges.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Registration(SyncedMixin, Base):
    __tablename__ = "registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(20), default=Category.PARTICIPANT.value)
    status: Mapped[str] = mapped_column(String(20), default=RegistrationStatus.REGISTERED.value)
    dietary_needs: Mapped[str] = mapped_column(Text, default="")
    accessibility_needs: Mapped[str] = mapped_column(Text, default="")
    photo_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    attendee_list_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default=RegistrationSource.MANUAL.value)
    # Folded words of name, organization, e-mail and position, set on every write (see
    # confdesk.db.search_index); an FTS5 table indexes it for search-as-you-type.
    search_key: Mapped[str] = mapped_column(Text, default="")
    # "family given" spelled out in ASCII (ä as ae, as German phone books sort), so the
    # list sorts by an index in the order people expect, whatever the alphabet.
    sort_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Raised by a reissue (lost badge): codes carrying a lower number are revoked.
    checkin_code_issue: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    organization: Mapped[Organization | None] = relationship()
    topics: Mapped[list[Topic]] = relationship(secondary=registration_topics)
    challenges: Mapped[list[Challenge]] = relationship(secondary=registration_challenges)

    __table_args__ = (
        _enum_check("category", Category),
        _enum_check("status", RegistrationStatus),
        _enum_check("source", RegistrationSource),
        Index("ix_registrations_event_sort_name", "event_id", "sort_name"),
        Index("ix_registrations_event_status", "event_id", "status"),
        Index("ix_registrations_email", "email"),
    )


class AgendaSession(SyncedMixin, Base):
    """One item of the programme. Called *agenda session* so it is never confused with a
    database session."""

    __tablename__ = "agenda_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default=SessionKind.TALK.value)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("rooms.id", ondelete="SET NULL"), index=True
    )
    capacity: Mapped[int | None] = mapped_column(Integer)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"))
    signup_required: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    # Workshop round: parallel sessions with the same number offer one choice each.
    round_number: Mapped[int | None] = mapped_column(Integer)
    # A plenary item or break that takes place for everybody: it occupies every room.
    spans_all_rooms: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    room: Mapped[Room | None] = relationship()
    topic: Mapped[Topic | None] = relationship()

    __table_args__ = (
        _enum_check("kind", SessionKind),
        # Only impossible data is refused; overlaps and overbooking are warnings elsewhere.
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
        CheckConstraint("round_number IS NULL OR round_number >= 1", name="round_positive"),
    )


class SessionSpeaker(SyncedMixin, Base):
    __tablename__ = "session_speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_sessions.id", ondelete="CASCADE"), index=True
    )
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20), default=SpeakerRole.SPEAKER.value)

    __table_args__ = (
        _enum_check("role", SpeakerRole),
        UniqueConstraint("session_id", "registration_id", name="uq_session_speakers_pair"),
    )


class SessionSignup(SyncedMixin, Base):
    __tablename__ = "session_signups"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_sessions.id", ondelete="CASCADE"), index=True
    )
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=SignupStatus.SIGNED_UP.value)
    # Order on the waiting list; the earliest sign-up is promoted first.
    signed_up_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (
        _enum_check("status", SignupStatus),
        UniqueConstraint("session_id", "registration_id", name="uq_session_signups_pair"),
    )


class WorkshopWish(SyncedMixin, Base):
    """A person's wish for a workshop: ``rank`` 1 is the first choice among the wishes
    for sessions of the same round (the round is the session's)."""

    __tablename__ = "workshop_wishes"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_sessions.id", ondelete="CASCADE"), index=True
    )
    rank: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("registration_id", "session_id", name="uq_workshop_wishes_pair"),
        CheckConstraint("rank >= 1", name="rank_positive"),
    )


class CheckinRecord(Base):
    """Append-only: rows are never updated or deleted (enforced by triggers)."""

    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="RESTRICT")
    )
    # NULL: checked in at the venue; otherwise at the door of this agenda session.
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_sessions.id", ondelete="RESTRICT"), index=True
    )
    action: Mapped[str] = mapped_column(String(20), default=CheckinAction.CHECK_IN.value)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(20), default=CheckinSource.SCANNER.value)
    # For an undo: the record it takes back.
    reverts_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id", ondelete="RESTRICT"))

    __table_args__ = (
        _enum_check("action", CheckinAction),
        _enum_check("source", CheckinSource),
        Index("ix_checkins_registration_session", "registration_id", "session_id"),
        # Finding undone records ("checked in" filters, counters) reads only undo rows.
        Index(
            "ix_checkins_reverts_id",
            "reverts_id",
            sqlite_where=text("reverts_id IS NOT NULL"),
        ),
    )


class ScanRecord(Base):
    """Every scan a desk saw, rejected ones included: the desk's log. Append-only like
    check-ins (triggers refuse UPDATE and DELETE).

    It names the registration by UUID and the agenda session by plain id, without foreign
    keys: the log must never stop a registration from being merged or a session from being
    deleted, and a rejected code may name a registration this file does not hold.
    """

    __tablename__ = "scans"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="RESTRICT"))
    scanned_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(20), default=CheckinSource.SCANNER.value)
    # What the desk was doing: checking in or out (CheckinAction, never 'undo').
    action: Mapped[str] = mapped_column(String(20), default=CheckinAction.CHECK_IN.value)
    session_id: Mapped[int | None] = mapped_column(Integer)
    # What was read, cut short and with control characters made visible; its full length.
    input: Mapped[str] = mapped_column(String(200), default="")
    input_length: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(30))
    registration_uuid: Mapped[str | None] = mapped_column(String(36))
    # The check-in record this scan wrote, if any.
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id", ondelete="RESTRICT"))

    __table_args__ = (
        _enum_check("source", CheckinSource),
        _enum_check("action", CheckinAction),
        _enum_check("status", ScanStatus),
        Index("ix_scans_event_scanned_at", "event_id", "scanned_at"),
    )


class PrintRecord(SyncedMixin, Base):
    __tablename__ = "print_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default=PrintKind.BADGE.value)
    printed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    stock: Mapped[str] = mapped_column(String(50), default="")
    desk: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (_enum_check("kind", PrintKind),)


# -- Several desks at one venue (confdesk.domain.sync) -----------------------------------------

# The registration fields that desks edit and merge one by one, each with its own hybrid
# logical clock (the trigger of migration 0012 stamps every change, whoever writes it).
SYNCED_REGISTRATION_FIELDS = (
    "title",
    "given_name",
    "family_name",
    "email",
    "phone",
    "organization_id",
    "position",
    "category",
    "status",
    "dietary_needs",
    "accessibility_needs",
    "photo_consent",
    "attendee_list_consent",
    "notes",
    "checkin_code_issue",
)


def _field_check() -> CheckConstraint:
    values = ", ".join(f"'{name}'" for name in SYNCED_REGISTRATION_FIELDS)
    return CheckConstraint(f"field IN ({values})", name="field_valid")


class ThisDesk(Base):
    """The one row naming this file as a desk: its UUID (a desk copy gets a fresh one) and
    its hybrid logical clock (wall time in ms and a counter, never going back)."""

    __tablename__ = "this_desk"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    clock_wall_ms: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    clock_counter: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    last_export_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


class RegistrationFieldClock(Base):
    """When (by hybrid logical clock) a field of a registration was last changed, and at
    which desk. No row: unchanged since the file was made (the same on every desk)."""

    __tablename__ = "registration_field_clocks"

    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80))

    __table_args__ = (_field_check(),)


class RegistrationFieldHistory(Base):
    """An edit that lost a merge to a later one at another desk, kept for the organiser."""

    __tablename__ = "registration_field_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(40))
    # The losing value as JSON (text, number, null), and its clock ('' when unstamped).
    value: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(80))
    lost_to_hlc: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (
        _field_check(),
        UniqueConstraint(
            "registration_id", "field", "hlc", "value", name="uq_registration_field_history_edit"
        ),
    )


class SyncPeer(Base):
    """Another desk of the event this desk has heard from (by sync file or network)."""

    __tablename__ = "sync_peers"

    desk_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    desk_name: Mapped[str] = mapped_column(String(100), default="")
    last_contact_at: Mapped[datetime] = mapped_column(DateTime)
    # When the peer made what it sent (its clock, as it reads).
    last_sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Records this desk held that the peer's last message did not: still to reach it.
    lacked_at_contact: Mapped[int] = mapped_column(Integer, default=0)
    # Records the peer sent that could not be merged yet (they name what is not here).
    held_back_at_contact: Mapped[int] = mapped_column(Integer, default=0)
    # The newest local rows at the last contact: anything above is still to reach the peer.
    checkins_upto: Mapped[int] = mapped_column(Integer, default=0)
    scans_upto: Mapped[int] = mapped_column(Integer, default=0)
    prints_upto: Mapped[int] = mapped_column(Integer, default=0)
    edits_upto: Mapped[str] = mapped_column(String(80), default="")


class SyncTombstone(Base):
    """A registration deleted here (merged into another): a sync must not bring it back."""

    __tablename__ = "sync_tombstones"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted_at: Mapped[datetime] = mapped_column(DateTime)
