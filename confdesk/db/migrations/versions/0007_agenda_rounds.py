"""Agenda sessions get a workshop round and a "spans all rooms" flag.

Sessions of one round run in parallel and offer one choice; a plenary item or a break
spanning all rooms is one row instead of one per room.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 02:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite adds a CHECK constraint only by rebuilding the table.
    with op.batch_alter_table("agenda_sessions") as batch:
        batch.add_column(sa.Column("round_number", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("spans_all_rooms", sa.Boolean(), server_default=sa.text("0"), nullable=False)
        )
        batch.create_check_constraint("round_positive", "round_number IS NULL OR round_number >= 1")


def downgrade() -> None:
    with op.batch_alter_table("agenda_sessions") as batch:
        batch.drop_constraint("round_positive", type_="check")
        batch.drop_column("spans_all_rooms")
        batch.drop_column("round_number")
