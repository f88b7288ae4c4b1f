"""A real X server for the end-to-end tests that need one."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest

X_TOOLS = ("Xvfb", "xdotool")


@pytest.fixture
def x_display() -> Iterator[str]:
    """A fresh Xvfb server (1280 × 800) on a display number it picks itself, so tests on
    one machine never collide; stopped after the test."""
    missing = [tool for tool in X_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"needs {' and '.join(missing)} (Debian: xvfb xdotool); 'make test' installs them "
            "as root"
        )
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        # Xvfb writes the display number once it accepts connections.
        number = server.stdout.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()
