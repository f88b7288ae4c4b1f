"""Two views that hold the one definition of which check-in records count.

``checkins_in_force``: the check-ins and check-outs that no undo took back (an undo is a
record of its own pointing at the one it takes back, since history is never changed).
``venue_checkins``: of those, the check-ins at the venue (no agenda session): who came.
The desk, the counters, the search's "checked in" filter and the certificates all read
these views, so they cannot disagree about who is in.

The columns are listed, not ``*``: a view's meaning must not change with the table. A
later migration that rebuilds ``checkins`` (batch mode) must drop these views first and
create them again afterwards, as SQLite checks views when a table is renamed.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 16:00:00
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

CREATE_CHECKINS_IN_FORCE = (
    "CREATE VIEW checkins_in_force AS "
    "SELECT c.id, c.uuid, c.registration_id, c.session_id, c.action, c.occurred_at, c.desk, "
    "c.operator, c.source FROM checkins c "
    "WHERE c.action != 'undo' AND NOT EXISTS "
    "(SELECT 1 FROM checkins u WHERE u.reverts_id = c.id AND u.action = 'undo')"
)
CREATE_VENUE_CHECKINS = (
    "CREATE VIEW venue_checkins AS "
    "SELECT c.id, c.uuid, c.registration_id, c.occurred_at, c.desk, c.operator, c.source "
    "FROM checkins_in_force c WHERE c.session_id IS NULL AND c.action = 'check_in'"
)


def upgrade() -> None:
    op.execute(CREATE_CHECKINS_IN_FORCE)
    op.execute(CREATE_VENUE_CHECKINS)


def downgrade() -> None:
    op.execute("DROP VIEW venue_checkins")
    op.execute("DROP VIEW checkins_in_force")
