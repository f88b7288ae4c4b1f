"""A desk answering the other desks of its event: ``GET /sync`` gives what it has,
``POST /sync`` merges what a peer sends; ``GET /sync?since=MARKS`` gives only what is newer
than marks of this desk's file the peer was given before. Anything not signed for this
event, or sent a second time, gets 403 with one sentence and changes nothing.

Merges are one at a time (a lock): two peers pushing at once would otherwise wait on the
file's write lock in turn anyway, and the lock keeps the order easy to read in the log.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from confdesk.db.database import Database
from confdesk.domain.sync.exporting import Marks
from confdesk.domain.sync.importing import SyncSummary
from confdesk.domain.sync.lan.payload import MAX_BODY, EventKeys, merge_bytes, sync_bytes
from confdesk.domain.sync.lan.signing import NonceCache, accepted
from confdesk.errors import UserError

PATH = "/sync"
REFUSED = (
    "Refused: the request is not from a desk of this event, or it was forged or sent "
    "before; nothing was changed."
)
# Errors of a received sync file that mean "not of this event / not sealed": refused.
_REFUSED_FILE_CODES = {"sync_file_other_event", "sync_file_altered", "sync_file_unreadable"}


@dataclass(frozen=True)
class Exchange:
    """One request served: a peer fetched this desk's records, or sent its own."""

    peer_address: str
    sent: bool  # this desk sent its records (a GET)
    summary: SyncSummary | None  # what a POST brought
    refused: bool = False


class DeskServer:
    """Serves one event of one open database on ``host:port`` (port 0: any free one)."""

    def __init__(
        self,
        database: Database,
        keys: EventKeys,
        desk_name: str,
        host: str,
        port: int,
        on_exchange: Callable[[Exchange], None] = lambda _exchange: None,
    ) -> None:
        self.database = database
        self.keys = keys
        self.desk_name = desk_name
        self.on_exchange = on_exchange
        self.nonces = NonceCache()
        self.merging = threading.Lock()
        self._http = ThreadingHTTPServer((host, port), _handler_for(self))
        self._http.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._http.server_address[:2]
        return str(host), int(port)

    def serve_forever(self) -> None:
        self._http.serve_forever(poll_interval=0.2)

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, name="desk-server", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop a server started with :meth:`start`."""
        if self._thread is not None:
            self._http.shutdown()
            self._thread.join()
            self._thread = None
        self.close()

    def close(self) -> None:
        self._http.server_close()


def _handler_for(server: DeskServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # the name http.server calls
            if not self._authentic(b""):
                return
            query = parse_qs(urlsplit(self.path).query)
            since = Marks.parse(query["since"][0]) if "since" in query else None
            payload = sync_bytes(server.database, server.keys.event_id, server.desk_name, since)
            # Told before the answer goes out, so whoever gets the answer finds it told.
            server.on_exchange(Exchange(self.client_address[0], sent=True, summary=None))
            self._reply(200, payload.data, "application/vnd.sqlite3")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length < 0 or length > MAX_BODY:
                self._refuse()
                return
            body = self.rfile.read(length)
            if not self._authentic(body):
                return
            try:
                with server.merging:
                    summary = merge_bytes(server.database, body)
            except UserError as error:
                if error.code in _REFUSED_FILE_CODES:
                    self._refuse()
                else:
                    # Of this event, but not mergeable here (a newer confdesk wrote it):
                    # said to the peer, not a traceback on this desk's terminal.
                    self._reply(422, json.dumps({"error": str(error)}).encode(), "application/json")
                return
            answer = {"new_checkins": summary.new_checkins, "held_back": summary.held_back}
            server.on_exchange(Exchange(self.client_address[0], sent=False, summary=summary))
            self._reply(200, json.dumps(answer).encode(), "application/json")

        def _authentic(self, body: bytes) -> bool:
            headers = {name: value for name, value in self.headers.items()}
            if urlsplit(self.path).path == PATH and accepted(
                server.keys.key,
                server.keys.tag,
                server.nonces,
                self.command,
                self.path,
                body,
                headers,
            ):
                return True
            self._refuse()
            return False

        def _refuse(self) -> None:
            server.on_exchange(
                Exchange(self.client_address[0], sent=False, summary=None, refused=True)
            )
            self._reply(403, json.dumps({"error": REFUSED}).encode(), "application/json")

        def _reply(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            # The caller says one line per exchange through on_exchange.
            return

    return Handler
