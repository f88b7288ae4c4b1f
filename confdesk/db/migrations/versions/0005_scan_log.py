"""The scan log (every scan a desk saw) and an index on undone check-ins.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen copies of the enumerations as of this revision.
SOURCES = "'scanner', 'camera', 'search', 'walk_in', 'command_line'"
ACTIONS = "'check_in', 'check_out', 'undo'"
STATUSES = (
    "'accepted', 'already_checked_in', 'cancelled', 'waitlisted', 'unknown', 'invalid', "
    "'revoked', 'wrong_event', 'checked_out', 'not_checked_in'"
)


def upgrade() -> None:
    op.create_table(
        "scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("input", sa.String(length=200), nullable=False),
        sa.Column("input_length", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("registration_uuid", sa.String(length=36), nullable=True),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(f"source IN ({SOURCES})", name=op.f("ck_scans_source_valid")),
        sa.CheckConstraint(f"action IN ({ACTIONS})", name=op.f("ck_scans_action_valid")),
        sa.CheckConstraint(f"status IN ({STATUSES})", name=op.f("ck_scans_status_valid")),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkins.id"],
            name=op.f("fk_scans_checkin_id_checkins"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_scans_event_id_events"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scans")),
        sa.UniqueConstraint("uuid", name=op.f("uq_scans_uuid")),
    )
    op.create_index("ix_scans_event_scanned_at", "scans", ["event_id", "scanned_at"])
    # The desk's log is history, like check-ins: never edited, never deleted.
    for statement in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER scans_no_{statement.lower()} BEFORE {statement} ON scans "
            "BEGIN SELECT RAISE(ABORT, 'the scan log is append-only'); END"
        )
    op.create_index(
        "ix_checkins_reverts_id",
        "checkins",
        ["reverts_id"],
        sqlite_where=sa.text("reverts_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_checkins_reverts_id", table_name="checkins")
    op.drop_table("scans")
