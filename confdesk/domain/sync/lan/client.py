"""One exchange with a peer desk, both ways: send what this desk has, then fetch and merge
what the peer has. Each merge is whole or nothing, so an exchange cut off half-way (the
peer killed, the Wi-Fi gone) leaves both files as they were or with one side merged, and
the next exchange carries the rest."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from urllib.parse import urlencode

from confdesk.db.database import Database
from confdesk.domain.sync.exporting import Marks
from confdesk.domain.sync.importing import SyncSummary
from confdesk.domain.sync.lan.payload import MAX_BODY, EventKeys, merge_bytes, sync_bytes
from confdesk.domain.sync.lan.server import PATH
from confdesk.domain.sync.lan.signing import sign
from confdesk.errors import UserError

TIMEOUT_S = 10.0


@dataclass(frozen=True)
class PeerExchange:
    peer: str
    # How many of this desk's check-ins were new to the peer.
    checkins_sent: int
    # What the peer's records brought here.
    received: SyncSummary
    # How far each side's file had come, for the next exchange to send only what is newer;
    # None where something was held back (it must travel again).
    mine_merged_there: Marks | None = None
    theirs_merged_here: Marks | None = None


def parse_peer(text: str, *, any_port: bool = False) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) as host and port, or a UserError.
    ``any_port``: port 0 (to serve on any free port) is allowed."""
    host, _, port = text.rpartition(":")
    host = host.strip("[]")
    lowest = 0 if any_port else 1
    if not host or not port.isdigit() or not lowest <= int(port) < 65536:
        raise UserError(
            f"{text} is not a desk's address; write it as HOST:PORT, e.g. 192.168.1.20:8765.",
            code="lan_bad_address",
            address=text,
        )
    return host, int(port)


def exchange_with(
    database: Database,
    keys: EventKeys,
    desk_name: str,
    peer: str,
    timeout: float = TIMEOUT_S,
    *,
    mine_since: Marks | None = None,
    theirs_since: Marks | None = None,
) -> PeerExchange:
    """Push this desk's records to ``peer`` (HOST:PORT), then pull and merge the peer's.

    ``mine_since`` / ``theirs_since``: marks of a previous exchange; only what is newer
    travels (None: everything)."""
    host, port = parse_peer(peer)
    mine = sync_bytes(database, keys.event_id, desk_name, mine_since)
    answer = _request(keys, host, port, "POST", PATH, mine.data, timeout, peer)
    try:
        told = json.loads(answer)
        sent, held_there = int(told["new_checkins"]), int(told["held_back"])
    except (ValueError, KeyError, TypeError):
        raise _unreachable(peer, "an answer that is not a desk's") from None
    path = PATH if theirs_since is None else f"{PATH}?{urlencode({'since': theirs_since.text})}"
    theirs = _request(keys, host, port, "GET", path, b"", timeout, peer)
    received = merge_bytes(database, theirs)
    return PeerExchange(
        peer,
        sent,
        received,
        mine_merged_there=mine.marks if not held_there else None,
        theirs_merged_here=(Marks.parse(received.sender_marks) if not received.held_back else None),
    )


def _request(
    keys: EventKeys,
    host: str,
    port: int,
    method: str,
    path: str,
    body: bytes,
    timeout: float,
    peer: str,
) -> bytes:
    headers = sign(keys.key, keys.tag, method, path, body)
    if method == "POST":
        headers["Content-Type"] = "application/vnd.sqlite3"
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request(method, path, body=body if method == "POST" else None, headers=headers)
        response = connection.getresponse()
        data = response.read(MAX_BODY + 1)
    except (OSError, http.client.HTTPException) as error:
        raise _unreachable(peer, str(error) or type(error).__name__) from None
    finally:
        connection.close()
    if response.status == 403:
        raise UserError(
            f"The desk at {peer} refused this desk: it is a desk of another event, or it "
            "does not hold this event's key. Nothing was exchanged.",
            code="lan_refused_by_peer",
            address=peer,
        )
    if response.status == 422:
        # The peer could not merge what this desk sent; its sentence says why.
        try:
            reason = str(json.loads(data)["error"])
        except (ValueError, KeyError, TypeError):
            reason = "HTTP 422"
        raise _unreachable(peer, reason)
    if response.status != 200 or len(data) > MAX_BODY:
        raise _unreachable(peer, f"HTTP {response.status}")
    return data


def _unreachable(peer: str, reason: str) -> UserError:
    return UserError(
        f"No exchange with the desk at {peer} ({reason}); its records come with the next exchange.",
        code="lan_unreachable",
        address=peer,
        reason=reason,
    )
