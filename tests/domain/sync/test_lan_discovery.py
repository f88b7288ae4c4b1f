"""Desks of one event find each other by mDNS/DNS-SD, and a desk of another event is not
taken for one of them. Multicast must never reach the machine's real network: the desks
run in a network namespace of their own (``unshare -n``) where only loopback exists; where
the machine does not allow one (not root, no unshare), the test is skipped — the exchange
itself is tested with explicit peers in test_lan_exchange.py."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("lan_discovery_script.py")
# Loopback up, able to carry multicast, and the mDNS group routed to it.
_LOOPBACK_ONLY = (
    "ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo"
)


def _namespace_possible() -> bool:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-n", "sh", "-c", _LOOPBACK_ONLY], capture_output=True, check=False
    )
    return probe.returncode == 0


@pytest.mark.skipif(
    not _namespace_possible(), reason="no network namespace here (needs root and unshare)"
)
def test_desks_of_one_event_find_each_other_and_not_another_event() -> None:
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", f'{_LOOPBACK_ONLY} && exec "$0" "$1"',
         sys.executable, str(SCRIPT)],
        capture_output=True, text=True, check=False, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {"one": ["127.0.0.1:2222"], "two": ["127.0.0.1:1111"], "other": []}
