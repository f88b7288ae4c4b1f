"""Run inside a network namespace holding only loopback (see test_lan_discovery.py): three
desks announce themselves, two of one event; prints what each found, as JSON."""

from __future__ import annotations

import json
import time

from confdesk.domain.sync.lan.discovery import Discovery

LIMIT_S = 60

found: dict[str, set[str]] = {"one": set(), "two": set(), "other": set()}
desks = [
    Discovery("tag-of-event", "Desk 1", "127.0.0.1", 1111, found["one"].add),
    Discovery("tag-of-event", "Desk 2", "127.0.0.1", 2222, found["two"].add),
    Discovery("tag-of-another", "Other", "127.0.0.1", 3333, found["other"].add),
]
deadline = time.monotonic() + LIMIT_S
while time.monotonic() < deadline and not (found["one"] and found["two"]):
    time.sleep(0.05)  # polling the condition, with a generous limit
for desk in desks:
    desk.close()
print(json.dumps({name: sorted(addresses) for name, addresses in found.items()}))
