"""Hybrid logical clocks: which of two edits made at two desks is the later one.

A stamp is (wall time in ms, counter, desk UUID). A desk's clock never goes back: when the
computer's clock reads earlier than the last stamp (it was corrected, or another desk's
clock runs ahead), the stamp keeps the wall time it had and raises the counter. Receiving a
stamp from another desk moves the clock past it, so an edit made here after seeing another
desk's edit is later than it even when this computer's clock is behind; desks with wrong
clocks still agree which edit wins. The desk UUID breaks ties, so no two stamps are equal.

Stamps are stored as text whose order is the clock order:
``WWWWWWWWWWWWWWW.CCCCCCCCCC.desk-uuid`` (15 and 10 digits). The trigger of migration 0012
ticks the same clock in SQL for every edit of a registration; :class:`HybridClock` is the
same rule in Python, used when a sync file arrives.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Self

WALL_DIGITS = 15
COUNTER_DIGITS = 10


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    desk: str

    @property
    def text(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.desk}"

    @classmethod
    def parse(cls, text: str) -> Self | None:
        """The stamp written as ``text``; None for '' (never stamped) or anything else."""
        wall, dot, rest = text.partition(".")
        counter, dot2, desk = rest.partition(".")
        if not (dot and dot2 and wall.isdigit() and counter.isdigit() and desk):
            return None
        return cls(int(wall), int(counter), desk)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class HybridClock:
    """One desk's clock: the last stamp it gave or saw."""

    wall_ms: int
    counter: int
    desk: str

    def tick(self, now_ms: int | None = None) -> Stamp:
        """A stamp for an edit made here now, later than every stamp before it."""
        now = wall_clock_ms() if now_ms is None else now_ms
        if now > self.wall_ms:
            self.wall_ms, self.counter = now, 0
        else:
            self.counter += 1
        return Stamp(self.wall_ms, self.counter, self.desk)

    def now_stamp(self) -> Stamp:
        """The last stamp given or seen, without ticking."""
        return Stamp(self.wall_ms, self.counter, self.desk)

    def receive(self, seen: Stamp, now_ms: int | None = None) -> None:
        """Move past a stamp seen from another desk, so the next tick is later than it."""
        now = wall_clock_ms() if now_ms is None else now_ms
        wall = max(self.wall_ms, seen.wall_ms, now)
        if wall == self.wall_ms == seen.wall_ms:
            self.counter = max(self.counter, seen.counter) + 1
        elif wall == self.wall_ms:
            self.counter += 1
        elif wall == seen.wall_ms:
            self.counter = seen.counter + 1
        else:
            self.counter = 0
        self.wall_ms = wall
