"""Fast bulk inserts for the demo and imports: a few hundred rows per INSERT statement.

Each value is converted by its column type's own bind processor, so it is stored exactly as
the ORM stores it. SQLAlchemy's generic bulk insert spends longer per row building
parameters than SQLite spends inserting. Registrations get their search key here, so no
bulk path can forget it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import DateTime, Dialect, Table, func, select
from sqlalchemy.orm import Session

from confdesk.db.models import Base, Registration
from confdesk.db.search_index import (
    organization_names,
    registration_search_key,
    registration_sort_name,
)

_ROWS_PER_STATEMENT = 500


def _converters(
    table: Table, names: list[str], dialect: Dialect
) -> list[tuple[int, Callable[[Any], Any]]]:
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(names):
        column_type = table.c[name].type
        # The dialect's own type, as the ORM uses it: SQLite's DateTime writes every
        # timestamp with its microseconds, the generic one leaves that to the driver,
        # which drops ".000000".
        convert: Callable[[Any], Any] | None
        convert = column_type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            if isinstance(column_type, DateTime):
                convert = _once_per_value(convert)
            found.append((index, convert))
    return found


def _once_per_value(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert``, called once per distinct value: a bulk insert gives most rows the same
    moment as their created_at and updated_at."""
    converted: dict[Any, Any] = {}

    def once(value: Any) -> Any:
        found = converted.get(value)
        if found is None:
            found = converted[value] = convert(value)
        return found

    return once


def new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs, as :func:`confdesk.db.models.new_uuid` writes
    them, from one read of the system's random source instead of one per row: uuid4()
    and str() per row took a tenth of an import's Python time (cProfile, issue 20)."""
    random = bytearray(os.urandom(16 * count))
    random[6::16] = bytes(byte & 0x0F | 0x40 for byte in random[6::16])  # version 4
    random[8::16] = bytes(byte & 0x3F | 0x80 for byte in random[8::16])  # RFC 4122 variant
    digits = random.hex()
    return [
        f"{digits[start : start + 8]}-{digits[start + 8 : start + 12]}-"
        f"{digits[start + 12 : start + 16]}-{digits[start + 16 : start + 20]}-"
        f"{digits[start + 20 : start + 32]}"
        for start in range(0, 32 * count, 32)
    ]


def next_id(session: Session, model: type[Base]) -> int:
    """The id after the largest in ``model``'s table (1 when empty): bulk inserts give
    their rows explicit ids so that rows can refer to each other before they are written."""
    table = model.__table__
    return int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1


def bulk_insert(session: Session, target: type[Base] | Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = target if isinstance(target, Table) else target.__table__
    connection = session.connection()
    names = list(rows[0])
    derived: Callable[[dict[str, Any]], tuple[str, ...]] | None = None
    if table is Registration.__table__:
        names_by_id = organization_names(connection, (row.get("organization_id") for row in rows))

        def derived(row: dict[str, Any]) -> tuple[str, ...]:
            organization = names_by_id.get(row.get("organization_id") or -1, "")
            return registration_search_key(row, organization), registration_sort_name(row)

        # Appended to each row's values, not merged into a copy of each row's dict.
        names += ["search_key", "sort_name"]
    converters = _converters(table, names, connection.dialect)
    quote = connection.dialect.identifier_preparer.quote
    prefix = f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) VALUES "
    row_marks = f"({', '.join('?' for _ in names)})"
    parameters: list[Any] = []
    given = names[: len(rows[0])]
    for row in rows:
        values = list(map(row.__getitem__, given))  # a loop in C, not one per column
        if derived is not None:
            values.extend(derived(row))
        for index, convert in converters:
            values[index] = convert(values[index])
        parameters.extend(values)
    # Many rows per statement: FTS5 flushes its pending index data at the end of every
    # statement, so one registration per statement (executemany) costs about four times
    # as much as a few hundred per statement.
    # The pool's connection is sqlite3's; SQLAlchemy types it as any DBAPI's, or None.
    most_parameters = connection.connection.dbapi_connection.getlimit(  # type: ignore[union-attr]
        sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER
    )
    per_statement = max(1, min(_ROWS_PER_STATEMENT, most_parameters // len(names)))
    width = len(names)
    for start in range(0, len(rows), per_statement):
        count = min(per_statement, len(rows) - start)
        connection.exec_driver_sql(
            prefix + ", ".join([row_marks] * count),
            tuple(parameters[start * width : (start + count) * width]),
        )
