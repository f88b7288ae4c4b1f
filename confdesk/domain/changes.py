"""What a write changed, so that every screen can decide for itself whether to refresh
(Anki's "OpChanges").

Every domain operation that writes says what it changed in the value it returns: a result
dataclass carries a ``changes`` field (keyword-only, so existing constructors keep
working, and left out of comparisons, so a value read equals the same value written), and
a write with nothing else to return returns its :class:`Changes`. A value read rather than written
carries :data:`NOTHING`. The window broadcasts the changes of each operation once; the
command line ignores them.

A flag may say more than changed (a refresh too many costs little), never less (a screen
left out of date is the bug this value exists to prevent).
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    # The event's details, its rooms, its logo.
    event: bool = False
    # Registrations: names, statuses, categories, new and merged ones.
    registrations: bool = False
    # The organizations and topics people and sessions are filed under.
    organizations: bool = False
    topics: bool = False
    # The agenda: sessions, their times, rooms, rounds and capacities.
    agenda: bool = False
    # Who is signed up for which session, and the waiting lists.
    signups: bool = False
    # Check-ins and check-outs, at the entrance and at session doors.
    checkins: bool = False
    # Print records of badges and certificates.
    prints: bool = False
    # This desk's own name and scanner (kept in the settings, not in the file): written by
    # the window, never by the domain, but told to every screen the same way.
    desk: bool = False

    def merged(self, other: Changes) -> Changes:
        """What this write and ``other`` changed together."""
        return Changes(
            **{
                each.name: getattr(self, each.name) or getattr(other, each.name)
                for each in fields(self)
            }
        )

    def __or__(self, other: Changes) -> Changes:
        return self.merged(other)

    def __bool__(self) -> bool:
        return any(getattr(self, each.name) for each in fields(self))


NOTHING = Changes()
EVERYTHING = Changes(**{each.name: True for each in fields(Changes)})
