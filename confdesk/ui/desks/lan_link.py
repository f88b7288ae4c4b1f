"""The LAN exchange as the window runs it: one :class:`LanSync` for the open file and
event, started when the check-in screen is shown (or the window opens on an event with
desks), stopped when the file closes.

A one-desk event opens no socket: :meth:`LanSync.start` refuses, and nothing else here
touches the network. What other desks changed arrives on LanSync's worker thread; it is
handed to the GUI thread by a queued signal and broadcast once through the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from confdesk import settings
from confdesk.db.database import Database
from confdesk.domain.changes import Changes
from confdesk.domain.events.service import EventData
from confdesk.domain.sync.importing import SyncSummary
from confdesk.domain.sync.lan.lan_sync import LanSync
from confdesk.domain.sync.status import sync_status
from confdesk.errors import UserError
from confdesk.settings import Settings
from confdesk.ui.desks.desk_panel import PeerRow

Broadcast = Callable[[Changes, QObject | None], None]


def local_addresses() -> list[str]:
    """This computer's IPv4 addresses other than loopback (ifaddr comes with zeroconf)."""
    import ifaddr

    found = [
        str(ip.ip)
        for adapter in ifaddr.get_adapters()
        for ip in adapter.ips
        if ip.is_IPv4 and not str(ip.ip).startswith("127.")
    ]
    return sorted(set(found)) or ["127.0.0.1"]


class LanLink(QObject):
    # From LanSync's threads: (generation, Changes) and (generation, SyncSummary).
    _changes_arrived = Signal(int, object)
    _summary_arrived = Signal(int, object)
    # On the GUI thread: an exchange happened (the desk panel reads its rows again).
    peers_changed = Signal()
    # A sentence for the status bar (the exchange could not start).
    status = Signal(str)

    def __init__(
        self, user_settings: Settings, broadcast: Broadcast, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = user_settings
        self._broadcast = broadcast
        self._database: Database | None = None
        self._event: EventData | None = None
        self._sync: LanSync | None = None
        # Bumped on every stop: what a stopped LanSync queued is dropped on arrival.
        self._generation = 0
        queued = Qt.ConnectionType.QueuedConnection
        self._changes_arrived.connect(self._on_changes_arrived, queued)
        self._summary_arrived.connect(self._on_summary_arrived, queued)

    @property
    def running(self) -> bool:
        return self._sync is not None and self._sync.running

    @property
    def sync(self) -> LanSync | None:
        return self._sync

    def set_event(self, database: Database | None, event: EventData | None) -> None:
        """The window's file and event; a different one stops the exchange of the last."""
        same = database is self._database and (
            event is not None and self._event is not None and event.id == self._event.id
        )
        if same:
            return
        self.stop()
        self._database, self._event = database, event
        self.ensure_started()

    def ensure_started(self) -> None:
        """Serve and exchange, when the event has other desks (else: not a socket)."""
        if self.running or self._database is None or self._event is None:
            return
        generation = self._generation
        sync = LanSync(
            self._database,
            self._event.id,
            self._settings.get(settings.DESK_NAME),
            bind=self._settings.get(settings.LAN_BIND),
            discover=self._settings.get(settings.LAN_DISCOVERY),
            on_changes=lambda changes: self._changes_arrived.emit(generation, changes),
            on_summary=lambda summary: self._summary_arrived.emit(generation, summary),
        )
        try:
            started = sync.start()
        except (UserError, OSError) as error:
            sync.stop()
            self.status.emit(
                self.tr("The desks on the network cannot be reached: {reason}").format(
                    reason=str(error)
                )
            )
            return
        self._sync = sync if started else None

    def stop(self) -> None:
        self._generation += 1
        if self._sync is not None:
            self._sync.stop()
            self._sync = None

    def add_peer(self, address: str) -> None:
        """A desk's address typed in (or given by a test); discovery adds its own. A
        malformed address raises the core's UserError."""
        if self._sync is not None:
            self._sync.add_peer(address)

    def own_addresses(self) -> list[str]:
        """Where other desks reach this one ("192.168.1.20:43127"), to type in or scan
        where the network blocks discovery; none while not serving."""
        if self._sync is None or self._sync.address is None:
            return []
        host, port = self._sync.address
        hosts = [host] if host not in ("0.0.0.0", "") else local_addresses()
        return [f"{each}:{port}" for each in hosts]

    def on_changes(self, changes: Changes, source: QObject | None) -> None:
        """A check-in made here goes to the other desks at once."""
        if source is not self and changes.checkins and self._sync is not None:
            self._sync.checked_in()

    def peer_rows(self) -> list[PeerRow]:
        """The desks exchanged with over the network, for the desk panel: the file's
        numbers for the same desk (what is still to reach it), the live address and time."""
        if self._sync is None or self._database is None:
            return []
        known = {peer.desk_name: peer for peer in sync_status(self._database).peers}
        rows = []
        for peer in self._sync.peers():
            if peer.last_exchange_at is None:
                continue  # not reached yet: nothing to say when, nor how far behind
            name = self.tr("{desk} at {address}").format(desk=peer.desk_name, address=peer.address)
            seen = peer.last_exchange_at  # naive UTC, as the file stores moments
            stored = known.get(peer.desk_name)
            if stored is None:
                rows.append(PeerRow(f"lan:{peer.address}", name, seen, 0, 0))
            else:
                rows.append(
                    PeerRow(
                        stored.desk_uuid,
                        name,
                        max(seen, stored.last_contact_at),
                        stored.pending_to_peer,
                        stored.waiting_from_peer,
                    )
                )
        return rows

    def _on_changes_arrived(self, generation: int, changes: Changes) -> None:
        if generation == self._generation and self._sync is not None:
            self._broadcast(changes, self)

    def _on_summary_arrived(self, generation: int, _summary: SyncSummary) -> None:
        if generation == self._generation:
            self.peers_changed.emit()
