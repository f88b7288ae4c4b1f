"""This file as a desk: its UUID and its clock (the table ``this_desk``, one row)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from confdesk.domain.sync.clock import HybridClock, Stamp

_READ = "SELECT uuid, clock_wall_ms, clock_counter FROM this_desk WHERE id = 1"
_WRITE_CLOCK = "UPDATE this_desk SET clock_wall_ms = ?, clock_counter = ? WHERE id = 1"


@dataclass(frozen=True)
class DeskClock:
    uuid: str
    clock: HybridClock


def read_this_desk(connection: Connection) -> DeskClock:
    row = connection.exec_driver_sql(_READ).one()
    return DeskClock(row[0], HybridClock(row[1], row[2], row[0]))


def move_clock_past(connection: Connection, seen: list[Stamp]) -> None:
    """After merging edits of other desks: the next edit here is later than all of them."""
    if not seen:
        return
    clock = read_this_desk(connection).clock
    clock.receive(max(seen))
    connection.exec_driver_sql(_WRITE_CLOCK, (clock.wall_ms, clock.counter))
