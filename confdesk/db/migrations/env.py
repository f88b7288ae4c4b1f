"""Alembic environment: always runs on a connection handed in by confdesk.db.migrate."""

from alembic import context

from confdesk.db.models import Base
from confdesk.db.search_index import is_search_index_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds tables instead.
    render_as_batch=True,
    # The FTS5 index and its shadow tables are made by hand in the migrations.
    include_name=lambda name, type_, _parents: (
        not (type_ == "table" and is_search_index_name(name))
    ),
)
with context.begin_transaction():
    context.run_migrations()
