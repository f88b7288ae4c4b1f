"""Check-in codes: a secret key per event and an issue number per registration.

Existing events get a fresh random key; existing registrations start at issue 1, so
every registration has a working code right after the upgrade.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 10:00:00
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen copy of confdesk.db.models.CHECKIN_KEY_BYTES as of this revision.
KEY_BYTES = 32

# SQLite can add a NOT NULL column only with a constant default, so the column defaults to
# an empty blob; these triggers make sure no event ever keeps one (codes signed with an
# empty key could be forged by anyone), whoever writes the row.
BAD_KEY = f"typeof(new.checkin_key) != 'blob' OR length(new.checkin_key) != {KEY_BYTES}"
TRIGGERS = {
    "events_checkin_key_insert": (
        "CREATE TRIGGER events_checkin_key_insert BEFORE INSERT ON events "
        f"WHEN {BAD_KEY} BEGIN "
        f"SELECT RAISE(ABORT, 'an event needs a check-in key of {KEY_BYTES} bytes'); END"
    ),
    "events_checkin_key_update": (
        "CREATE TRIGGER events_checkin_key_update BEFORE UPDATE OF checkin_key ON events "
        f"WHEN {BAD_KEY} BEGIN "
        f"SELECT RAISE(ABORT, 'an event needs a check-in key of {KEY_BYTES} bytes'); END"
    ),
}


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, never a table rebuild: rebuilding `events` would drop
    # it, and with foreign keys on that cascades to every row of the event.
    op.add_column(
        "events",
        sa.Column(
            "checkin_key",
            sa.LargeBinary(length=KEY_BYTES),
            nullable=False,
            server_default=sa.text("X''"),
        ),
    )
    op.add_column(
        "registrations",
        sa.Column("checkin_code_issue", sa.Integer(), nullable=False, server_default=sa.text("1")),
    )
    connection = op.get_bind()
    event_ids = connection.exec_driver_sql("SELECT id FROM events").scalars().all()
    if event_ids:
        connection.exec_driver_sql(
            "UPDATE events SET checkin_key = ? WHERE id = ?",
            [(secrets.token_bytes(KEY_BYTES), event_id) for event_id in event_ids],
        )
    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_column("registrations", "checkin_code_issue")
    op.drop_column("events", "checkin_key")
