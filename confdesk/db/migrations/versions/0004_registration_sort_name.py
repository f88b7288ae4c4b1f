"""Name order by an index: registrations.sort_name, "family given" spelled out in ASCII.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 23:00:00
"""

import sqlalchemy as sa
from alembic import op

from confdesk.normalize import transliterate

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place (no batch rebuild): rebuilding registrations would cascade-delete
    # its sign-ups and topics through the foreign keys.
    op.add_column(
        "registrations", sa.Column("sort_name", sa.Text(), nullable=False, server_default="")
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, family_name, given_name FROM registrations")
    ).all()
    if rows:
        connection.exec_driver_sql(
            "UPDATE registrations SET sort_name = ? WHERE id = ?",
            [(transliterate(f"{family} {given}").strip(), id_) for id_, family, given in rows],
        )
    op.create_index("ix_registrations_event_sort_name", "registrations", ["event_id", "sort_name"])


def downgrade() -> None:
    op.drop_index("ix_registrations_event_sort_name", table_name="registrations")
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a batch rebuild, which would drop the
    # search triggers on the table.
    op.drop_column("registrations", "sort_name")
