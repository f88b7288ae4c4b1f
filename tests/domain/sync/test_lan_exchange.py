"""Desks exchanging on loopback: what one recorded reaches the other both ways, and a
request of another event, forged, or sent a second time is refused with 403 and changes
nothing."""

from __future__ import annotations

import http.client
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.domain.sync.lan.client import exchange_with
from confdesk.domain.sync.lan.payload import EventKeys, event_keys, sync_bytes
from confdesk.domain.sync.lan.server import PATH, REFUSED, DeskServer, Exchange
from confdesk.domain.sync.lan.signing import event_tag, lan_key, sign
from confdesk.errors import UserError
from tests.domain.sync.venue import EVENT_ID, Venue, checkin_uuids, rows


@pytest.fixture
def served(venue: Venue) -> Iterator[tuple[DeskServer, list[Exchange]]]:
    seen: list[Exchange] = []
    server = DeskServer(
        venue.desks[1], event_keys(venue.desks[1], EVENT_ID), "Desk 2", "127.0.0.1", 0,
        seen.append,
    )  # fmt: skip
    server.start()
    yield server, seen
    server.stop()


def _address(server: DeskServer) -> str:
    return "{}:{}".format(*server.address)


def _send(
    server: DeskServer, method: str, body: bytes, headers: dict[str, str]
) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(*server.address, timeout=10)
    try:
        connection.request(method, PATH, body=body or None, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_an_exchange_carries_check_ins_both_ways(
    venue: Venue, served: tuple[DeskServer, list[Exchange]]
) -> None:
    server, seen = served
    people = venue.people
    venue.check_in(0, people[0])
    venue.check_in(1, people[1])
    keys = event_keys(venue.desks[0], EVENT_ID)

    done = exchange_with(venue.desks[0], keys, "Desk 1", _address(server))

    assert done.checkins_sent == 1
    assert done.received.new_checkins == 1
    assert checkin_uuids(venue.desks[0]) == checkin_uuids(venue.desks[1])
    assert len(checkin_uuids(venue.desks[0])) == 2
    assert [(e.sent, e.refused) for e in seen] == [(False, False), (True, False)]
    # An exchange is not a USB export: the desk's last export stays unset.
    assert rows(venue.desks[0], "SELECT last_export_at FROM this_desk") == [(None,)]


def _state(venue: Venue) -> list[object]:
    desk = venue.desks[1]
    return [
        checkin_uuids(desk),
        rows(desk, "SELECT * FROM sync_peers"),
        rows(desk, "SELECT * FROM registrations"),
        rows(desk, "SELECT * FROM this_desk"),
    ]


def _other_event(keys: EventKeys) -> EventKeys:
    other = "00000000-0000-4000-8000-000000000000"
    return EventKeys(keys.event_id, other, lan_key(b"another key", other), event_tag(other))


@pytest.mark.parametrize("kind", ["other event", "forged", "wrong key", "replayed", "altered"])
def test_a_request_not_of_this_event_or_sent_twice_is_refused_and_changes_nothing(
    venue: Venue, served: tuple[DeskServer, list[Exchange]], kind: str
) -> None:
    server, seen = served
    venue.check_in(0, venue.people[0])
    keys = event_keys(venue.desks[0], EVENT_ID)
    body = sync_bytes(venue.desks[0], EVENT_ID, "Desk 1").data
    if kind == "replayed":
        headers = sign(keys.key, keys.tag, "POST", PATH, body)
        assert _send(server, "POST", body, headers)[0] == 200
        venue.check_in(1, venue.people[1])
    before = _state(venue)

    if kind == "other event":
        other = _other_event(keys)
        headers = sign(other.key, other.tag, "POST", PATH, body)
    elif kind == "forged":
        headers = sign(keys.key, keys.tag, "POST", PATH, body)
        headers["X-Confdesk-Signature"] = "0" * 64
    elif kind == "wrong key":
        headers = sign(b"k" * 32, keys.tag, "POST", PATH, body)
    elif kind == "altered":
        headers = sign(keys.key, keys.tag, "POST", PATH, body)
        body = body[:-1] + bytes([body[-1] ^ 1])
    status, answer = _send(server, "POST", body, headers)

    assert status == 403
    assert json.loads(answer) == {"error": REFUSED}
    assert _state(venue) == before
    assert seen[-1].refused


def test_a_desk_of_another_event_is_told_in_one_sentence(
    venue: Venue, served: tuple[DeskServer, list[Exchange]]
) -> None:
    server, _seen = served
    before = _state(venue)
    other = _other_event(event_keys(venue.desks[0], EVENT_ID))
    with pytest.raises(UserError) as refused:
        exchange_with(venue.desks[0], other, "Desk 1", _address(server))
    assert refused.value.code == "lan_refused_by_peer"
    assert _state(venue) == before


def test_a_desk_that_does_not_answer_is_named(venue: Venue) -> None:
    keys = event_keys(venue.desks[0], EVENT_ID)
    with pytest.raises(UserError) as unreachable:
        # Port 1 on loopback: nothing listens there.
        exchange_with(venue.desks[0], keys, "Desk 1", "127.0.0.1:1", timeout=5)
    assert unreachable.value.code == "lan_unreachable"


def test_after_a_first_exchange_only_what_is_new_travels(
    venue: Venue, served: tuple[DeskServer, list[Exchange]], tmp_path: Path
) -> None:
    server, _seen = served
    people = venue.people
    venue.check_in(0, people[0])
    venue.check_in(1, people[1])
    keys = event_keys(venue.desks[0], EVENT_ID)
    sent_before = checkin_uuids(venue.desks[0])
    first = exchange_with(venue.desks[0], keys, "Desk 1", _address(server))
    assert first.mine_merged_there is not None and first.theirs_merged_here is not None

    venue.check_in(0, people[2])
    venue.check_in(1, people[3])
    partial = sync_bytes(venue.desks[0], EVENT_ID, "Desk 1", first.mine_merged_there)
    copy = tmp_path / "partial.sync"
    copy.write_bytes(partial.data)
    with closing(sqlite3.connect(copy)) as connection:
        carried = {row[0] for row in connection.execute("SELECT uuid FROM checkins")}
    # The new check-in, and the peer's own merged here after the marks (harmless, by UUID);
    # not what the peer acknowledged.
    assert len(carried) == 2 and not carried & sent_before
    second = exchange_with(
        venue.desks[0], keys, "Desk 1", _address(server),
        mine_since=first.mine_merged_there, theirs_since=first.theirs_merged_here,
    )  # fmt: skip

    assert (second.checkins_sent, second.received.new_checkins) == (1, 1)
    assert checkin_uuids(venue.desks[0]) == checkin_uuids(venue.desks[1])
    assert len(checkin_uuids(venue.desks[0])) == 4
