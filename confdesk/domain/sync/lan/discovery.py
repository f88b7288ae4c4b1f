"""Finding the other desks of the event on the LAN: mDNS/DNS-SD with python-zeroconf.

Each desk announces ``_confdesk._tcp`` with its address, its port and the event's tag
(:func:`~.signing.event_tag`, a hash of the event's UUID — never anything of its key) and
browses for the others; a desk announcing the same tag is handed to ``found`` as
``HOST:PORT``. The tag only saves an exchange that would be refused anyway: whether a desk
is really of the event is settled by the signature of every request.

Zeroconf speaks only on the interface of the address the desk serves on: a desk bound to
one address sends no multicast anywhere else (and tests bind 127.0.0.1 inside a network
namespace of their own). Only a desk bound to 0.0.0.0 — the default at a venue — speaks on
every interface.
"""

from __future__ import annotations

import secrets
import socket
from collections.abc import Callable

from zeroconf import (
    InterfaceChoice,
    IPVersion,
    ServiceBrowser,
    ServiceInfo,
    ServiceStateChange,
    Zeroconf,
    get_all_addresses,
)

SERVICE = "_confdesk._tcp.local."
_ANY = "0.0.0.0"
_LOOKUP_TIMEOUT_MS = 3000


class Discovery:
    """Announces this desk and reports the event's other desks until closed."""

    def __init__(
        self, tag: str, desk_name: str, host: str, port: int, found: Callable[[str], None]
    ) -> None:
        self.tag = tag
        self.found = found
        interfaces = InterfaceChoice.All if host == _ANY else [host]
        addresses = get_all_addresses() if host == _ANY else [host]
        self._zeroconf = Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
        self.name = f"confdesk-{secrets.token_hex(4)}.{SERVICE}"
        self._info = ServiceInfo(
            SERVICE,
            self.name,
            addresses=[socket.inet_aton(address) for address in addresses],
            port=port,
            properties={"event": tag, "desk": desk_name[:60]},
        )
        self._zeroconf.register_service(self._info)
        self._browser = ServiceBrowser(self._zeroconf, SERVICE, handlers=[self._changed])

    def close(self) -> None:
        self._browser.cancel()
        self._zeroconf.unregister_service(self._info)
        self._zeroconf.close()

    def _changed(
        self,
        zeroconf: Zeroconf,
        service_type: str,
        name: str,
        state_change: ServiceStateChange,
    ) -> None:
        if state_change is ServiceStateChange.Removed or name == self.name:
            return
        info = zeroconf.get_service_info(service_type, name, timeout=_LOOKUP_TIMEOUT_MS)
        if info is None or info.port is None:
            return
        if info.properties.get(b"event") != self.tag.encode():
            return
        for address in info.parsed_addresses(IPVersion.V4Only):
            self.found(f"{address}:{info.port}")
