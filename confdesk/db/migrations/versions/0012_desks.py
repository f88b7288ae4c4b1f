"""Several desks at one venue: this desk's identity and clock, a clock per edited field of
a registration, edits that lost a merge, the desks heard from, deleted registrations.

- ``this_desk``: one row, the desk's UUID (made here; a desk copy gets a fresh one) and its
  hybrid logical clock.
- ``registration_field_clocks``: stamped by a trigger on every change of a synced field,
  whoever writes it (the services, an import, a merge of duplicates, plain SQL), so no path
  can forget it. The stamp is the desk's clock ticked in SQL the way
  :class:`confdesk.domain.sync.clock.HybridClock` ticks it: the wall time in ms unless the
  clock has already been further (the computer's clock went back), then the same time with
  the counter raised. Written as ``WWWWWWWWWWWWWWW.CCCCCCCCCC.desk-uuid`` so that text
  order is clock order.
- ``sync_tombstones``: a deleted registration's UUID (trigger), so a sync never brings back
  a registration an organiser merged away.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 17:30:00
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Frozen copy of confdesk.db.models.SYNCED_REGISTRATION_FIELDS as of this revision.
FIELDS = (
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
FIELD_CHECK = "field IN ({})".format(", ".join(f"'{name}'" for name in FIELDS))
# Milliseconds since 1970 by the computer's clock, in SQL.
NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
CHANGED = " OR ".join(f"old.{name} IS NOT new.{name}" for name in FIELDS)
CHANGED_FIELDS = " UNION ALL ".join(
    f"SELECT '{name}' AS field WHERE old.{name} IS NOT new.{name}" for name in FIELDS
)
STAMP_FIELD_CLOCKS = (
    "CREATE TRIGGER registrations_field_clocks AFTER UPDATE ON registrations "
    f"WHEN {CHANGED} BEGIN "
    # SET expressions all read the row as it was: the counter rises only when the wall
    # time is not past the clock, and the clock never goes back.
    f"UPDATE this_desk SET clock_counter = CASE WHEN {NOW_MS} > clock_wall_ms THEN 0 "
    f"ELSE clock_counter + 1 END, clock_wall_ms = max(clock_wall_ms, {NOW_MS}); "
    "INSERT OR REPLACE INTO registration_field_clocks (registration_id, field, hlc) "
    "SELECT new.id, f.field, printf('%015d.%010d.%s', d.clock_wall_ms, d.clock_counter, d.uuid) "
    f"FROM this_desk d, ({CHANGED_FIELDS}) f; "
    "END"
)
REMEMBER_DELETED = (
    "CREATE TRIGGER registrations_tombstone AFTER DELETE ON registrations BEGIN "
    "INSERT OR IGNORE INTO sync_tombstones (uuid, deleted_at) VALUES (old.uuid, datetime('now')); "
    "END"
)


def upgrade() -> None:
    op.create_table(
        "this_desk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("clock_wall_ms", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("clock_counter", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_export_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_this_desk_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_this_desk")),
    )
    op.get_bind().exec_driver_sql(
        "INSERT INTO this_desk (id, uuid, created_at) VALUES (1, ?, datetime('now'))",
        (str(uuid.uuid4()),),
    )
    op.create_table(
        "registration_field_clocks",
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.CheckConstraint(FIELD_CHECK, name=op.f("ck_registration_field_clocks_field_valid")),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_registration_field_clocks_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "registration_id", "field", name=op.f("pk_registration_field_clocks")
        ),
    )
    op.create_table(
        "registration_field_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("lost_to_hlc", sa.String(length=80), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(FIELD_CHECK, name=op.f("ck_registration_field_history_field_valid")),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_registration_field_history_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_field_history")),
        sa.UniqueConstraint(
            "registration_id", "field", "hlc", "value", name="uq_registration_field_history_edit"
        ),
    )
    op.create_index(
        "ix_registration_field_history_registration_id",
        "registration_field_history",
        ["registration_id"],
    )
    op.create_table(
        "sync_peers",
        sa.Column("desk_uuid", sa.String(length=36), nullable=False),
        sa.Column("desk_name", sa.String(length=100), nullable=False),
        sa.Column("last_contact_at", sa.DateTime(), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(), nullable=True),
        sa.Column("lacked_at_contact", sa.Integer(), nullable=False),
        sa.Column("held_back_at_contact", sa.Integer(), nullable=False),
        sa.Column("checkins_upto", sa.Integer(), nullable=False),
        sa.Column("scans_upto", sa.Integer(), nullable=False),
        sa.Column("prints_upto", sa.Integer(), nullable=False),
        sa.Column("edits_upto", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("desk_uuid", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "sync_tombstones",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_sync_tombstones")),
    )
    op.execute(STAMP_FIELD_CLOCKS)
    op.execute(REMEMBER_DELETED)


def downgrade() -> None:
    op.execute("DROP TRIGGER registrations_tombstone")
    op.execute("DROP TRIGGER registrations_field_clocks")
    op.drop_table("sync_tombstones")
    op.drop_table("sync_peers")
    op.drop_index(
        "ix_registration_field_history_registration_id", table_name="registration_field_history"
    )
    op.drop_table("registration_field_history")
    op.drop_table("registration_field_clocks")
    op.drop_table("this_desk")
