"""Initial schema: events, rooms, organizations, registrations, topics, agenda sessions,
speakers, sign-ups, append-only check-ins and print records.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 21:59:14.306738
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("subtitle", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("day_starts", sa.Time(), nullable=False),
        sa.Column("day_ends", sa.Time(), nullable=False),
        sa.Column("venue_name", sa.String(length=300), nullable=False),
        sa.Column("venue_address", sa.Text(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_events_dates_ordered")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("uuid", name=op.f("uq_events_uuid")),
    )
    op.create_table(
        "organizations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("federal_state", sa.String(length=100), nullable=False),
        sa.Column("funding_programme", sa.String(length=300), nullable=False),
        sa.Column("cohort", sa.String(length=100), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('municipality', 'district', 'state_agency', 'business', 'research', 'civil_society', 'press', 'other')",
            name=op.f("ck_organizations_kind_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_organizations_uuid")),
    )
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organizations_name"), ["name"], unique=False)

    op.create_table(
        "registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("dietary_needs", sa.Text(), nullable=False),
        sa.Column("accessibility_needs", sa.Text(), nullable=False),
        sa.Column("photo_consent", sa.Boolean(), nullable=False),
        sa.Column("attendee_list_consent", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "category IN ('participant', 'speaker', 'moderator', 'exhibitor', 'staff', 'press', 'guest')",
            name=op.f("ck_registrations_category_valid"),
        ),
        sa.CheckConstraint(
            "source IN ('import', 'manual', 'walk_in')", name=op.f("ck_registrations_source_valid")
        ),
        sa.CheckConstraint(
            "status IN ('registered', 'waitlisted', 'cancelled')",
            name=op.f("ck_registrations_status_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_registrations_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_registrations_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_registrations_uuid")),
    )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index("ix_registrations_email", ["email"], unique=False)
        batch_op.create_index(
            "ix_registrations_event_family_given",
            ["event_id", "family_name", "given_name"],
            unique=False,
        )
        batch_op.create_index("ix_registrations_event_status", ["event_id", "status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_registrations_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 0", name=op.f("ck_rooms_capacity_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_rooms_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rooms_uuid")),
    )
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rooms_event_id"), ["event_id"], unique=False)

    op.create_table(
        "topics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("color", sa.String(length=9), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_topics_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topics")),
        sa.UniqueConstraint("event_id", "name", name="uq_topics_event_name"),
        sa.UniqueConstraint("uuid", name=op.f("uq_topics_uuid")),
    )
    with op.batch_alter_table("topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_topics_event_id"), ["event_id"], unique=False)

    op.create_table(
        "agenda_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("topic_id", sa.Integer(), nullable=True),
        sa.Column("signup_required", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('keynote', 'talk', 'workshop', 'panel', 'speed_dating', 'marketplace', 'excursion', 'break', 'get_together')",
            name=op.f("ck_agenda_sessions_kind_valid"),
        ),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 0",
            name=op.f("ck_agenda_sessions_capacity_not_negative"),
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_agenda_sessions_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_agenda_sessions_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["room_id"],
            ["rooms.id"],
            name=op.f("fk_agenda_sessions_room_id_rooms"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topics.id"],
            name=op.f("fk_agenda_sessions_topic_id_topics"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_sessions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agenda_sessions_uuid")),
    )
    with op.batch_alter_table("agenda_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_sessions_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_sessions_room_id"), ["room_id"], unique=False)

    op.create_table(
        "print_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("stock", sa.String(length=50), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('badge', 'certificate')", name=op.f("ck_print_records_kind_valid")
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_print_records_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_records")),
        sa.UniqueConstraint("uuid", name=op.f("uq_print_records_uuid")),
    )
    with op.batch_alter_table("print_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_print_records_registration_id"), ["registration_id"], unique=False
        )

    op.create_table(
        "registration_topics",
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_registration_topics_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topics.id"],
            name=op.f("fk_registration_topics_topic_id_topics"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("registration_id", "topic_id", name=op.f("pk_registration_topics")),
    )
    with op.batch_alter_table("registration_topics", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registration_topics_topic_id"), ["topic_id"], unique=False
        )

    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("reverts_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "action IN ('check_in', 'check_out', 'undo')", name=op.f("ck_checkins_action_valid")
        ),
        sa.CheckConstraint(
            "source IN ('scanner', 'camera', 'search', 'walk_in', 'command_line')",
            name=op.f("ck_checkins_source_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_checkins_registration_id_registrations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["reverts_id"],
            ["checkins.id"],
            name=op.f("fk_checkins_reverts_id_checkins"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["agenda_sessions.id"],
            name=op.f("fk_checkins_session_id_agenda_sessions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checkins_uuid")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(
            "ix_checkins_registration_session", ["registration_id", "session_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_checkins_session_id"), ["session_id"], unique=False)

    op.create_table(
        "session_signups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("signed_up_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('signed_up', 'waitlisted', 'cancelled')",
            name=op.f("ck_session_signups_status_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_session_signups_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["agenda_sessions.id"],
            name=op.f("fk_session_signups_session_id_agenda_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_signups")),
        sa.UniqueConstraint("session_id", "registration_id", name="uq_session_signups_pair"),
        sa.UniqueConstraint("uuid", name=op.f("uq_session_signups_uuid")),
    )
    with op.batch_alter_table("session_signups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_signups_registration_id"), ["registration_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_signups_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "session_speakers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('speaker', 'moderator')", name=op.f("ck_session_speakers_role_valid")
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_session_speakers_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["agenda_sessions.id"],
            name=op.f("fk_session_speakers_session_id_agenda_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_speakers")),
        sa.UniqueConstraint("session_id", "registration_id", name="uq_session_speakers_pair"),
        sa.UniqueConstraint("uuid", name=op.f("uq_session_speakers_uuid")),
    )
    with op.batch_alter_table("session_speakers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_speakers_registration_id"), ["registration_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_speakers_session_id"), ["session_id"], unique=False
        )

    # The header mark that tells a confdesk file from other SQLite files ('CDK1').
    op.execute("PRAGMA application_id = 1128549169")
    # Check-in history is append-only: an undo is a new record, never an edit.
    for statement in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER checkins_no_{statement.lower()} BEFORE {statement} ON checkins "
            "BEGIN SELECT RAISE(ABORT, 'check-in records are append-only'); END"
        )


def downgrade() -> None:
    with op.batch_alter_table("session_speakers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_speakers_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_speakers_registration_id"))

    op.drop_table("session_speakers")
    with op.batch_alter_table("session_signups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_signups_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_signups_registration_id"))

    op.drop_table("session_signups")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkins_session_id"))
        batch_op.drop_index("ix_checkins_registration_session")

    op.drop_table("checkins")
    with op.batch_alter_table("registration_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_topics_topic_id"))

    op.drop_table("registration_topics")
    with op.batch_alter_table("print_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_records_registration_id"))

    op.drop_table("print_records")
    with op.batch_alter_table("agenda_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_sessions_room_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_sessions_event_id"))

    op.drop_table("agenda_sessions")
    with op.batch_alter_table("topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_topics_event_id"))

    op.drop_table("topics")
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rooms_event_id"))

    op.drop_table("rooms")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registrations_organization_id"))
        batch_op.drop_index("ix_registrations_event_status")
        batch_op.drop_index("ix_registrations_event_family_given")
        batch_op.drop_index("ix_registrations_email")

    op.drop_table("registrations")
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organizations_name"))

    op.drop_table("organizations")
    op.drop_table("events")
