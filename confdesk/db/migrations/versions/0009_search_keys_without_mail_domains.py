"""Search keys without e-mail domains, for registrations written before keys left them out.

Keys hold only the part of an address before the "@" since search learnt to match a domain
after a typed "@" (confdesk.db.search_index.email_local_part). Rows written earlier kept
"hassfurt de" in their key, so typing "de" or "ha" still found them by their domain. Their
keys are written again here; the update trigger keeps the FTS5 index in step.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22 03:30:00
"""

import sqlalchemy as sa
from alembic import op

from confdesk.normalize import search_fold

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _key(title: str, given: str, family: str, email: str, position: str, organization: str) -> str:
    # A frozen copy of confdesk.db.search_index.registration_search_key as of this revision.
    local, at, _domain = email.rpartition("@")
    parts = (title, given, family, local if at else email, position, organization)
    return " ".join(folded for part in parts if (folded := search_fold(part or "")))


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT r.id, r.search_key, r.title, r.given_name, r.family_name, r.email, "
            "r.position, coalesce(o.name, '') FROM registrations r "
            "LEFT JOIN organizations o ON o.id = r.organization_id WHERE r.email LIKE '%@%'"
        )
    ).all()
    changed = [(key, row[0]) for row in rows if (key := _key(*row[2:])) != row[1]]
    if not changed:
        return
    # One FTS5 rebuild instead of the update trigger's delete and insert per row: at
    # 50,000 registrations a second instead of four. The trigger is put back as it was.
    trigger = "registrations_search_update"
    create = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
    ).scalar()
    if create is not None:
        connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
    connection.exec_driver_sql("UPDATE registrations SET search_key = ? WHERE id = ?", changed)
    if create is not None:
        connection.exec_driver_sql(
            "INSERT INTO registration_search(registration_search) VALUES ('rebuild')"
        )
        connection.exec_driver_sql(create)


def downgrade() -> None:
    # Keys without domains are valid keys for the older code too: nothing to undo.
    pass
