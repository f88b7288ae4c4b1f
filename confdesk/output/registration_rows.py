"""Reading the registrations a print run names by id, in chunks, in the order named."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row

from confdesk.errors import UserError

# Ids per query: well below SQLite's limit of bound variables.
_IDS_PER_QUERY = 500


def registration_rows(
    connection: Connection, select: str, event_id: int, registration_ids: Sequence[int]
) -> list[Row[*tuple[Any, ...]]]:  # rows of any width (SQLAlchemy 2.1's Row)
    """The rows of ``select`` for the ids given, each once, in the order first named.

    ``select`` reads ``registrations r``, ends with ``WHERE r.event_id = ?`` (and a space)
    and has ``r.id`` as its first column; ``AND r.id IN (…)`` is added. An id that is not
    a registration of the event is a :class:`UserError`."""
    wanted = list(dict.fromkeys(registration_ids))
    found = {}
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[start : start + _IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        for row in connection.exec_driver_sql(
            select + f"AND r.id IN ({marks})", (event_id, *chunk)
        ):
            found[row[0]] = row
    missing = [rid for rid in wanted if rid not in found]
    if missing:
        raise UserError(
            f"There is no registration with id {missing[0]} in this event.",
            code="no_such_registration",
            registration_id=missing[0],
        )
    return [found[rid] for rid in wanted]
