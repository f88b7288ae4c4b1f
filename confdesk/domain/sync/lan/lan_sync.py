"""The LAN exchange as the check-in screen runs it: started with the screen, stopped with
it, without Qt.

While running, the desk answers its peers (:class:`~.server.DeskServer`), announces itself
and looks for the event's other desks (:mod:`.discovery`, when asked for), and exchanges
with every peer it knows: at once after each check-in here (:meth:`LanSync.checked_in`)
and every :attr:`pull_every_s` seconds otherwise. What another desk's records changed here
is reported through ``on_changes`` — from a worker thread: a window hands it to its own
thread. An event without other desks (no desk copy made, no sync file merged) opens no
socket at all: :meth:`LanSync.start` returns False.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from confdesk.db.database import Database
from confdesk.db.models import utc_now
from confdesk.domain.changes import Changes
from confdesk.domain.sync.exporting import Marks
from confdesk.domain.sync.importing import SyncSummary
from confdesk.domain.sync.lan.client import exchange_with, parse_peer
from confdesk.domain.sync.lan.payload import event_keys
from confdesk.domain.sync.lan.server import DeskServer, Exchange
from confdesk.errors import UserError

if TYPE_CHECKING:
    from confdesk.domain.sync.lan.discovery import Discovery

_HAS_DESKS = "SELECT EXISTS (SELECT 1 FROM sync_peers)"
PULL_EVERY_S = 15.0


def event_has_desks(database: Database) -> bool:
    """Whether this file has ever met another desk (a desk copy, a merged sync file)."""
    with database.engine.connect() as connection:
        return bool(connection.exec_driver_sql(_HAS_DESKS).scalar())


@dataclass(frozen=True)
class PeerSeen:
    """A desk this one exchanges with, as the desk panel shows it."""

    address: str
    desk_name: str = ""
    last_exchange_at: datetime | None = None  # UTC
    # Why the last try failed; empty after a good exchange.
    problem: str = ""
    # How far each side's file had come at the last exchange: the next one after a
    # check-in sends only what is newer. None: everything travels.
    mine_there: Marks | None = None
    theirs_here: Marks | None = None


class LanSync:
    def __init__(
        self,
        database: Database,
        event_id: int,
        desk_name: str,
        *,
        bind: str,
        peers: Iterable[str] = (),
        on_changes: Callable[[Changes], None] = lambda _changes: None,
        on_summary: Callable[[SyncSummary], None] = lambda _summary: None,
        discover: bool = False,
        pull_every_s: float = PULL_EVERY_S,
    ) -> None:
        self.database = database
        self.event_id = event_id
        self.desk_name = desk_name
        self.bind = parse_peer(bind, any_port=True)
        self.pull_every_s = pull_every_s
        self.on_changes = on_changes
        self.on_summary = on_summary
        self.discover = discover
        self._peers: dict[str, PeerSeen] = {}
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._server: DeskServer | None = None
        self._worker: threading.Thread | None = None
        self._discovery: Discovery | None = None
        for peer in peers:
            self.add_peer(peer)

    @property
    def address(self) -> tuple[str, int] | None:
        """Where this desk answers, once started."""
        return self._server.address if self._server is not None else None

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(self) -> bool:
        """Serve and exchange; False (and no socket opened) for an event without desks."""
        if self.running or not event_has_desks(self.database):
            return False
        keys = event_keys(self.database, self.event_id)
        self._server = DeskServer(
            self.database, keys, self.desk_name, *self.bind, on_exchange=self._served
        )
        self._server.start()
        if self.discover:
            from confdesk.domain.sync.lan.discovery import Discovery

            self._discovery = Discovery(keys.tag, self.desk_name, *self._server.address,
                                        found=self.add_peer)  # fmt: skip
        self._stopping.clear()
        self._worker = threading.Thread(target=self._run, name="lan-sync", daemon=True)
        self._worker.start()
        return True

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        if self._discovery is not None:
            self._discovery.close()
            self._discovery = None
        if self._server is not None:
            self._server.stop()
            self._server = None

    def add_peer(self, address: str) -> None:
        """A desk to exchange with (typed in, or found by discovery)."""
        parse_peer(address)
        with self._lock:
            self._peers.setdefault(address, PeerSeen(address))
        self._wake.set()

    def checked_in(self) -> None:
        """A check-in was made here: exchange with every peer now."""
        self._wake.set()

    def exchange_now(self) -> None:
        self._wake.set()

    def peers(self) -> list[PeerSeen]:
        with self._lock:
            return sorted(self._peers.values(), key=lambda peer: peer.address)

    def _run(self) -> None:
        while not self._stopping.is_set():
            # Woken by a check-in: only what is new travels. The periodic exchange carries
            # everything, so what a partial one cannot see (an edit merged here from a
            # third desk with an older clock stamp) still arrives.
            woken = self._wake.wait(self.pull_every_s)
            self._wake.clear()
            if self._stopping.is_set():
                return
            for peer in self.peers():
                if self._stopping.is_set():
                    return
                self._exchange(peer, whole=not woken)

    def _exchange(self, peer: PeerSeen, *, whole: bool) -> None:
        try:
            keys = event_keys(self.database, self.event_id)
            done = exchange_with(
                self.database, keys, self.desk_name, peer.address,
                mine_since=None if whole else peer.mine_there,
                theirs_since=None if whole else peer.theirs_here,
            )  # fmt: skip
        except UserError as error:
            self._note(replace(peer, problem=str(error), mine_there=None, theirs_here=None))
            return
        self._note(
            replace(peer, desk_name=done.received.from_desk, last_exchange_at=utc_now(),
                    problem="", mine_there=done.mine_merged_there,
                    theirs_here=done.theirs_merged_here)
        )  # fmt: skip
        self._report(done.received)

    def _served(self, exchange: Exchange) -> None:
        if exchange.summary is not None:
            self._report(exchange.summary)

    def _report(self, summary: SyncSummary) -> None:
        self.on_summary(summary)
        if summary.changes:
            self.on_changes(summary.changes)

    def _note(self, peer: PeerSeen) -> None:
        with self._lock:
            self._peers[peer.address] = peer
