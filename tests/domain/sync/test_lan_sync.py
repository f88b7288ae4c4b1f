"""The running LAN exchange the check-in screen starts: a check-in at one desk reaches the
other without anyone asking, the other hears what changed, and an event without other
desks opens no socket."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.domain.changes import Changes
from confdesk.domain.sync.lan.lan_sync import LanSync
from tests.domain.sync.venue import EVENT_ID, Venue, checkin_uuids

# Only against a hang: every exchange wakes the waiting test, whatever the machine's speed.
LIMIT_S = 120
# Notified after every exchange either desk takes part in (LanSync reports each one).
_exchanged = threading.Condition()


def _heard(_summary: object) -> None:
    with _exchanged:
        _exchanged.notify_all()


def _wait_for(condition: Callable[[], bool]) -> None:
    with _exchanged:
        assert _exchanged.wait_for(condition, timeout=LIMIT_S), "no exchange brought it"


@pytest.fixture
def running(venue: Venue) -> Iterator[tuple[list[LanSync], list[list[Changes]]]]:
    heard: list[list[Changes]] = [[], []]
    syncs = [
        # Pulls rarely: what arrives here arrives by the push after a check-in.
        LanSync(venue.desks[desk], EVENT_ID, f"Desk {desk + 1}", bind="127.0.0.1:0",
                on_changes=lambda changes, desk=desk: _heard(heard[desk].append(changes)),
                on_summary=_heard, pull_every_s=3600)
        for desk in (0, 1)
    ]  # fmt: skip
    for sync in syncs:
        assert sync.start()
    for sync, other in ((syncs[0], syncs[1]), (syncs[1], syncs[0])):
        assert other.address is not None
        sync.add_peer("{}:{}".format(*other.address))
    yield syncs, heard
    for sync in syncs:
        sync.stop()


def test_a_check_in_reaches_the_other_desk_at_once(
    venue: Venue, running: tuple[list[LanSync], list[list[Changes]]]
) -> None:
    syncs, heard = running
    venue.check_in(0, venue.people[0])
    syncs[0].checked_in()

    _wait_for(lambda: checkin_uuids(venue.desks[1]) == checkin_uuids(venue.desks[0]))
    _wait_for(lambda: any(changes.checkins for changes in heard[1]))
    assert len(checkin_uuids(venue.desks[1])) == 1

    venue.check_in(1, venue.people[1])
    syncs[1].checked_in()
    _wait_for(lambda: len(checkin_uuids(venue.desks[0])) == 2)
    _wait_for(lambda: all(peer.last_exchange_at for peer in syncs[1].peers()))
    assert [peer.desk_name for peer in syncs[1].peers()] == ["Desk 1"]


def test_an_event_without_desks_opens_no_socket(demo_copy: Callable[..., Path]) -> None:
    database = open_database(demo_copy(5, 1, "alone.sqlite"), backup_on_open=False)
    try:
        sync = LanSync(database, EVENT_ID, "Desk 1", bind="127.0.0.1:0", discover=True)
        assert not sync.start()
        assert sync.address is None and not sync.running
        sync.stop()
    finally:
        database.close()
