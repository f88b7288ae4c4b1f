"""Alembic environment: always runs on a connection handed in by confdesk.db.migrate."""

from alembic import context

from confdesk.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds tables instead.
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
