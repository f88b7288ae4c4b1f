"""Loaded by every Python started with this folder on PYTHONPATH (see test_no_network.py):
an audit hook that refuses any socket but a local (AF_UNIX) one, and any name lookup.

Each refusal is written to the file named by $CONFDESK_NETWORK_REPORT before it raises,
so an attempt is seen even where the program catches the error (a Qt thread, a
try/except around an optional feature)."""

from __future__ import annotations

import os
import socket
import sys
import traceback
from typing import Any

_REPORT = os.environ.get("CONFDESK_NETWORK_REPORT", "")
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
            "socket.gethostbyaddr", "socket.getnameinfo"}  # fmt: skip
_AF_UNIX = getattr(socket, "AF_UNIX", None)


def _refuse(what: str) -> None:
    if _REPORT:
        stack = "".join(traceback.format_stack(limit=8)[:-2])
        with open(_REPORT, "a", encoding="utf-8") as report:
            report.write(f"{what} in {' '.join(sys.argv)}\n{stack}\n")
    raise PermissionError(f"network use refused by the test harness: {what}")


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__" and args[1] != _AF_UNIX:
        _refuse(f"socket(family={args[1]})")
    elif event in ("socket.connect", "socket.bind", "socket.sendto") and not isinstance(
        args[1], str | bytes
    ):
        _refuse(f"{event}({args[1]!r})")
    elif event in _LOOKUPS:
        _refuse(f"{event}{args!r}")


sys.addaudithook(_hook)
