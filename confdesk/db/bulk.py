"""Fast bulk inserts for the demo and imports: one ``executemany`` per batch.

Each value is converted by its column type's own bind processor, so it is stored exactly as
the ORM stores it. SQLAlchemy's generic bulk insert spends longer per row building
parameters than SQLite spends inserting. Registrations get their search key here, so no
bulk path can forget it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from confdesk.db.models import Base, Registration
from confdesk.db.search_index import organization_names, registration_search_key


def bulk_insert(session: Session, target: type[Base] | Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = target if isinstance(target, Table) else target.__table__
    connection = session.connection()
    if table is Registration.__table__:
        names_by_id = organization_names(connection, (row.get("organization_id") for row in rows))
        rows = [
            {
                **row,
                "search_key": registration_search_key(
                    row, names_by_id.get(row.get("organization_id") or -1, "")
                ),
            }
            for row in rows
        ]
    names = list(rows[0])
    converters = [
        (index, processor)
        for index, name in enumerate(names)
        if (processor := table.c[name].type.bind_processor(connection.dialect)) is not None
    ]
    quote = connection.dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    parameters = []
    for row in rows:
        values = [row[name] for name in names]
        for index, convert in converters:
            values[index] = convert(values[index])
        parameters.append(tuple(values))
    connection.exec_driver_sql(statement, parameters)
