"""Drop the (event, family name, given name) index: no query uses it any more.

The list sorts by ``sort_name`` (0004) and search reads its own cached name order, so this
index only cost time on every insert and update (an import writes it 20,000 times).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 01:00:00
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_registrations_event_family_given", table_name="registrations")


def downgrade() -> None:
    op.create_index(
        "ix_registrations_event_family_given",
        "registrations",
        ["event_id", "family_name", "given_name"],
    )
