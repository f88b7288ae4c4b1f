"""Search-as-you-type: a folded search key per registration, indexed by FTS5.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 22:30:00
"""

import sqlalchemy as sa
from alembic import op

from confdesk.normalize import search_fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copies of the DDL in confdesk.db.search_index as of this revision.
CREATE_FTS = (
    "CREATE VIRTUAL TABLE registration_search USING fts5("
    "search_key, content='registrations', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
)
TRIGGERS = {
    "registrations_search_insert": (
        "CREATE TRIGGER registrations_search_insert AFTER INSERT ON registrations BEGIN "
        "INSERT INTO registration_search(rowid, search_key) VALUES (new.id, new.search_key); END"
    ),
    "registrations_search_delete": (
        "CREATE TRIGGER registrations_search_delete AFTER DELETE ON registrations BEGIN "
        "INSERT INTO registration_search(registration_search, rowid, search_key) "
        "VALUES ('delete', old.id, old.search_key); END"
    ),
    "registrations_search_update": (
        "CREATE TRIGGER registrations_search_update AFTER UPDATE OF search_key ON registrations "
        "BEGIN INSERT INTO registration_search(registration_search, rowid, search_key) "
        "VALUES ('delete', old.id, old.search_key); "
        "INSERT INTO registration_search(rowid, search_key) VALUES (new.id, new.search_key); END"
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT r.id, r.title, r.given_name, r.family_name, r.email, r.position, "
            "coalesce(o.name, '') FROM registrations r "
            "LEFT JOIN organizations o ON o.id = r.organization_id"
        )
    ).all()
    if rows:
        connection.exec_driver_sql(
            "UPDATE registrations SET search_key = ? WHERE id = ?",
            [(search_fold(" ".join(row[1:])), row[0]) for row in rows],
        )
    op.execute(CREATE_FTS)
    op.execute("INSERT INTO registration_search(registration_search) VALUES ('rebuild')")
    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE registration_search")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_column("search_key")
