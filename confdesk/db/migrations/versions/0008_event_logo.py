"""The event's logo, for badges: the image file's bytes (PNG or JPEG), or NULL.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 01:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place: a batch rebuild of events would cascade into everything below it.
    op.add_column("events", sa.Column("logo", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("events", "logo")
