"""Networking: ranked workshop wishes per registration, and challenges as free tags.

``workshop_wishes`` holds a person's wishes for the workshops of a round (rank 1: first
choice; the round is the session's own). ``challenges`` and ``registration_challenges``
are free tags like topics, so people facing the same challenges can be matched. The
organisation's kind, federal state and funded cohort were already in ``organizations``.

Self-contained: it only creates tables, so it sits after 0011 or after a sibling 0012.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 18:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "challenges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_challenges_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenges")),
        sa.UniqueConstraint("event_id", "name", name="uq_challenges_event_name"),
        sa.UniqueConstraint("uuid", name=op.f("uq_challenges_uuid")),
    )
    op.create_index(op.f("ix_challenges_event_id"), "challenges", ["event_id"])
    op.create_table(
        "registration_challenges",
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_registration_challenges_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["challenges.id"],
            name=op.f("fk_registration_challenges_challenge_id_challenges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "registration_id", "challenge_id", name=op.f("pk_registration_challenges")
        ),
    )
    op.create_index(
        op.f("ix_registration_challenges_challenge_id"),
        "registration_challenges",
        ["challenge_id"],
    )
    op.create_table(
        "workshop_wishes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        *_synced_columns(),
        sa.CheckConstraint("rank >= 1", name=op.f("ck_workshop_wishes_rank_positive")),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_workshop_wishes_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["agenda_sessions.id"],
            name=op.f("fk_workshop_wishes_session_id_agenda_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_wishes")),
        sa.UniqueConstraint("registration_id", "session_id", name="uq_workshop_wishes_pair"),
        sa.UniqueConstraint("uuid", name=op.f("uq_workshop_wishes_uuid")),
    )
    op.create_index(
        op.f("ix_workshop_wishes_registration_id"), "workshop_wishes", ["registration_id"]
    )
    op.create_index(op.f("ix_workshop_wishes_session_id"), "workshop_wishes", ["session_id"])


def downgrade() -> None:
    op.drop_table("workshop_wishes")
    op.drop_table("registration_challenges")
    op.drop_table("challenges")
