"""Two desks in two network namespaces of the test's own, joined by a virtual cable
(veth): desk 2 serves in one, desk 1 exchanges from the other; the cable is cut (the
exchange fails in one sentence and changes nothing) and restored (the next exchange
carries everything). Needs root and ``ip netns``; skipped elsewhere. Nothing touches the
machine's own interfaces."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.domain.checkin.codes import codes_for_event
from tests.e2e.test_cli_sync import _checkins, _integrity
from tests.e2e.test_cli_sync_lan import DESKS, START_LIMIT_S, _burst

SERVER_ADDRESS = "10.77.0.1"
PEER_ADDRESS = "10.77.0.2"
PORT = 8765


def _ip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], capture_output=True, text=True, check=False)


def _netns_possible() -> bool:
    if os.geteuid() != 0:
        return False
    probe = f"confdesk-probe-{os.getpid()}"
    if _ip("netns", "add", probe).returncode != 0:
        return False
    _ip("netns", "del", probe)
    return True


@pytest.fixture
def cable() -> Iterator[tuple[str, str, str]]:
    """Two namespaces joined by a veth pair; yields (server ns, peer ns, peer's link)."""
    tag = f"{os.getpid() % 100000}"
    server, peer = f"cdsrv{tag}", f"cdpeer{tag}"
    link_server, link_peer = f"cds{tag}", f"cdp{tag}"
    for namespace in (server, peer):
        assert _ip("netns", "add", namespace).returncode == 0
    try:
        steps = [
            ("link", "add", link_server, "netns", server, "type", "veth", "peer", "name",
             link_peer, "netns", peer),
            ("-n", server, "addr", "add", f"{SERVER_ADDRESS}/24", "dev", link_server),
            ("-n", peer, "addr", "add", f"{PEER_ADDRESS}/24", "dev", link_peer),
            ("-n", server, "link", "set", link_server, "up"),
            ("-n", peer, "link", "set", link_peer, "up"),
            ("-n", server, "link", "set", "lo", "up"),
            ("-n", peer, "link", "set", "lo", "up"),
        ]  # fmt: skip
        for step in steps:
            done = _ip(*step)
            assert done.returncode == 0, done.stderr
        yield server, peer, link_peer
    finally:
        for namespace in (server, peer):
            _ip("netns", "del", namespace)


def _in(namespace: str, *args: str) -> list[str]:
    return ["ip", "netns", "exec", namespace, sys.executable, "-m", "confdesk", *args]


@pytest.mark.skipif(not _netns_possible(), reason="needs root and ip netns")
def test_a_cut_cable_fails_in_one_sentence_and_the_restored_one_carries_everything(
    cable: tuple[str, str, str], demo_copy, tmp_path: Path
) -> None:
    server_ns, peer_ns, peer_link = cable
    files = [demo_copy(20, 7, "organiser.sqlite"), tmp_path / "desk2.sqlite"]
    made = subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(files[0]), "desk-copy", str(files[1])],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    database = open_database(files[0])
    codes = [code for _id, code in sorted(codes_for_event(database, 1).items())]
    database.close()
    assert _burst(files[0], DESKS[0], codes[0:4]) == 4
    assert _burst(files[1], DESKS[1], codes[4:8]) == 4

    serving = subprocess.Popen(
        _in(server_ns, "--db", str(files[1]), "sync", "--serve", "--bind",
            f"{SERVER_ADDRESS}:{PORT}", "--desk", DESKS[1]),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert serving.stdout is not None
        assert "Serving" in serving.stdout.readline()
        peer = f"{SERVER_ADDRESS}:{PORT}"

        assert _ip("-n", peer_ns, "link", "set", peer_link, "down").returncode == 0
        before = _checkins(files[0])
        cut = subprocess.run(
            _in(peer_ns, "--db", str(files[0]), "sync", "--peer", peer, "--desk", DESKS[0]),
            capture_output=True, text=True, check=False, timeout=START_LIMIT_S,
        )  # fmt: skip
        assert cut.returncode == 1
        assert cut.stderr.strip().startswith(f"confdesk: No exchange with the desk at {peer}")
        assert len(cut.stderr.strip().splitlines()) == 1
        assert _checkins(files[0]) == before

        assert _ip("-n", peer_ns, "link", "set", peer_link, "up").returncode == 0
        restored = subprocess.run(
            _in(peer_ns, "--db", str(files[0]), "sync", "--peer", peer, "--desk", DESKS[0]),
            capture_output=True, text=True, check=False, timeout=START_LIMIT_S,
        )  # fmt: skip
        assert restored.returncode == 0, restored.stderr
    finally:
        serving.send_signal(signal.SIGINT)
        serving.communicate(timeout=START_LIMIT_S)

    assert _checkins(files[0]) == _checkins(files[1])
    assert len(_checkins(files[0])) == 8
    assert [_integrity(path) for path in files] == ["ok", "ok"]
